package org.fingertip.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The steps of a filing as an API client takes them, each asserting the answer the contract promises. */
public final class FilingSteps {
    /** Inbox pages are read at this size until exhausted, so that no test depends on how many tasks exist. */
    private static final int PAGE = 200;

    private final ApiClient api;

    public FilingSteps(ApiClient api) {
        this.api = api;
    }

    /** Creates a draft; asserts 201, the Location and DRAFT; returns the new id. */
    public long create(String applicant, Object form) {
        ApiResponse r = api.as(applicant).post("/api/apps", form).expectJson(201);
        long id = r.json().path("id").asLong();
        assertThat(id).as("id of %s", r).isPositive();
        assertThat(r.header("Location")).as("Location of %s", r).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/apps/" + id));
        assertThat(r.json().path("status").asText()).isEqualTo("DRAFT");
        return id;
    }

    /** Submits; asserts 200 and returns the body {status, findings, gaps}. */
    public JsonNode submit(String applicant, long appId) {
        return api.as(applicant).post("/api/apps/" + appId + "/submit").expectJson(200).json();
    }

    /** Creates and submits a complete form; asserts it is UNDER_REVIEW. */
    public long createAndSubmit(String applicant, Object form) {
        long id = create(applicant, form);
        JsonNode submitted = submit(applicant, id);
        assertThat(submitted.path("status").asText()).as("status after submit: %s", submitted).isEqualTo("UNDER_REVIEW");
        return id;
    }

    public JsonNode app(String user, long appId) {
        return api.as(user).get("/api/apps/" + appId).expectJson(200).json();
    }

    public String status(String user, long appId) {
        return app(user, appId).path("status").asText();
    }

    public List<JsonNode> history(String user, long appId) {
        List<JsonNode> list = new ArrayList<>();
        api.as(user).get("/api/apps/" + appId + "/history").expectJson(200).json().forEach(list::add);
        return list;
    }

    /** Every open task in the user's inbox, all pages. */
    public List<JsonNode> inbox(String user) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = api.as(user).get("/api/tasks?page=" + page + "&size=" + PAGE).expectJson(200).json();
            p.path("items").forEach(all::add);
            if (p.path("items").size() < PAGE) {
                assertThat((long) all.size()).as("total of %s's inbox", user).isEqualTo(p.path("total").asLong());
                return all;
            }
        }
    }

    /** The user's open tasks for one app. */
    public List<JsonNode> tasksOf(String user, long appId) {
        return inbox(user).stream().filter(t -> t.path("appId").asLong() == appId).toList();
    }

    public Optional<JsonNode> taskOf(String user, long appId) {
        List<JsonNode> tasks = tasksOf(user, appId);
        assertThat(tasks).as("open tasks of app %s in %s's inbox", appId, user).hasSizeLessThanOrEqualTo(1);
        return tasks.stream().findFirst();
    }

    /** The one open task of the app in the user's inbox, of the given type. */
    public JsonNode task(String user, long appId, String type) {
        JsonNode task = taskOf(user, appId)
                .orElseThrow(() -> new AssertionError("no open task of app " + appId + " in " + user + "'s inbox"));
        assertThat(task.path("type").asText()).as("type of %s", task).isEqualTo(type);
        return task;
    }

    /** Completes the review task with a decision body; asserts 200. */
    public JsonNode decide(String reviewer, String taskId, Object body) {
        return api.as(reviewer).post("/api/tasks/" + taskId + "/complete", body).expectJson(200).json();
    }

    public JsonNode approve(String reviewer, long appId, String type) {
        return decide(reviewer, task(reviewer, appId, type).path("id").asText(), FormJson.decision("APPROVE", "同意"));
    }
}
