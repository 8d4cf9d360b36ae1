package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Where they are missing the test fails, naming what to install:
 * browser tests are part of {@code ./mvnw verify}, never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("msc.browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("msc.browser.chromedriver", "/usr/bin/chromedriver");
    private static final int WIDTH = 1280;

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) throws IOException {
        for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(executable))) {
                fail("The browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + ", but " + executable + " is missing. Install them (Debian: apt-get install chromium"
                        + " chromium-driver) or point -Dmsc.browser.chromium / -Dmsc.browser.chromedriver at them.");
            }
        }
        Path profile = Files.createTempDirectory("msc-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void signIn(String username) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector(".site-header"));
    }

    void signOut() {
        click(By.cssSelector(".site-header form button[type=submit]"));
        waitFor(By.id("username"));
    }

    WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited in vain for " + by + " on " + path() + ", which shows:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForCount(By by, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(by).size() == count);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    void click(By by) {
        WebElement element = waitFor(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    void type(By by, String text) {
        type(waitFor(by), text);
    }

    /** Date inputs take their value as ISO text through script, whatever the browser's locale would make of keys. */
    void type(WebElement element, String text) {
        if ("date".equals(element.getAttribute("type"))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", element, text);
            return;
        }
        element.clear();
        element.sendKeys(text);
    }

    void choose(By by, String value) {
        choose(waitFor(by), value);
    }

    void choose(WebElement element, String value) {
        new Select(element).selectByValue(value);
    }

    void tick(By by) {
        WebElement box = waitFor(by);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Clicks the form's "add a row" button and returns the new (last) row once htmx has inserted it. */
    WebElement addRow(String list) {
        int before = findAll(By.cssSelector("#" + list + "-rows tr")).size();
        click(By.cssSelector("button[hx-get$='/cases/rows/" + list + "']"));
        waitForCount(By.cssSelector("#" + list + "-rows tr"), before + 1);
        List<WebElement> rows = findAll(By.cssSelector("#" + list + "-rows tr"));
        return rows.get(rows.size() - 1);
    }

    /** A picture of the whole page at laptop width, under target/screenshots. */
    Path screenshot(String name) throws IOException {
        return screenshot(name, WIDTH);
    }

    /** A picture of the whole page at the given width (e.g. 768 for a tablet held upright). */
    Path screenshot(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, Math.min(((Number) height).intValue() + 40, 6000)));
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(WIDTH, 900));
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
