package org.mscpathway.platform.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mscpathway.platform.ui.DevTools.DevToolsException;

/**
 * A person at a headless Chromium ({@link Chromium}): goes to pages, signs in, fills forms, waits for what the page
 * shows and takes screenshots. Waits poll the page; a wait that runs out fails with what the page shows instead.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Chromium chromium;
    private final DevTools page;
    private final String base;
    private final int width;

    private Browser(Chromium chromium, String base, int width) {
        this.chromium = chromium;
        this.page = chromium.page();
        this.base = base;
        this.width = width;
    }

    static Browser open(int port) throws IOException {
        return open("http://localhost:" + port);
    }

    /** A browser whose relative addresses start at {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    static Browser open(String base) throws IOException {
        return new Browser(Chromium.start(WIDTH, HEIGHT), base, WIDTH);
    }

    /**
     * A browser of the given viewport (1366×768 a laptop, 820×1180 a tablet held upright) whose user reads
     * {@code language} (e.g. {@code zh-CN}): its pages ask for that language first, as that person's browser would.
     */
    static Browser open(int port, int width, int height, String language) throws IOException {
        Browser browser = new Browser(Chromium.start(width, height, language), "http://localhost:" + port, width);
        String userAgent = browser.page.evaluate("navigator.userAgent", true).path("value").asText();
        browser.page.send("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent,
                "acceptLanguage", language));
        browser.page.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    /** The whole address shown, also when it is another site's (an identity provider's sign-in page). */
    String url() {
        return page.evaluate("location.href", true).path("value").asText();
    }

    /** Opens the page and waits until it has loaded, as typing its address would. */
    void go(String path) {
        page.evaluate("window.mscLeft = true", true);
        JsonNode navigation = page.send("Page.navigate", Map.of("url", base + path));
        if (navigation.has("errorText")) {
            throw new AssertionError("could not open " + path + ": " + navigation.get("errorText").asText());
        }
        until(WAIT, "the page " + path + " to load",
                () -> page.evaluate("!window.mscLeft && document.readyState === 'complete'", true)
                        .path("value").asBoolean());
    }

    String path() {
        return url().substring(base.length());
    }

    void signIn(String username) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        find(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector(".site-header"));
    }

    void signOut() {
        click(By.cssSelector(".site-header form[action$='/logout'] button[type=submit]"));
        waitFor(By.id("username"));
    }

    /** The element once it is displayed. */
    Element waitFor(By by) {
        List<Element> shown = new ArrayList<>(1);
        until(WAIT, by + " to be displayed", () -> {
            Element element = query(by);
            if (element != null && element.isDisplayed()) {
                shown.add(element);
                return true;
            }
            return false;
        });
        return shown.get(0);
    }

    void waitForText(By by, String text) {
        until(Duration.ofSeconds(30), by + " to show '" + text + "'", () -> {
            Element element = query(by);
            return element != null && element.getText().contains(text);
        });
    }

    void waitForCount(By by, int count) {
        until(WAIT, count + " of " + by, () -> findAll(by).size() == count);
    }

    Element find(By by) {
        Element element = query(by);
        if (element == null) {
            throw new AssertionError("no element " + by + " on " + path());
        }
        return element;
    }

    List<Element> findAll(By by) {
        int count = page.evaluate("document.querySelectorAll(" + quoted(by.css()) + ").length", true)
                .path("value").asInt();
        List<Element> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JsonNode handle = page.evaluate("document.querySelectorAll(" + quoted(by.css()) + ")[" + i + "]", false);
            all.add(new Element(page, handle.path("objectId").asText(), by));
        }
        return all;
    }

    void click(By by) {
        waitFor(by).click();
    }

    void type(By by, String text) {
        type(waitFor(by), text);
    }

    /** Date inputs take their value as ISO text through script, whatever the browser's locale would make of keys. */
    void type(Element element, String text) {
        if ("date".equals(element.getAttribute("type"))) {
            element.setValue(text);
            return;
        }
        element.clearAndType(text);
    }

    void choose(By by, String value) {
        choose(waitFor(by), value);
    }

    void choose(Element element, String value) {
        element.select(value);
    }

    void tick(By by) {
        Element box = waitFor(by);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Clicks the form's "add a row" button and returns the new (last) row once htmx has inserted it. */
    Element addRow(String list) {
        By rows = By.cssSelector("#" + list + "-rows tr");
        int before = findAll(rows).size();
        click(By.cssSelector("button[hx-get$='/cases/rows/" + list + "']"));
        waitForCount(rows, before + 1);
        List<Element> all = findAll(rows);
        return all.get(all.size() - 1);
    }

    /**
     * What the page gets wrong for assistive technology, by the checks a translation can break (no axe-core is
     * available here, so these few are the page's own): the document's language, a name for every form field, button
     * and link, and ids used once. Empty when the page passes.
     */
    List<String> accessibilityProblems() {
        String script = """
                (() => {
                  const problems = [];
                  if (!document.documentElement.lang) problems.push('html has no lang');
                  const named = e => (e.labels && e.labels.length > 0) || e.getAttribute('aria-label')
                      || e.getAttribute('aria-labelledby') || e.getAttribute('title');
                  document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(e => {
                    if (!named(e)) problems.push('unnamed field ' + (e.id || e.name));
                  });
                  document.querySelectorAll('button, a[href]').forEach(e => {
                    if (!(e.textContent.trim() || e.getAttribute('aria-label'))) problems.push('unnamed ' + e.outerHTML);
                  });
                  const seen = new Set();
                  document.querySelectorAll('[id]').forEach(e => {
                    if (seen.has(e.id)) problems.push('id used twice: ' + e.id);
                    seen.add(e.id);
                  });
                  return JSON.stringify(problems);
                })()""";
        String problems = page.evaluate(script, true).path("value").asText();
        try {
            List<String> all = new ArrayList<>();
            new ObjectMapper().readTree(problems).forEach(p -> all.add(p.asText()));
            return all;
        } catch (IOException e) {
            throw new AssertionError("unreadable answer of the accessibility check: " + problems, e);
        }
    }

    /** The document's language, as its {@code <html lang>} says. */
    String language() {
        return page.evaluate("document.documentElement.lang", true).path("value").asText();
    }

    /** A picture of the whole page at the browser's width, under target/screenshots. */
    Path screenshot(String name) throws IOException {
        return screenshot(name, width);
    }

    /** A picture of the whole page at the given width (e.g. 768 for a tablet held upright). */
    Path screenshot(String name, int width) throws IOException {
        viewport(width, HEIGHT);
        int height = page.evaluate("Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)",
                true).path("value").asInt();
        viewport(width, Math.min(height + 40, 6000));
        String png = page.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        page.send("Emulation.clearDeviceMetricsOverride", Map.of());
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, Base64.getDecoder().decode(png));
        return target;
    }

    private void viewport(int width, int height) {
        page.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The first element matching, or null; null too while a new page is replacing the old one. */
    private Element query(By by) {
        try {
            JsonNode handle = page.evaluate("document.querySelector(" + quoted(by.css()) + ")", false);
            return handle.has("objectId") ? new Element(page, handle.get("objectId").asText(), by) : null;
        } catch (DevToolsException navigating) {
            return null;
        }
    }

    /**
     * Polls until the condition holds. A page navigating away meanwhile (a form posted, a redirect followed) makes
     * a poll fail; the next poll looks at the new page.
     */
    private void until(Duration timeout, String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (DevToolsException e) {
                last = e;
            }
            Chromium.pause();
        }
        AssertionError error = new AssertionError("waited " + timeout.toSeconds() + " s in vain for " + what
                + " on " + path() + ", which shows:\n" + find(By.tagName("body")).getText());
        if (last != null) {
            error.addSuppressed(last);
        }
        throw error;
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Whether the element's content is wider than the element, so that part of it is cut off or scrolled away. */
    boolean overflowsSideways(By by) {
        return page.evaluate("(e => e.scrollWidth > e.clientWidth + 1)(document.querySelector(" + quoted(by.css())
                + "))", true).path("value").asBoolean();
    }

    /** The id of the element that has the keyboard focus ("" for none). */
    String focusedId() {
        return page.evaluate("document.activeElement ? document.activeElement.id : ''", true).path("value").asText();
    }

    @Override
    public void close() throws IOException {
        chromium.close();
    }
}
