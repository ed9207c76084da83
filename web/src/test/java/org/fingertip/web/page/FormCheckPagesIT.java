package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The filing form's inline check answers, for the form as it stands, what submitting it would say beside each field
 * (the core's rules: malformed, then missing), by the id of the field's input; it saves nothing, needs the form's
 * CSRF token and is the applicant's alone.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormCheckPagesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private static JsonNode fields(Page answer) throws Exception {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return JSON.readTree(answer.html()).path("fields");
    }

    @Test
    void theCheckSaysWhatSubmittingNowWouldSayBesideEachFieldAndSavesNothing() throws Exception {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        Page blank = applicant.get("/apps/new");
        assertThat(blank.html()).contains("data-check=\"/apps/form-check\"");
        String token = Page.csrfOf(blank.form("/apps/new"));
        String name = FilingForms.uniqueName("即时校验");
        int before = applicant.get("/apps?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .html().split(name, -1).length;

        JsonNode incomplete = fields(applicant.postForJson("/apps/form-check", FilingForms.complete(name)
                .set("handler.phone", "").set("handler.email", "不是邮箱").add("_csrf", token)));
        assertThat(incomplete.path("f-handler-phone").get(0).asText()).isEqualTo("请填写经办人联系电话");
        assertThat(incomplete.path("f-handler-email").get(0).asText()).contains("邮箱");
        assertThat(incomplete.has("f-name")).as("a field that is right says nothing").isFalse();

        JsonNode complete = fields(applicant.postForJson("/apps/form-check", FilingForms.complete(name).add("_csrf", token)));
        assertThat(complete.size()).as("a complete form: nothing to fix, but %s", complete).isZero();

        int after = applicant.get("/apps?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .html().split(name, -1).length;
        assertThat(after).as("nothing saved by the check").isEqualTo(before);
    }

    @Test
    void theCheckNeedsTheTokenAndTheApplicantsRole() {
        Browser applicant = Browser.loggedIn(port, "applicant.wuhan");
        applicant.get("/apps/new");
        assertThat(applicant.postForJson("/apps/form-check", FilingForms.complete("无令牌")).status())
                .as("without the form's CSRF token").isEqualTo(403);
        for (String other : List.of("reviewer.wuhan", "supervisor.hubei", "observer.wuhan")) {
            Browser browser = Browser.loggedIn(port, other);
            String token = Page.csrfOf(browser.get("/notices").form("/logout"));
            assertThat(browser.postForJson("/apps/form-check", FilingForms.complete("越权").add("_csrf", token)).status())
                    .as(other).isEqualTo(403);
        }
    }
}
