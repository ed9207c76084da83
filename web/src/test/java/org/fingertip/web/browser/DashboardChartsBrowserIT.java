package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fingertip.web.FingertipApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor's dashboard and comparison draw their charts in a real browser: every chart element gets its SVG
 * with drawn shapes, and the page logs no script error (a Content-Security-Policy refusal included).
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardChartsBrowserIT {

    @LocalServerPort
    int port;

    /** Waits until every chart element of the page holds an SVG with shapes drawn in it; returns the charts. */
    private static List<WebElement> drawnCharts(Chromium browser, String path) {
        browser.get(path);
        List<WebElement> charts = browser.findAll(By.cssSelector("[data-chart]"));
        assertThat(charts).as("chart elements on %s", path).isNotEmpty();
        browser.waitUntil(d -> charts.stream().allMatch(c ->
                !c.findElements(By.cssSelector("svg path, svg rect, svg text")).isEmpty()));
        assertThat(browser.script("return typeof window.echarts")).isEqualTo("object");
        return charts;
    }

    @Test
    void theDashboardAndTheComparisonDrawTheirChartsInABrowser() {
        try (Chromium browser = Chromium.desktop(port)) {
            browser.logIn("supervisor.hubei");

            List<WebElement> dashboard = drawnCharts(browser, "/dashboard");
            assertThat(dashboard).hasSizeGreaterThanOrEqualTo(8);
            assertThat(browser.driver().getTitle()).contains("督查");
            for (WebElement chart : dashboard) {
                assertThat(chart.findElement(By.cssSelector("svg")).getSize().getWidth())
                        .as(chart.getAttribute("data-chart")).isPositive();
            }

            List<WebElement> compare = drawnCharts(browser, "/dashboard/compare");
            assertThat(compare).hasSize(1);
            assertThat(compare.get(0).findElements(By.cssSelector("svg text")))
                    .as("the cities named on the bar chart").anySatisfy(t -> assertThat(t.getText()).contains("武汉"));

            assertThat(browser.severeLogs()).as("script errors or refusals in the browser").isEmpty();
        }
    }
}
