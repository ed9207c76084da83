package org.fingertip.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.fingertip.web.demo.DemoData;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (explicit paths: nothing is downloaded), against
 * the application on its random port. It logs in through the login form, saves screenshots under
 * {@code target/screenshots/}, runs axe-core on a page and fails on a serious or critical violation, and finds raw
 * message keys ({@code ??key_en??}) and script errors (a Content-Security-Policy refusal included).
 * <p>
 * Without Chromium the browser tests are skipped with a message that says how to install it, unless they must run:
 * in CI ({@code CI} set) or with {@code -Dfingertip.browser.required=true}, a missing browser fails them.
 */
final class Chromium implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A laptop of the offices (the smallest screen the pages are made for) and a phone. */
    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 768;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");
    private static final Set<String> REFUSED_IMPACTS = Set.of("serious", "critical");

    private final String base;
    private final Path home;
    private final Path downloads;
    private final ChromeDriver driver;

    private Chromium(int port, int width, int height, boolean phone) throws IOException {
        this.base = "http://localhost:" + port;
        this.home = Files.createTempDirectory("fingertip-chromium");
        this.downloads = Files.createDirectories(home.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--user-data-dir=" + home.resolve("profile"), "--lang=zh-CN");
        // a Chinese user's browser: the pages answer in the language it asks for; downloads land in our folder
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        if (phone) {
            // a phone's screen, pixel density and touch, as Chromium's device emulation draws them
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString())).build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A browser at the size of an office laptop's screen. */
    static Chromium desktop(int port) {
        return open(port, DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    /** A browser at the size of a phone's screen. */
    static Chromium phone(int port) {
        return open(port, PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    private static Chromium open(int port, int width, int height, boolean phone) {
        requireBrowser();
        try {
            return new Chromium(port, width, height, phone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the test when no Chromium is installed, or fails it where it must run. */
    static void requireBrowser() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (present) {
            return;
        }
        String message = "No Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER
                + ": install them with `apt-get install chromium chromium-driver` to run the browser tests";
        boolean required = System.getenv("CI") != null || Boolean.getBoolean("fingertip.browser.required");
        if (required) {
            fail(message + " (required here: CI or -Dfingertip.browser.required=true)");
        }
        Assumptions.abort(message);
    }

    WebDriver driver() {
        return driver;
    }

    void get(String path) {
        driver.get(base + path);
    }

    /** The path and query of the page shown. */
    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    void logIn(String username) {
        logIn(username, DemoData.DEMO_PASSWORD);
    }

    void logIn(String username, String password) {
        get("/login");
        submitLogin(username, password);
    }

    /** Fills and sends the login form shown (the login page, or where an expired session led). */
    void submitLogin(String username, String password) {
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    void logOut() {
        find(By.cssSelector("header form[action$='/logout'] button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Clicks and waits for the next page to be loaded. */
    void clickAndWait(WebElement element) {
        WebElement html = find(By.tagName("html"));
        element.click();
        waitUntil(d -> isStale(html) && "complete".equals(script("return document.readyState")));
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Switches the language with the header's switch and waits for the page to come back in it. */
    void switchLanguage(String tag) {
        clickAndWait(find(By.cssSelector("header a.lang")));
        assertThat(find(By.tagName("html")).getAttribute("lang")).as("the page's language").startsWith(tag);
    }

    /** Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}; returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // the whole page, below the fold too, at the size the page is laid out (a phone's width on a phone)
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            assertThat(Files.size(file)).as("screenshot %s", file).isGreaterThan(1000);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core on the page shown: no serious or critical violation of WCAG 2.1 A/AA. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> refused = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (REFUSED_IMPACTS.contains(rule.getImpact())) {
                List<String> where = rule.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget())).toList();
                refused.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + where);
            }
        }
        assertThat(results.getPasses()).as("axe ran its rules on %s", page).isNotEmpty();
        assertThat(refused).as("serious or critical accessibility violations on %s", page).isEmpty();
    }

    /**
     * Every visible control of the page is reached with the Tab key, in turn, and shows where the focus is (an
     * outline or a shadow): a keyboard user can do on the page whatever a mouse user can.
     */
    void assertKeyboardReachable(String page) {
        @SuppressWarnings("unchecked")
        List<WebElement> controls = (List<WebElement>) script("return Array.from(document.querySelectorAll("
                + "'a[href], button, input:not([type=hidden]), select, textarea, summary'))"
                + ".filter(e => !e.disabled && e.tabIndex >= 0"
                + " && e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})"
                + " && !e.closest('[aria-hidden=true]') && !e.closest('details:not([open]) > :not(summary)'))"
                + ".filter((e, i, all) => e.type !== 'radio' || all.findIndex(o => o.type === 'radio'"
                + " && o.name === e.name) === i || e.checked)");
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        List<WebElement> reached = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        Actions keys = new Actions(driver);
        for (int i = 0; i < controls.size() + 10; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (focused.getTagName().equals("body")) {
                continue; // past the last control, the focus leaves the page for the browser's own
            }
            Object shown = script("const s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none'",
                    focused);
            if (!Boolean.TRUE.equals(shown)) {
                unseen.add(focused.getTagName() + "#" + focused.getAttribute("id") + "." + focused.getAttribute("class"));
            }
            reached.add(focused);
        }
        List<String> missed = controls.stream().filter(c -> !reached.contains(c))
                .map(c -> c.getTagName() + "#" + c.getAttribute("id") + "[" + c.getAttribute("name") + "]").toList();
        assertThat(missed).as("controls on %s the Tab key never reaches", page).isEmpty();
        assertThat(unseen).as("controls on %s that hide their focus", page).isEmpty();
    }

    /** No message key left unresolved on the page shown (Thymeleaf writes ??key_locale?? for a missing key). */
    void assertNoRawKeys(String page) {
        Matcher raw = RAW_KEY.matcher(driver.getPageSource());
        List<String> found = new ArrayList<>();
        while (raw.find()) {
            found.add(raw.group());
        }
        assertThat(found).as("untranslated keys on %s", page).isEmpty();
    }

    /** Script errors and refusals the browser logged since the last call. */
    List<String> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Waits for a download to finish in the browser's download folder; returns the file. */
    Path downloaded(String suffix) {
        waitUntil(d -> downloadedFile(suffix) != null);
        return downloadedFile(suffix);
    }

    private Path downloadedFile(String suffix) {
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(home.toFile());
        }
    }
}
