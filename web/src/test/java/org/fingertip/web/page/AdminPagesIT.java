package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.FormData;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's pages over real HTTP with the real templates, as the demo {@code admin}: the home links every
 * section, forms show their messages beside the field with the input kept, and every change shows in the record.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIT {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/admin");

    @LocalServerPort
    int port;

    @Test
    void theHomeLinksEverySectionAndOnlyAnAdministratorSeesIt() {
        Browser admin = Browser.loggedIn(port, "admin");
        Page home = admin.get("/admin");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("系统管理", "变更记录", "单位", "用户", "节假日安排", "统一平台功能目录", "期限设置");
        assertThat(home.html()).contains("href=\"/admin/units\"", "href=\"/admin/durations\"");
        for (String section : List.of("changes")) {
            assertThat(home.html()).contains("href=\"/admin/" + section + "\"");
            assertThat(admin.get("/admin/" + section).status()).as("/admin/%s", section).isEqualTo(200);
        }
        assertThat(Browser.loggedIn(port, "supervisor.hubei").get("/admin").status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "applicant.wuhan").get("/admin/changes").status()).isEqualTo(403);
    }

    @Test
    void theRecordOfChangesPageFiltersByKindOfObject() {
        Browser admin = Browser.loggedIn(port, "admin");
        Page page = admin.get("/admin/changes?kind=UNIT");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<option value=\"UNIT\" selected=\"selected\">");
        assertThat(admin.get("/admin/changes?page=-1").status()).isEqualTo(400);
    }

    /** The rules a strict Content-Security-Policy and the message bundles set for every template of this area. */
    @Test
    void adminTemplatesHaveNoLiteralTextNoInlineScriptOrStyleAndEveryInputIsLabelled() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern bodyText = Pattern.compile(">([^<>]*[\\p{L}\\p{N}][^<>]*)</");
        Pattern inputId = Pattern.compile("<(input|select|textarea)\\b(?![^>]*type=\"(hidden|submit)\")[^>]*?\\bid=\"([^\"]+)\"");
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path f : files.toList()) {
                String html = Files.readString(f).replaceAll("(?s)<!--.*?-->", "");
                Matcher text = bodyText.matcher(html);
                while (text.find()) {
                    problems.add(f.getFileName() + ": literal text “" + text.group(1).strip() + "”");
                }
                if (html.matches("(?s).*<script(?![^>]*th:src)[^>]*>.*")) {
                    problems.add(f.getFileName() + ": inline script");
                }
                if (html.matches("(?s).*\\s(on[a-z]+|style)=.*")) {
                    problems.add(f.getFileName() + ": on* or style attribute");
                }
                Matcher input = inputId.matcher(html);
                while (input.find()) {
                    String id = input.group(3);
                    if (!html.contains("for=\"" + id + "\"")) {
                        problems.add(f.getFileName() + ": no <label for=\"" + id + "\">");
                    }
                }
                if (html.matches("(?s).*<(input|select|textarea)\\b(?![^>]*type=\"(hidden|submit)\")(?![^>]*\\bid=)(?![^>]*th:id=)[^>]*>.*")) {
                    problems.add(f.getFileName() + ": an input without an id (so without a label)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
