package org.fingertip.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.fingertip.web.demo.DemoData;

/**
 * Real HTTP against the running application, as a demo user (HTTP Basic, password {@link DemoData#DEMO_PASSWORD}) or
 * anonymously. The global guard of the API suites lives here: no answer may be a server error, whatever the input.
 */
public final class ApiClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Calls as this demo user with the demo password. */
    public Caller as(String username) {
        return new Caller(username, DemoData.DEMO_PASSWORD);
    }

    public Caller as(String username, String password) {
        return new Caller(username, password);
    }

    public Caller anonymous() {
        return new Caller(null, null);
    }

    /** Requests made with one set of credentials. */
    public final class Caller {
        private final String username;
        private final String password;

        private Caller(String username, String password) {
            this.username = username;
            this.password = password;
        }

        public String username() {
            return username;
        }

        public ApiResponse get(String path) {
            return send("GET", path, null);
        }

        public ApiResponse post(String path) {
            return send("POST", path, null);
        }

        /** POSTs the value as JSON. */
        public ApiResponse post(String path, Object json) {
            return send("POST", path, write(json));
        }

        /** POSTs the text as it is, with content type application/json. */
        public ApiResponse postRaw(String path, String raw) {
            return send("POST", path, raw);
        }

        public ApiResponse put(String path, Object json) {
            return send("PUT", path, write(json));
        }

        public ApiResponse putRaw(String path, String raw) {
            return send("PUT", path, raw);
        }

        /** POSTs the bytes as the one file of a multipart/form-data request, in the part {@code partName}. */
        public ApiResponse postFile(String path, String partName, String filename, byte[] content) {
            return postFile(path, partName, filename, "application/octet-stream", content);
        }

        /**
         * POSTs the bytes as the one file of a multipart/form-data request, with the part's content type (none when
         * null) and the file name as a browser sends it (UTF-8, as it is).
         */
        public ApiResponse postFile(String path, String partName, String filename, String contentType, byte[] content) {
            String boundary = "----fingertip-" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                    + filename + "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            HttpRequest.Builder b = request(path)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            String who = username == null ? "anonymous" : username;
            return exchange(b, who + " POST " + path + " (file " + filename + ", " + content.length + " bytes)");
        }

        /**
         * GETs the bytes as they come (a file), accepting anything; an error answer can be read as a problem with
         * {@link Download#asResponse()}.
         */
        public Download download(String path) {
            return download(path, "*/*");
        }

        /** As {@link #download(String)}, accepting only the given media types. */
        public Download download(String path, String accept) {
            HttpRequest.Builder b = request(path).setHeader("Accept", accept).GET();
            String who = username == null ? "anonymous" : username;
            HttpResponse<byte[]> response;
            try {
                response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new AssertionError(who + " GET " + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(who + " GET " + path + " interrupted", e);
            }
            Download download = new Download(who + " GET " + path, response.statusCode(), response.headers(),
                    response.body());
            assertThat(download.status()).as("never a server error: %s", download.asResponse().describe())
                    .isLessThan(500);
            return download;
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json");
            if (username != null) {
                String token = Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8));
                b.header("Authorization", "Basic " + token);
            }
            return b;
        }

        /** Any method; a null body sends none. */
        public ApiResponse send(String method, String path, String rawJson) {
            HttpRequest.Builder b = request(path);
            if (rawJson != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(rawJson, StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            String who = username == null ? "anonymous" : username;
            String shown = rawJson == null ? "" : " " + (rawJson.length() > 300 ? rawJson.substring(0, 300) + "…" : rawJson);
            String shownPath = path.length() > 300 ? path.substring(0, 300) + "…" : path;
            return exchange(b, who + " " + method + " " + shownPath + shown);
        }

        private ApiResponse exchange(HttpRequest.Builder b, String description) {
            HttpResponse<String> response;
            try {
                response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError(description + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(description + " interrupted", e);
            }
            ApiResponse answer = new ApiResponse(description, response.statusCode(), response.headers(), response.body(),
                    mapper);
            // The global guard: the API never answers with a server error.
            assertThat(answer.status()).as("never a server error: %s", answer.describe()).isLessThan(500);
            return answer;
        }
    }

    /** A file as downloaded: the status, the headers and the bytes. */
    public record Download(String request, int status, java.net.http.HttpHeaders headers, byte[] body) {
        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The answer read as text, for a problem. */
        public ApiResponse asResponse() {
            return new ApiResponse(request, status, headers, new String(body, StandardCharsets.UTF_8),
                    JsonMapper.builder().findAndAddModules().build());
        }
    }

    private String write(Object json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
