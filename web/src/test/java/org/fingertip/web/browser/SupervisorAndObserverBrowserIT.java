package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ExportedSheet;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.fingertip.workflow.task.DueDateChanges;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two daily errands in Chromium: the supervisor goes from the dashboard's overdue figure to the overdue list and
 * exports it to Excel; the observer, on a phone, rates an app and is told its rating was received.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisorAndObserverBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    DueDateChanges dueDates;

    @Test
    void theSupervisorDrillsFromTheDashboardIntoTheOverdueWorkAndExportsIt() throws IOException {
        // A review three days past its deadline: filed through the API, the deadline moved as an extension would.
        FilingSteps steps = new FilingSteps(new ApiClient(port));
        String name = FormJson.uniqueName("逾期浏览器");
        long appId = steps.createAndSubmit("applicant.wuhan", FormJson.complete("420100-007", name));
        String task = steps.task("reviewer.wuhan", appId, "FIRST_REVIEW").path("id").asText();
        assertThat(dueDates.move(task, Instant.now().minus(3, ChronoUnit.DAYS), Actor.system(), "浏览器测试：逾期"))
                .isTrue();

        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("supervisor.hubei");
            assertThat(browser.path()).startsWith("/dashboard");
            WebElement overdue = browser.find(By.cssSelector("#h-overdue a.figure"));
            assertThat(Integer.parseInt(overdue.getText().strip())).as("overdue work on the dashboard").isPositive();
            browser.screenshot("supervisor-dashboard-overdue");
            browser.clickAndWait(overdue);
            assertThat(browser.path()).startsWith("/tasks/overdue");
            assertThat(browser.find(By.tagName("main")).getText()).contains(name);
            browser.screenshot("supervisor-overdue-list");

            browser.find(By.id("export-xlsx")).click();
            Path file = browser.downloaded(".xlsx");
            ExportedSheet sheet = ExportedSheet.read(Files.readAllBytes(file));
            List<String> cells = sheet.rows().stream().flatMap(List::stream).map(v -> String.valueOf(v.value())).toList();
            assertThat(cells).as("the exported overdue work").contains(name);
            assertThat(browser.severeLogs()).isEmpty();
        }
    }

    @Test
    void theObserverRatesAnAppOnAPhoneAndIsToldItWasReceived() {
        try (Chromium phone = Chromium.phone(port)) {
            phone.logIn("observer.wuhan");
            assertThat(phone.path()).as("the observer's home").isEqualTo("/home");
            List<WebElement> rate = phone.findAll(By.cssSelector("main a.button[href$='/evaluate']"));
            assertThat(rate).as("apps the observer may rate, one tap each").isNotEmpty();
            phone.script("arguments[0].scrollIntoView({block: 'center'})", rate.get(0));
            phone.clickAndWait(rate.get(0));
            assertThat(phone.path()).endsWith("/evaluate");
            phone.screenshot("observer-phone-rate");

            Forms.fill(phone, "rating", "4");
            Forms.fill(phone, "comment", "打卡要求太多，希望精简");
            WebElement submit = phone.find(By.cssSelector("main form button[type=submit].primary"));
            phone.script("arguments[0].scrollIntoView({block: 'center'})", submit);
            phone.clickAndWait(submit);

            assertThat(phone.find(By.id("received-title")).getText()).isEqualTo("已收到您的评价");
            assertThat(phone.find(By.id("received-intro")).isDisplayed()).isTrue();
            phone.screenshot("observer-phone-rated");
            assertThat(phone.severeLogs()).isEmpty();
        }
    }
}
