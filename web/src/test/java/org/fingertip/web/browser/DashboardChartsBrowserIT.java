package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.fingertip.web.FingertipApplication;
import org.fingertip.web.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The supervisor's dashboard and comparison draw their charts in a real browser: Debian's Chromium, headless, logged
 * in through the login form; every chart element gets its SVG with drawn shapes, and the page logs no script error
 * (a Content-Security-Policy refusal included).
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardChartsBrowserIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @LocalServerPort
    int port;

    private Path home;
    private WebDriver browser;

    @BeforeEach
    void open() throws IOException {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium)").exists();
        assertThat(new File(CHROMEDRIVER)).as("Debian's chromedriver (apt-get install chromium-driver)").exists();
        home = Files.createTempDirectory("fingertip-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--user-data-dir=" + home.resolve("profile"), "--lang=zh-CN");
        // a Chinese user's browser: the pages answer in the language it asks for
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString())).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    private void logIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoData.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Waits until every chart element of the page holds an SVG with shapes drawn in it; returns the charts. */
    private List<WebElement> drawnCharts(String path) {
        browser.get("http://localhost:" + port + path);
        List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
        assertThat(charts).as("chart elements on %s", path).isNotEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> charts.stream().allMatch(c ->
                !c.findElements(By.cssSelector("svg path, svg rect, svg text")).isEmpty()));
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.echarts")).isEqualTo("object");
        return charts;
    }

    private List<String> severeLogs() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Test
    void theDashboardAndTheComparisonDrawTheirChartsInABrowser() {
        logIn("supervisor.hubei");

        List<WebElement> dashboard = drawnCharts("/dashboard");
        assertThat(dashboard).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.getTitle()).contains("督查");
        for (WebElement chart : dashboard) {
            assertThat(chart.findElement(By.cssSelector("svg")).getSize().getWidth()).as(chart.getAttribute(
                    "data-chart")).isPositive();
        }

        List<WebElement> compare = drawnCharts("/dashboard/compare");
        assertThat(compare).hasSize(1);
        assertThat(compare.get(0).findElements(By.cssSelector("svg text")))
                .as("the cities named on the bar chart").anySatisfy(t -> assertThat(t.getText()).contains("武汉"));

        assertThat(severeLogs()).as("script errors or refusals in the browser").isEmpty();
    }
}
