package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The layout every page shares: the header names the user, its role and unit; the navigation shows each user the
 * pages its roles open and no other, the page shown marked; the language switch changes the language and stays on
 * the page, and never leaves the site; the pages send a Content-Security-Policy without inline scripts.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LayoutPagesIT {
    private static final Pattern NAV_LINK = Pattern.compile("<nav class=\"menu\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Navigation navigation;

    private static List<String> navLinks(Page page) {
        Matcher nav = NAV_LINK.matcher(page.html());
        assertThat(nav.find()).as("the navigation on %s", page.path()).isTrue();
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(nav.group());
        while (href.find()) {
            links.add(href.group(1));
        }
        return links;
    }

    @Test
    void theHeaderNamesTheUserItsRoleAndUnit() {
        Page apps = Browser.loggedIn(port, "applicant.wuhan").get("/apps");
        assertThat(apps.html()).contains("class=\"who-name\">武汉市城管委经办人<", "class=\"who-role\">申报人<",
                "class=\"who-unit\">武汉市城市管理执法委员会<");
        assertThat(apps.html()).contains("href=\"/notifications\"");
    }

    @Test
    void eachUserSeesTheLinksOfThePagesItsRolesOpenAndEveryOneOpens() {
        for (String user : List.of("applicant.wuhan", "reviewer.wuhan", "supervisor.hubei", "observer.wuhan", "admin")) {
            Browser browser = Browser.loggedIn(port, user);
            String home = browser.get("/").path();
            List<String> links = navLinks(browser.get("/notices"));
            assertThat(links).as("the first link of %s is its home", user).first().isEqualTo(home);
            assertThat(links).as("links of %s", user).isNotEmpty().contains("/notices");
            for (String link : links) {
                assertThat(browser.get(link).status()).as("%s follows %s", user, link).isEqualTo(200);
            }
        }
        assertThat(navLinks(Browser.loggedIn(port, "applicant.wuhan").get("/apps")))
                .contains("/apps", "/inbox", "/ledger").doesNotContain("/dashboard", "/rechecks", "/backlog");
        assertThat(navLinks(Browser.loggedIn(port, "supervisor.hubei").get("/apps")))
                .contains("/dashboard", "/dashboard/compare", "/tasks/overdue", "/ledger", "/backlog");
        assertThat(navLinks(Browser.loggedIn(port, "observer.wuhan").get("/apps")))
                .doesNotContain("/inbox", "/ledger", "/dashboard");
    }

    @Test
    void everyPageOfTheNavigationHasItsHandler() {
        assertThat(navigation.rolesByPage().keySet()).as("pages of the navigation with a GET handler")
                .containsExactlyInAnyOrderElementsOf(Navigation.PAGES.keySet());
        assertThat(navLinks(Browser.loggedIn(port, "admin").get("/admin"))).contains("/admin", "/apps", "/backlog");
    }

    @Test
    void thePageShownIsMarkedInTheNavigation() {
        Page compare = Browser.loggedIn(port, "supervisor.hubei").get("/dashboard/compare");
        assertThat(compare.html()).containsOnlyOnce("aria-current=\"page\"");
        assertThat(compare.html()).containsPattern("href=\"/dashboard/compare\"[^>]*aria-current=\"page\"");
    }

    @Test
    void theLanguageSwitchChangesTheLanguageAndStaysOnThePage() {
        Browser browser = Browser.loggedIn(port, "reviewer.wuhan");
        Page chinese = browser.get("/apps?status=FILED");
        assertThat(chinese.html()).contains("lang=\"zh-CN\"", "href=\"/language?to=en&amp;back=/apps?status%3DFILED\"");

        Page english = browser.get("/language?to=en&back=/apps?status%3DFILED");
        assertThat(english.path()).isEqualTo("/apps?status=FILED");
        assertThat(english.html()).contains("lang=\"en\"", ">中文<");
        assertThat(english.text()).contains("Apps", "Log out");
        assertThat(browser.get("/inbox").html()).as("the choice stays").contains("lang=\"en\"");

        Page back = browser.get("/language?to=zh-CN&back=/inbox");
        assertThat(back.path()).isEqualTo("/inbox");
        assertThat(back.html()).contains("lang=\"zh-CN\"", ">English<");
    }

    @Test
    void theLanguageSwitchNeverLeavesTheSite() {
        Browser anyone = Browser.anonymous(port);
        for (String away : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            Page landed = anyone.get("/language?to=en&back=" + URLEncoder.encode(away, StandardCharsets.UTF_8));
            assertThat(landed.uri().getHost()).as(away).isEqualTo("localhost");
            assertThat(landed.path()).as(away).isEqualTo("/login");
        }
        Page unknown = anyone.get("/language?to=fr&back=/public/notices");
        assertThat(unknown.path()).isEqualTo("/public/notices");
        assertThat(unknown.html()).as("an unknown language changes nothing").contains("lang=\"zh-CN\"");
    }

    @Test
    void pagesSendAContentSecurityPolicyWithoutInlineScripts() {
        for (String path : List.of("/login", "/public/filings", "/public/notices")) {
            Browser.Download page = Browser.anonymous(port).download(path);
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
            assertThat(policy).as(path).doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        Browser.Download apps = Browser.loggedIn(port, "applicant.wuhan").download("/apps");
        assertThat(apps.header("Content-Security-Policy")).contains("script-src 'self'");
    }
}
