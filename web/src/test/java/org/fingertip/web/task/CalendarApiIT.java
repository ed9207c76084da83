package org.fingertip.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The holiday calendar by year: anyone reads it; only an administrator adds or corrects a year. */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarApiIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theShippedYearIsReadByAnyUser() {
        JsonNode year = api.as("observer.wuhan").get("/api/calendar/2026").expectJson(200).json();
        assertThat(year.path("offDays")).extracting(JsonNode::asText).contains("2026-10-01", "2026-02-17");
        assertThat(year.path("workDays")).extracting(JsonNode::asText).contains("2026-09-20", "2026-10-10");
        api.as("observer.wuhan").get("/api/calendar/2019").expectProblem(404);
        api.anonymous().get("/api/calendar/2026").expectProblem(401);
    }

    @Test
    void anAdministratorAddsAYearAndItIsCountedWith() {
        Map<String, Object> year = Map.of("offDays", List.of("2031-01-01", "2031-01-02"), "workDays",
                List.of("2031-01-04"));
        api.as("supervisor.hubei").put("/api/calendar/2031", year).expectProblem(403);
        JsonNode saved = api.as("admin").put("/api/calendar/2031", year).expectJson(200).json();
        assertThat(saved.path("offDays")).extracting(JsonNode::asText).containsExactly("2031-01-01", "2031-01-02");
        assertThat(saved.path("recomputed").isNumber()).isTrue();
        assertThat(api.as("reviewer.wuhan").get("/api/calendar/2031").expectJson(200).json().path("workDays"))
                .extracting(JsonNode::asText).containsExactly("2031-01-04");
    }

    @Test
    void aWrongYearIsRefusedWithItsField() {
        api.as("admin").put("/api/calendar/2031", Map.of("offDays", List.of("2030-12-31"))).expectProblem(400)
                .assertNamesField("offDays");
        api.as("admin").put("/api/calendar/2031", Map.of("offDays", List.of())).expectProblem(400)
                .assertNamesField("offDays");
        api.as("admin").put("/api/calendar/2031", Map.of("offDays", List.of("2031-13-01"))).expectProblem(400);
        api.as("admin").put("/api/calendar/1990", Map.of("offDays", List.of("1990-01-01"))).expectProblem(400)
                .assertNamesField("year");
        api.as("admin").put("/api/calendar/abc", Map.of("offDays", List.of("2031-01-01"))).expectProblem(400);
    }
}
