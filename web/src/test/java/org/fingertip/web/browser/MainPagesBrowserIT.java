package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.web.FingertipApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages of every role, in Chromium at an office laptop's size (1366×768) and at a phone's: each is
 * photographed under {@code target/screenshots/}, has no serious or critical axe-core violation, shows no raw
 * message key in Chinese nor after the header's switch to English, logs no script error or policy refusal, and
 * never makes the phone scroll sideways.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MainPagesBrowserIT {

    @LocalServerPort
    int port;

    /** Visits each page in Chinese, then switches to English and visits them again. */
    private void checkPages(Chromium browser, String role, Map<String, String> pages) {
        for (String language : List.of("zh", "en")) {
            boolean first = true;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(page.getValue());
                if (language.equals("en") && first) {
                    browser.switchLanguage("en");
                    first = false;
                }
                String name = role + "-" + page.getKey() + "-" + language;
                assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as(name).startsWith(language);
                assertThat(browser.findAll(By.cssSelector("main h1"))).as("a heading on %s", name).isNotEmpty();
                browser.screenshot(name);
                browser.assertNoRawKeys(name);
                if (language.equals("en")) {
                    assertNoChineseChrome(browser, name);
                }
                browser.assertAccessible(name);
                if (language.equals("zh")) {
                    browser.assertKeyboardReachable(name);
                }
            }
        }
        assertThat(browser.severeLogs()).as("script errors or refusals on the pages of %s", role).isEmpty();
    }

    private static Map<String, String> pages(String... nameAndPath) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < nameAndPath.length; i += 2) {
            pages.put(nameAndPath[i], nameAndPath[i + 1]);
        }
        return pages;
    }

    /** The first link of the page shown whose address matches, as a path. */
    private static String firstLink(Chromium browser, String css) {
        List<WebElement> links = browser.findAll(By.cssSelector(css));
        assertThat(links).as("links %s on %s", css, browser.path()).isNotEmpty();
        String href = links.get(0).getAttribute("href");
        return href.substring(href.indexOf('/', "http://".length()));
    }

    @Test
    void theApplicantsHomeFilingFormAndCase() {
        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("applicant.wuhan");
            browser.get("/");
            String home = browser.path();
            browser.get("/apps");
            String someCase = firstLink(browser, "main table a[href*='/apps/']");
            checkPages(browser, "applicant", pages("home", home, "filing-form", "/apps/new", "apps", "/apps",
                    "case", someCase, "inbox", "/inbox"));
        }
    }

    @Test
    void theReviewersInboxAndCaseWithItsDiagram() {
        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("reviewer.wuhan");
            assertThat(browser.path()).as("the reviewer's home is the inbox").startsWith("/inbox");
            String task = firstLink(browser, "main table a[href*='/tasks/']");
            String someCase = firstLink(browser, "main table a[href^='/apps/'], main table a[href*='/apps/']");
            browser.get(someCase);
            assertThat(browser.findAll(By.cssSelector("#diagram img"))).as("the process diagram on the case").isNotEmpty();
            checkPages(browser, "reviewer", pages("home-inbox", "/inbox", "case", someCase, "task", task,
                    "done", "/inbox?view=done"));
        }
    }

    @Test
    void theSupervisorsDashboardComparisonOverdueWorkAndLedger() {
        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("supervisor.hubei");
            assertThat(browser.path()).as("the supervisor's home is the dashboard").startsWith("/dashboard");
            checkPages(browser, "supervisor", pages("home-dashboard", "/dashboard", "compare", "/dashboard/compare",
                    "overdue", "/tasks/overdue", "ledger", "/ledger", "campaigns", "/rechecks",
                    "evaluations", "/evaluations"));
        }
    }

    @Test
    void theObserversPagesOnAPhone() {
        try (Chromium browser = Chromium.phone(port)) {
            browser.logIn("observer.wuhan");
            browser.get("/");
            String home = browser.path();
            browser.get("/apps?status=FILED");
            String rate = firstLink(browser, "main table a[href*='/apps/']") + "/evaluate";
            Map<String, String> pages = pages("home", home, "rate", rate);
            checkPages(browser, "observer-phone", pages);
            for (String path : pages.values()) {
                browser.get(path);
                assertNoSidewaysScroll(browser, path);
            }
        }
    }

    @Test
    void theAdministratorsUnitsUsersAndRecord() {
        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("admin");
            assertThat(browser.path()).as("the administrator's home").isEqualTo("/admin");
            checkPages(browser, "admin", pages("home", "/admin", "units", "/admin/units",
                    "unit", "/admin/units/420100-007", "users", "/admin/users", "changes", "/admin/changes"));
        }
    }

    @Test
    void thePublicPagesWithoutLogin() {
        try (Chromium browser = Chromium.desktop(port)) {
            checkPages(browser, "public", pages("lookup", "/public/filings?name=%E6%AD%A6%E6%B1%89",
                    "notices", "/public/notices", "login", "/login"));
        }
        try (Chromium phone = Chromium.phone(port)) {
            for (String path : List.of("/public/filings?name=%E6%AD%A6%E6%B1%89", "/public/notices", "/login")) {
                phone.get(path);
                phone.screenshot("public-phone" + path.replaceAll("[^a-z]+", "-"));
                assertNoSidewaysScroll(phone, path);
            }
        }
    }

    /**
     * In English, the words of the page's own making are English: the navigation, headings of tables, labels,
     * legends, buttons and status tags (data such as names and units stays as it was entered).
     */
    private static void assertNoChineseChrome(Chromium browser, String page) {
        @SuppressWarnings("unchecked")
        List<String> chinese = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('nav.menu a, main thead th, main legend, main button, "
                        + "main label, header .who-role, main .tag, main .status, .foot p')).map(e => e.innerText.trim())"
                        + ".filter(t => /[\\u4e00-\\u9fff]/.test(t))");
        assertThat(chinese).as("Chinese words of the page's own on %s", page).isEmpty();
    }

    private static void assertNoSidewaysScroll(Chromium browser, String path) {
        Number page = (Number) browser.script("return document.documentElement.scrollWidth");
        Number window = (Number) browser.script("return window.innerWidth");
        List<String> wide = new ArrayList<>();
        if (page.intValue() > window.intValue()) {
            @SuppressWarnings("unchecked")
            List<String> culprits = (List<String>) browser.script(
                    "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                            + " > window.innerWidth + 1 && !e.closest('.scroll-x')).slice(0, 5)"
                            + ".map(e => e.tagName + '.' + e.className)");
            wide.addAll(culprits);
        }
        assertThat(wide).as("elements wider than the phone on %s (page %s px, window %s px)", path, page, window)
                .isEmpty();
    }
}
