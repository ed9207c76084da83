package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

import org.fingertip.registry.testing.SampleFiles;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * static/js/app.js in a real browser (Debian's Chromium, headless, at a phone's width): what is typed into the filing
 * form survives a reload and an expired session — the form posted after it leads through the login back to the
 * form, restored with a notice — can be discarded, is dropped once saved and when the server holds a newer version;
 * a ledger attachment is sent with a progress bar and its answer shown with the one-time notice.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormDraftsBrowserIT {
    private static final String NEW_KEY = "fingertip.draft.filing:applicant.wuhan:new";

    @LocalServerPort
    int port;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @TempDir
    Path home;
    private Chromium chromium;
    private WebDriver browser;
    private ApiClient api;
    private FilingSteps steps;

    @BeforeEach
    void open() {
        chromium = Chromium.phone(port);
        browser = chromium.driver();
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        chromium.logIn(username);
    }

    private void submitLogin(String username) {
        chromium.submitLogin(username, DemoData.DEMO_PASSWORD);
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        chromium.waitUntil(condition);
    }

    private Object script(String js, Object... args) {
        return chromium.script(js, args);
    }

    private WebElement field(String name) {
        return browser.findElement(By.name(name));
    }

    private void type(String name, String text) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the browser's copy under this key holds the text (the copy is taken 400 ms after typing). */
    private void waitForCopy(String key, String text) {
        waitUntil(d -> {
            Object copy = script("return window.localStorage.getItem(arguments[0]);", key);
            return copy != null && copy.toString().contains(text);
        });
    }

    private boolean restoredNotice() {
        return !browser.findElements(By.cssSelector(".draft-notice")).isEmpty();
    }

    private void saveDraft() {
        browser.findElement(By.cssSelector(".actions button[name=action][value=save]")).click();
    }

    private List<String> severeLogs() {
        return chromium.severeLogs();
    }

    @Test
    void whatIsTypedSurvivesAReloadAndAnExpiredSessionAndIsDroppedOnceSaved() {
        logIn("applicant.wuhan");
        browser.get(url("/apps/new"));
        script("window.localStorage.clear();");
        browser.navigate().refresh();
        assertThat(restoredNotice()).isFalse();
        String name = FormJson.uniqueName("浏览器草稿城管通");
        type("name", name);
        type("handler.name", "王小明");
        waitForCopy(NEW_KEY, name);

        // a reload restores it, with the notice
        browser.navigate().refresh();
        assertThat(field("name").getAttribute("value")).isEqualTo(name);
        assertThat(field("handler.name").getAttribute("value")).isEqualTo("王小明");
        assertThat(browser.findElement(By.cssSelector(".draft-notice")).getText())
                .contains("已恢复您在本机上次未提交的填写内容", "放弃恢复");

        // the session expires; saving leads to the login and back to the form, restored, with nothing saved
        sessions.findByPrincipalName("applicant.wuhan").keySet().forEach(sessions::deleteById);
        saveDraft();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        submitLogin("applicant.wuhan");
        assertThat(browser.getCurrentUrl()).contains("/apps/new");
        assertThat(field("name").getAttribute("value")).isEqualTo(name);
        assertThat(restoredNotice()).isTrue();
        assertThat(api.as("applicant.wuhan").get("/api/apps?q=" + URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8)).expectJson(200).json().path("total").asLong()).isZero();

        // discarded: the form as the server rendered it, the copy gone
        browser.findElement(By.cssSelector(".draft-notice button")).click();
        assertThat(field("name").getAttribute("value")).isEmpty();
        assertThat(restoredNotice()).isFalse();
        assertThat(script("return window.localStorage.getItem(arguments[0]);", NEW_KEY)).isNull();

        // typed again and saved: the page after the save drops the new form's copy
        type("name", name);
        waitForCopy(NEW_KEY, name);
        saveDraft();
        waitUntil(d -> d.getCurrentUrl().matches(".*/apps/\\d+/edit.*"));
        assertThat(script("return window.localStorage.getItem(arguments[0]);", NEW_KEY)).isNull();
        assertThat(restoredNotice()).isFalse();
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/apps/(\\d+)/edit.*", "$1"));
        String editKey = "fingertip.draft.filing:applicant.wuhan:" + id;

        // a copy typed on this version is dropped once the server holds a newer one
        type("handler.post", "临时岗位");
        waitForCopy(editKey, "临时岗位");
        api.as("applicant.wuhan").put("/api/apps/" + id + "/form", FormJson.complete("420100-007", name + "改"))
                .expectJson(200);
        browser.navigate().refresh();
        assertThat(restoredNotice()).isFalse();
        assertThat(field("name").getAttribute("value")).isEqualTo(name + "改");
        assertThat(script("return window.localStorage.getItem(arguments[0]);", editKey)).isNull();
        assertThat(severeLogs()).as("script errors").isEmpty();
    }

    @Test
    void anAttachmentIsSentWithAProgressBarAndItsAnswerShownWithTheNotice() throws IOException {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("浏览器附件城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        long itemId = api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", appId, "category", "BURDEN", "finding", "强制每日签到" + appId))
                .expectJson(201).json().path("id").asLong();
        Path file = home.resolve("整改照片.png");
        Files.write(file, SampleFiles.png());

        logIn("applicant.wuhan");
        browser.get(url("/ledger/" + itemId));
        WebElement bar = browser.findElement(By.cssSelector("#attachments progress.upload"));
        assertThat(bar.isDisplayed()).as("hidden until a file is sent").isFalse();
        // the page is not reloaded (the marker stays), and the bar is shown and filled while sending
        script("window.uploadMarker = 'same page'; window.barShown = false; window.barMax = 0;"
                + "var bar = document.querySelector('#attachments progress.upload');"
                + "new MutationObserver(function () { window.barShown = window.barShown || !bar.hidden;"
                + " window.barMax = Math.max(window.barMax, bar.value); })"
                + ".observe(bar, {attributes: true});");
        browser.findElement(By.cssSelector("#attachments input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#attachments button[type=submit]")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("tr.attachment")).isEmpty());

        assertThat(script("return window.uploadMarker;")).isEqualTo("same page");
        assertThat(script("return window.barShown;")).isEqualTo(true);
        assertThat(((Number) script("return window.barMax;")).intValue()).isEqualTo(100);
        assertThat(browser.getCurrentUrl()).endsWith("/ledger/" + itemId + "#attachments");
        assertThat(browser.findElement(By.cssSelector("tr.attachment")).getText()).contains("整改照片.png");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("已上传附件");
        assertThat(severeLogs()).as("script errors").isEmpty();
    }
}
