package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.page.Browser.Page;
import org.fingertip.web.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 督查看板 and 地区对比 through the pages: tables readable without JavaScript, each figure a link to the page of its
 * list, whose own count is the figure; the charts from the ECharts webjar and a static script, never an inline one.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardPagesIT {
    private static final Pattern COUNT = Pattern.compile("<p class=\"count\"[^>]*>\\s*共\\s*([\\d,]+)");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

    @LocalServerPort
    int port;

    @Test
    void theDashboardShowsEveryFigureAsALinkToAListPageOfThatManyRows() {
        Browser supervisor = Browser.loggedIn(port, "supervisor.wuhan");
        Page page = supervisor.get("/dashboard");
        assertThat(page.text()).contains("督查看板", "武汉市", "应用", "清理压减", "待审备案及等待时长", "逾期任务",
                "负担反映（近 12 个月）", "整改台账", "进行中的退出", "存量未备案");
        assertThat(page.html()).contains("data-figures=", "/webjars/echarts/", "echarts.min.js", "/js/dashboard.js")
                .contains("href=\"/dashboard/compare\"");
        assertThat(INLINE_SCRIPT.matcher(page.html()).find()).as("no inline script").isFalse();
        assertThat(supervisor.get("/").html()).contains("href=\"/dashboard\"");

        JsonNode figures = new ApiClient(port).as("supervisor.wuhan").get("/api/dashboard").expectJson(200).json();
        int checked = 0;
        for (JsonNode f : figures.findParents("page")) {
            String link = f.path("page").asText();
            assertThat(page.html()).as("the link of %s on the page", f).contains("href=\"" + link.replace("&", "&amp;") + "\"");
            if (checked++ % 7 != 0) {
                continue; // a sample of the lists' pages: each is a full page render
            }
            Page list = supervisor.get(link);
            Matcher m = COUNT.matcher(list.html());
            assertThat(m.find()).as("a count on %s", link).isTrue();
            assertThat(Long.parseLong(m.group(1).replace(",", ""))).as("count on %s", link)
                    .isEqualTo(f.path("count").asLong());
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void theComparisonRanksTheCitiesInATableBesideItsChart() {
        Browser supervisor = Browser.loggedIn(port, "supervisor.hubei");
        Page page = supervisor.get("/dashboard/compare");
        assertThat(page.text()).contains("地区对比", "名次", "武汉市", "宜昌市", "逾期任务");
        assertThat(page.html()).contains("data-compare=", "data-chart=\"compare\"", "echarts.min.js")
                .contains("href=\"/dashboard?department=420100\"");
        assertThat(INLINE_SCRIPT.matcher(page.html()).find()).isFalse();
        Page districts = supervisor.get("/dashboard/compare?department=420100&level=COUNTY&sort=APPS");
        assertThat(districts.text()).contains("江岸区");
        assertThat(Browser.anonymous(port).get("/webjars/echarts/echarts.min.js").html()).contains("echarts");
        assertThat(Browser.anonymous(port).get("/js/dashboard.js").html()).contains("data-figures");
    }

    @Test
    void otherRolesDoNotSeeTheDashboardAndAnotherCityIsNotFound() {
        assertThat(Browser.loggedIn(port, "reviewer.wuhan").get("/").html()).doesNotContain("href=\"/dashboard\"");
        assertThat(Browser.loggedIn(port, "observer.wuhan").get("/dashboard").status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "supervisor.wuhan").get("/dashboard?department=420500").status()).isEqualTo(404);
        assertThat(Browser.loggedIn(port, "supervisor.wuhan").get("/dashboard?department=x").status()).isEqualTo(400);
    }
}
