package org.fingertip.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One HTTP answer of the API, with assertions that print the request and the body when they fail. */
public final class ApiResponse {
    public static final String PROBLEM_JSON = "application/problem+json";

    private final String request;
    private final int status;
    private final String contentType;
    private final java.net.http.HttpHeaders headers;
    private final String body;
    private final ObjectMapper mapper;
    private JsonNode json;

    ApiResponse(String request, int status, java.net.http.HttpHeaders headers, String body, ObjectMapper mapper) {
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.contentType = headers.firstValue("Content-Type").orElse("");
        this.body = body;
        this.mapper = mapper;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String body() {
        return body;
    }

    /** The body as JSON (a missing node for an empty body). */
    public JsonNode json() {
        if (json == null) {
            try {
                json = body == null || body.isBlank() ? mapper.missingNode() : mapper.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(describe() + ": body is not JSON", e);
            }
        }
        return json;
    }

    /** Asserts the status; returns this for chaining. */
    public ApiResponse expect(int expected) {
        assertThat(status).as("status of %s", describe()).isEqualTo(expected);
        return this;
    }

    /** Asserts a successful JSON answer with the given status. */
    public ApiResponse expectJson(int expected) {
        expect(expected);
        assertThat(contentType).as("content type of %s", describe()).startsWith("application/json");
        return this;
    }

    /** Asserts an {@code application/problem+json} answer with the given status. */
    public ApiResponse expectProblem(int expected) {
        expect(expected);
        assertIsProblem();
        return this;
    }

    /** Asserts the body is a problem detail whose status matches the HTTP status. */
    public ApiResponse assertIsProblem() {
        assertThat(contentType).as("content type of %s", describe()).startsWith(PROBLEM_JSON);
        assertThat(json().path("status").asInt()).as("problem status of %s", describe()).isEqualTo(status);
        assertThat(json().path("title").asText()).as("problem title of %s", describe()).isNotBlank();
        return this;
    }

    /** The {@code field} of every entry of the problem's {@code errors}. */
    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        for (JsonNode e : json().path("errors")) {
            fields.add(e.path("field").asText());
        }
        return fields;
    }

    /** Asserts the problem's errors name the field (each with a message). */
    public ApiResponse assertNamesField(String field) {
        assertThat(errorFields()).as("errors[].field of %s", describe()).contains(field);
        for (JsonNode e : json().path("errors")) {
            assertThat(e.path("message").asText()).as("message of errors[] in %s", describe()).isNotBlank();
        }
        return this;
    }

    public String detail() {
        return json().path("detail").asText();
    }

    public String describe() {
        String shown = body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
        return request + " → " + status + " " + contentType + " " + shown;
    }

    @Override
    public String toString() {
        return describe();
    }
}
