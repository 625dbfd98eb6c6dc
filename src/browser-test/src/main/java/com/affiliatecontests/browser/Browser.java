package com.affiliatecontests.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium (Debian's, through Debian's chromedriver) for one user. */
final class Browser implements AutoCloseable {

    record PageResult(int status, String url, String title, String text, String html, boolean loginForm,
            long scrollWidth, long clientWidth) {
    }

    static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    final ChromeDriver driver;
    private final String base;
    private int width;

    Browser(String base) {
        this.base = base;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--ignore-certificate-errors", "--window-size=1366,900", "--lang=en-US", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        setWidth(1366);
    }

    /** The viewport: a desktop, or a phone (mobile emulation honours the page's viewport meta tag). */
    void setWidth(int w) {
        if (w == width) {
            return;
        }
        boolean mobile = w < 600;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", w, "height", mobile ? 844 : 900,
                "deviceScaleFactor", 1, "mobile", mobile));
        width = w;
    }

    int width() {
        return width;
    }

    /** Signs in through the webapp's own login form; true when the form is gone afterwards. */
    boolean login(String webapp, String user, String password) {
        open("/" + webapp + "/control/main");
        List<WebElement> fields = driver.findElements(By.name("PASSWORD"));
        if (fields.isEmpty()) {
            return false;
        }
        driver.findElement(By.name("USERNAME")).clear();
        driver.findElement(By.name("USERNAME")).sendKeys(user);
        WebElement pw = fields.get(0);
        pw.sendKeys(password);
        pw.submit();
        new WebDriverWait(driver, WAIT).until(gone(pw));
        waitReady();
        drainStatus();
        return driver.findElements(By.name("PASSWORD")).isEmpty();
    }

    /**
     * True once the element has left its document. Selenium's stalenessOf misses one way Chromium reports it: while
     * the next page replaces the old one, chromedriver can answer "Node with given id does not belong to the
     * document", a plain WebDriverException, which stalenessOf rethrows (a CI run failed on it at sign-in).
     */
    static ExpectedCondition<Boolean> gone(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    PageResult open(String path) {
        drainStatus();
        consoleErrors();
        driver.get(base + path);
        waitReady();
        return result();
    }

    PageResult result() {
        String url = driver.getCurrentUrl();
        int status = drainStatus().getOrDefault(url, -1);
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) js.executeScript(
                "var d=document.documentElement; return {text: document.body ? document.body.innerText : '',"
                + " sw: d.scrollWidth, cw: d.clientWidth, title: document.title};");
        return new PageResult(status, url, String.valueOf(m.get("title")), String.valueOf(m.get("text")),
                driver.getPageSource(), !driver.findElements(By.name("PASSWORD")).isEmpty(),
                ((Number) m.get("sw")).longValue(), ((Number) m.get("cw")).longValue());
    }

    void waitReady() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** url -> HTTP status of the documents loaded since the last call (Chrome's performance log). */
    @SuppressWarnings("unchecked")
    private Map<String, Integer> drainStatus() {
        Map<String, Integer> status = new HashMap<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> whole = new Json().toType(e.getMessage(), Map.class);
            Map<String, Object> msg = (Map<String, Object>) whole.get("message");
            if (!"Network.responseReceived".equals(msg.get("method"))) {
                continue;
            }
            Map<String, Object> params = (Map<String, Object>) msg.get("params");
            if (!"Document".equals(params.get("type"))) {
                continue;
            }
            Map<String, Object> response = (Map<String, Object>) params.get("response");
            status.put(String.valueOf(response.get("url")), ((Number) response.get("status")).intValue());
        }
        return status;
    }

    /**
     * The page's console errors (JavaScript errors, failed loads) since the last call; not the browser's own
     * request for /favicon.ico, which it makes for a page that names no icon (an HTML fragment, OFBiz's error page).
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("/favicon.ico ")).toList();
    }

    /** The cookies the browser sends to the current page, as a Cookie header. */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** The whole page (up to 5000 px high) as PNG. */
    @SuppressWarnings("unchecked")
    void screenshot(Path file) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double w = Math.max(width, ((Number) size.get("width")).doubleValue());
        double h = Math.min(5000, Math.max(200, ((Number) size.get("height")).doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
