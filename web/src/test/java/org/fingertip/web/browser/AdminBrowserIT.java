package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator merges two units in Chromium: from its home page to the unit, the successor typed and the
 * merge confirmed; the page says what moved, the unit is marked merged, its app now belongs to the successor, and
 * the change record lists the merge. The main administration pages are photographed and checked by axe-core.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserIT {

    @LocalServerPort
    int port;

    /** A new unit in Wuhan at a free code, created through the administrators' API. */
    private static String newUnit(ApiClient api, String name) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = "420100-" + ThreadLocalRandom.current().nextInt(500, 1000);
            ApiResponse created = api.as("admin").post("/api/admin/units",
                    Map.of("code", code, "name", name + code, "divisionCode", "420100"));
            if (created.status() == 201) {
                return code;
            }
        }
        throw new AssertionError("no free unit code in 420100");
    }

    @Test
    void anAdministratorMergesTwoUnitsAndTheirAppGoesWithIt() {
        ApiClient api = new ApiClient(port);
        String from = newUnit(api, "合并前单位");
        String into = newUnit(api, "合并后单位");
        String app = "并入应用" + System.nanoTime() % 1_000_000;
        String csv = "name,kind,audience,stores,launchDate,unitCode\n" + app + ",APP,PUBLIC,应用宝,2024-01-02," + from + "\n";
        api.as("admin").postFile("/api/inventory/import", "file", "merge.csv", csv.getBytes(StandardCharsets.UTF_8))
                .expectJson(200);

        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("admin");
            assertThat(browser.path()).as("the administrator's home").isEqualTo("/admin");
            browser.screenshot("admin-home");
            browser.assertAccessible("admin-home");

            browser.clickAndWait(browser.find(By.cssSelector("main a[href='/admin/units']")));
            browser.get("/admin/units?keyword=" + URLEncoder.encode("合并前单位" + from, StandardCharsets.UTF_8));
            browser.screenshot("admin-units");
            browser.assertAccessible("admin-units");
            browser.clickAndWait(browser.find(By.cssSelector("main a[href='/admin/units/" + from + "']")));
            assertThat(browser.find(By.id("unit-state")).getText()).isEqualTo("使用中");
            browser.screenshot("admin-unit-before-merge");
            browser.assertAccessible("admin-unit");

            Forms.fill(browser, "into", into);
            Forms.fill(browser, "confirmed", "true");
            browser.clickAndWait(browser.find(By.cssSelector("main form[action$='/merge'] button[type=submit]")));
            assertThat(browser.find(By.id("merge-outcome")).getText()).contains("应用 1 个");
            assertThat(browser.find(By.id("unit-state")).getText()).isEqualTo("已并入 " + into);
            browser.screenshot("admin-unit-merged");

            browser.get("/apps?q=" + URLEncoder.encode(app, StandardCharsets.UTF_8));
            assertThat(browser.find(By.tagName("main")).getText()).contains(app, "合并后单位" + into);

            browser.get("/admin/changes");
            assertThat(browser.find(By.tagName("main")).getText()).contains("单位合并", from);
            browser.screenshot("admin-changes");
            browser.assertAccessible("admin-changes");
            for (String page : new String[]{"/admin/users", "/admin/calendar?year=2026", "/admin/catalogue",
                    "/admin/durations", "/admin/divisions"}) {
                browser.get(page);
                String name = "admin" + page.replaceAll("[^a-z0-9]+", "-");
                browser.screenshot(name);
                browser.assertNoRawKeys(name);
                browser.assertAccessible(name);
            }
            assertThat(browser.severeLogs()).isEmpty();
        }
    }
}
