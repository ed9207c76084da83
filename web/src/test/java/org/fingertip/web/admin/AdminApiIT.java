package org.fingertip.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's API over real HTTP as the demo {@code admin}: every change lands in the record of changes, and
 * bad input is a 4xx problem with a Chinese message. Each test makes units and users of its own (the demo data is
 * shared by every suite).
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    /** The record's entries of one object, newest first. */
    private List<JsonNode> changesOf(String kind, String key) {
        JsonNode page = api.as("admin").get("/api/admin/changes?kind=" + kind + "&key=" + key + "&size=200")
                .expectJson(200).json();
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        assertThat(page.path("total").asLong()).isEqualTo(items.size());
        return items;
    }

    @Test
    void theRecordOfChangesIsTheAdministratorsAndPagedNewestFirst() {
        JsonNode page = api.as("admin").get("/api/admin/changes?page=0&size=5").expectJson(200).json();
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.path("items").size()).isLessThanOrEqualTo(5);

        api.as("supervisor.hubei").get("/api/admin/changes").expectProblem(403);
        api.anonymous().get("/api/admin/changes").expectProblem(401);
        ApiResponse badPage = api.as("admin").get("/api/admin/changes?page=-1").expectProblem(400);
        assertThat(badPage.detail()).isEqualTo("分页参数有误");
        badPage.assertNamesField("page");
        api.as("admin").get("/api/admin/changes?kind=NOTHING").expectProblem(400).assertNamesField("kind");
    }
}
