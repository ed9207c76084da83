package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fingertip.web.demo.DemoData;

/**
 * A user with a browser's habits, over real HTTP: a cookie jar (the session), redirects followed, and forms posted
 * with the CSRF token read from the form on the page, as a browser would send it.
 */
final class Browser {
    private final String base;
    private final HttpClient http;
    private final String language;

    private Browser(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static Browser anonymous(int port) {
        return new Browser(port, null);
    }

    static Browser withLanguage(int port, String language) {
        return new Browser(port, language);
    }

    /** Opens the login page, reads its CSRF token and logs in with the demo password. */
    static Browser loggedIn(int port, String username) {
        Browser b = anonymous(port);
        Page login = b.get("/login");
        assertThat(login.status()).as("GET /login").isEqualTo(200);
        Page after = b.submit(login, "/login", new FormData().add("username", username)
                .add("password", DemoData.DEMO_PASSWORD));
        assertThat(after.path()).as("%s logged in; landed on %s", username, after.path()).doesNotStartWith("/login");
        return b;
    }

    Page get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, "GET " + path);
    }

    /**
     * The page of the inbox that shows this text (an app name, a task id): other suites fill the same inboxes, so the
     * task may be on any page.
     */
    Page inboxPageWith(String text) {
        for (int p = 0; p < 100; p++) {
            Page page = get("/inbox?page=" + p);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            if (page.html().contains(text)) {
                return page;
            }
            if (!page.html().contains("href=\"/inbox?page=" + (p + 1) + "\"")) {
                break;
            }
        }
        throw new AssertionError("no page of the inbox shows " + text);
    }

    /**
     * Posts a form found on the page (by its action) with the given fields and the CSRF token of that form, as the
     * browser would send it.
     */
    Page submit(Page page, String action, FormData data) {
        String form = page.form(action);
        String token = Page.csrfOf(form);
        return post(action, data.copy().add("_csrf", token), page.uri().toASCIIString());
    }

    /**
     * Posts a multipart form found on the page (by its action) with one file and the CSRF token of that form, as the
     * browser sends it: the token a field of the form, the file's name in UTF-8 as it is.
     */
    Page submitFile(Page page, String action, String field, String filename, String contentType, byte[] content) {
        return multipart(page, action, action, field, filename, contentType, content, false);
    }

    /** As {@link #submitFile}, with the form's CSRF token in the {@code X-CSRF-TOKEN} header as a script sends it. */
    Page submitFileWithTokenHeader(Page page, String action, String field, String filename, String contentType,
                                   byte[] content) {
        return multipart(page, action, action, field, filename, contentType, content, true);
    }

    /** As {@link #submitFileWithTokenHeader}, to another address than the form's (a tampered or stale one). */
    Page submitFileWithTokenHeaderTo(Page page, String formAction, String postTo, String field, String filename,
                                     String contentType, byte[] content) {
        return multipart(page, formAction, postTo, field, filename, contentType, content, true);
    }

    private Page multipart(Page page, String formAction, String action, String field, String filename,
                           String contentType, byte[] content, boolean tokenInHeader) {
        String form = page.form(formAction);
        assertThat(form).as("%s: a multipart form", formAction).contains("enctype=\"multipart/form-data\"");
        String token = Page.csrfOf(form);
        String boundary = "----fingertip-page-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (!tokenInHeader) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                    + token + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (tokenInHeader) {
            request.header("X-CSRF-TOKEN", token);
        }
        return send(request, "POST " + action + " (file " + filename + ", " + content.length + " bytes)");
    }

    /** A file as the browser downloads it by a link of the page. */
    record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Download download(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET %s: never a server error", path).isLessThan(500);
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("GET " + path + " interrupted", e);
        }
    }

    /** Posts exactly these fields: no token unless the caller puts one in. */
    Page post(String path, FormData data) {
        return post(path, data, null);
    }

    /** Posts exactly these fields from a page, as a browser does: the page's address as the Referer. */
    private Page post(String path, FormData data, String referer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(data.encoded()));
        if (referer != null) {
            request.header("Referer", referer);
        }
        return send(request, "POST " + path);
    }

    /**
     * Posts a form with one file (multipart/form-data), as a browser sends an upload: the fields first, then the
     * file in the part {@code partName}. The path is the form's action as the page gives it (a query included).
     */
    Page postFile(String path, FormData fields, String partName, String filename, byte[] content) {
        String boundary = "----fingertip-page-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, "POST " + path + " (file " + filename + ", " + content.length + " bytes)");
    }

    /** Posts exactly these fields asking for JSON, as a page's script does. */
    Page postForJson(String path, FormData data) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(data.encoded()));
        return send(request, "POST " + path, "application/json");
    }

    private Page send(HttpRequest.Builder request, String description) {
        return send(request, description, "text/html");
    }

    private Page send(HttpRequest.Builder request, String description, String accept) {
        request.timeout(Duration.ofSeconds(30)).header("Accept", accept);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Page page = new Page(description, response.statusCode(), response.uri(), response.body());
            assertThat(page.html()).as("%s: no message key without a message", page)
                    .doesNotContainPattern("\\?\\?[\\w.]+_(zh_CN|en)\\?\\?");
            assertThat(page.status()).as("%s: never a server error%n%s", page, page.html()).isLessThan(500);
            return page;
        } catch (IOException e) {
            throw new AssertionError(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(description + " interrupted", e);
        }
    }

    /** The fields of a form post, in order; a name may repeat. */
    static final class FormData {
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        FormData add(String name, Object value) {
            fields.add(Map.entry(name, String.valueOf(value)));
            return this;
        }

        /** Replaces every value of a field (or adds it). */
        FormData set(String name, Object value) {
            fields.removeIf(e -> e.getKey().equals(name));
            return add(name, value);
        }

        FormData remove(String name) {
            fields.removeIf(e -> e.getKey().equals(name));
            return this;
        }

        FormData copy() {
            FormData c = new FormData();
            c.fields.addAll(fields);
            return c;
        }

        String encoded() {
            return fields.stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    /** One page as received: where it ended up after redirects, its status and its HTML. */
    record Page(String request, int status, URI uri, String html) {
        private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
        private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

        String path() {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** The HTML of the first form whose action is exactly this path. */
        String form(String action) {
            Matcher m = Pattern.compile("<form[^>]*action=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL).matcher(html);
            assertThat(m.find()).as("%s: a form posting to %s in%n%s", request, action, html).isTrue();
            return m.group(0);
        }

        boolean hasForm(String action) {
            return html.contains("action=\"" + action + "\"");
        }

        static String csrfOf(String formHtml) {
            Matcher input = CSRF.matcher(formHtml);
            assertThat(input.find()).as("a _csrf input in%n%s", formHtml).isTrue();
            Matcher value = VALUE.matcher(input.group());
            assertThat(value.find()).isTrue();
            return value.group(1);
        }

        /** The value attribute of the input named so (as typed back into the form), or null without one. */
        String inputValue(String name) {
            Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
            if (!m.find()) {
                return null;
            }
            Matcher value = VALUE.matcher(m.group());
            return value.find() ? unescape(value.group(1)) : "";
        }

        /** The text of the textarea named so. */
        String textarea(String name) {
            Matcher m = Pattern.compile("<textarea[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</textarea>",
                    Pattern.DOTALL).matcher(html);
            return m.find() ? unescape(m.group(1)) : null;
        }

        /** Whether the radio or checkbox named so with this value is checked. */
        boolean checked(String name, String value) {
            Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
            while (m.find()) {
                if (m.group().contains("value=\"" + value + "\"")) {
                    return m.group().contains("checked");
                }
            }
            return false;
        }

        /** The messages shown beside the field with this dotted path (its notes block), as text. */
        String notesOf(String path) {
            Matcher m = Pattern.compile("<div[^>]*data-for=\"" + Pattern.quote(path) + "\"[^>]*>(.*?)</div>",
                    Pattern.DOTALL).matcher(html);
            return m.find() ? text(m.group(1)) : "";
        }

        /** The text at the top of a section of the form (its gaps, and what no single input shows). */
        String sectionTopOf(String sectionKey) {
            Matcher m = Pattern.compile("<aside[^>]*data-section=\"" + Pattern.quote(sectionKey)
                    + "\"[^>]*>(.*?)</aside>", Pattern.DOTALL).matcher(html);
            return m.find() ? text(m.group(1)) : "";
        }

        /** The page as text, tags stripped. */
        String text() {
            return text(html);
        }

        /** The text of the element with this id (up to the end of its first child block). */
        String textOfId(String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
            return m.find() ? text(m.group(1)).strip() : null;
        }

        static String text(String html) {
            return unescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                    .replaceAll("\\s+", " ").strip();
        }

        private static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }

        @Override
        public String toString() {
            return request + " → " + status + " " + uri;
        }
    }
}
