package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Fills in the fields named by id, in the order given as id and value pairs: a select's option is chosen, any
     * other field typed into.
     */
    void fill(String... idsAndValues) {
        for (int i = 0; i < idsAndValues.length; i += 2) {
            enter(waitFor(By.id(idsAndValues[i])), idsAndValues[i + 1]);
        }
    }

    /** The same in a row of a list (a condition, a lab result): its fields named by name. */
    void fill(Element row, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            enter(row.findElement(By.name(namesAndValues[i])), namesAndValues[i + 1]);
        }
    }

    private void enter(Element field, String value) {
        if (field.isSelect()) {
            choose(field, value);
        } else {
            type(field, value);
        }
    }

    /** Presses the submit button of the form with that id. */
    void submit(String formId) {
        click(By.cssSelector("#" + formId + " button[type=submit]"));
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
        // a page shown after a form's redirect may not have run htmx yet (its script is deferred), and a click
        // before that adds nothing: on a loaded machine this was a 20-second wait in vain
        until(WAIT, "htmx to be ready", () -> page.evaluate(
                "document.readyState === 'complete' && !!window.htmx", true).path("value").asBoolean());
        click(By.cssSelector("button[hx-get$='/cases/rows/" + list + "']"));
        waitForCount(rows, before + 1);
        List<Element> all = findAll(rows);
        return all.get(all.size() - 1);
    }

    /**
     * What the page gets wrong for assistive technology by the harness's own checks, those a translation can break:
     * the document's language, a name for every form field, button and link, and ids used once. Empty when the page
     * passes. {@link #axeViolations()} runs the full WCAG rules besides.
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
        return strings(page.evaluate(script, true).path("value").asText(), "accessibility check");
    }

    /** Fails with what the harness's checks and axe-core find wrong on the page for assistive technology. */
    void assertAccessible() {
        assertThat(accessibilityProblems()).as("accessibility of " + path()).isEmpty();
        assertThat(axeViolations()).as("axe-core on " + path()).isEmpty();
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

    /**
     * What axe-core (the WCAG 2 A and AA rules) finds wrong on the page, one line per violation with the elements it
     * names; empty when the page passes. The engine is fetched at build time (web-api/pom.xml, axe-core.version) and
     * injected once per page.
     */
    List<String> axeViolations() {
        if (!page.evaluate("typeof window.axe === 'object'", true).path("value").asBoolean()) {
            page.evaluate(AxeEngine.SCRIPT, true);
        }
        JsonNode answer = page.send("Runtime.evaluate", Map.of("expression", """
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}).then(r =>
                  r.passes.length === 0 ? 'no rule applied' : JSON.stringify(r.violations.map(v => v.id + ' ('
                      + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')
                      + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join('; '))))""",
                "awaitPromise", true, "returnByValue", true));
        String violations = answer.path("result").path("value").asText();
        if (!violations.startsWith("[")) {
            throw new AssertionError("axe-core did not run on " + path() + ": " + answer);
        }
        return strings(violations, "axe-core");
    }

    /**
     * What breaks the layout at this viewport: the page wider than the window, a word of a label, heading, badge or
     * button split over two lines, text cut off by its box (a chosen option wider than its select included). Empty
     * when the page lays out well.
     */
    List<String> layoutProblems() {
        String script = """
                (() => {
                  const problems = [];
                  const width = document.documentElement.clientWidth;
                  if (document.documentElement.scrollWidth > width) {
                    problems.push('page is ' + document.documentElement.scrollWidth + ' px wide in ' + width + ' px');
                  }
                  const shown = e => e.checkVisibility() && e.getClientRects().length > 0;
                  const where = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/ +/g, '.') : '');
                  document.querySelectorAll('label, th, dt, legend, summary, button, .badge, h1, h2, h3, nav a, td')
                      .forEach(e => {
                    if (!shown(e)) return;
                    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                      for (const word of text.data.matchAll(/[A-Za-z][A-Za-z0-9']{3,}/g)) {
                        const range = document.createRange();
                        range.setStart(text, word.index);
                        range.setEnd(text, word.index + word[0].length);
                        const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0)
                            .map(r => Math.round(r.top)));
                        if (lines.size > 1) problems.push('"' + word[0] + '" broken over two lines in ' + where(e));
                      }
                    }
                  });
                  const ruler = document.createElement('canvas').getContext('2d');
                  document.querySelectorAll('select').forEach(e => {
                    if (!shown(e) || e.selectedIndex < 0) return;
                    const style = getComputedStyle(e);
                    ruler.font = style.font;
                    const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    const text = e.options[e.selectedIndex].text;
                    if (ruler.measureText(text).width > room + 1) problems.push('"' + text + '" cut off in ' + where(e));
                  });
                  document.querySelectorAll('main *').forEach(e => {
                    if (!shown(e)) return;
                    const style = getComputedStyle(e);
                    // a box of one pixel is text for screen readers only (.visually-hidden), clipped on purpose
                    if (style.overflowX !== 'visible' && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1
                        && e.tagName !== 'SELECT'
                        && e.tagName !== 'INPUT' && e.tagName !== 'TEXTAREA') {
                      problems.push(where(e) + ' cuts off its content (' + e.scrollWidth + ' px in ' + e.clientWidth + ')');
                    }
                  });
                  return JSON.stringify(problems);
                })()""";
        return strings(page.evaluate(script, true).path("value").asText(), "layout check");
    }

    /** Whether the computed colour of that property of the first match reads red (a refusal), not green or blue. */
    boolean isRed(String css, String property) {
        until(WAIT, "the page and its stylesheets to load",
                () -> page.evaluate("document.readyState === 'complete'", true).path("value").asBoolean());
        String colour = page.evaluate("getComputedStyle(document.querySelector(" + quoted(css) + ")).getPropertyValue("
                + quoted(property) + ")", true).path("value").asText();
        String[] rgb = colour.replaceAll("[^0-9,]", "").split(",");
        int red = Integer.parseInt(rgb[0]);
        return red > 2 * Integer.parseInt(rgb[1]) && red > 2 * Integer.parseInt(rgb[2]) && red >= 80;
    }

    /** The value of the option with the longest text of the select (e.g. the lab test with the longest name). */
    String longestOption(String selectCss) {
        return page.evaluate("Array.from(document.querySelector(" + quoted(selectCss) + ").options)"
                + ".reduce((a, b) => b.text.length > a.text.length ? b : a).value", true).path("value").asText();
    }

    /** The height of the whole page in CSS pixels. */
    int pageHeight() {
        return page.evaluate("document.documentElement.scrollHeight", true).path("value").asInt();
    }

    /**
     * Posts a form from the page as a person's browser would (the result replaces the page), with the page's own
     * CSRF token unless {@code csrfToken} is given: a request the page itself offers no button for.
     */
    void post(String path, Map<String, String> fields, String csrfToken) {
        String token = csrfToken != null ? csrfToken
                : page.evaluate("document.querySelector('input[name=_csrf]').value", true).path("value").asText();
        StringBuilder script = new StringBuilder("(() => { const f = document.createElement('form'); f.method = 'post';"
                + " f.action = " + quoted(path) + ";");
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", token);
        all.forEach((name, value) -> script.append(" { const i = document.createElement('input'); i.type = 'hidden';"
                + " i.name = ").append(quoted(name)).append("; i.value = ").append(quoted(value))
                .append("; f.appendChild(i); }"));
        script.append(" document.body.appendChild(f); window.mscLeft = true; f.submit(); })()");
        page.evaluate(script.toString(), true);
        until(WAIT, "the answer to POST " + path,
                () -> page.evaluate("!window.mscLeft && document.readyState === 'complete'", true)
                        .path("value").asBoolean());
    }

    private static List<String> strings(String json, String what) {
        try {
            List<String> all = new ArrayList<>();
            new ObjectMapper().readTree(json).forEach(p -> all.add(p.asText()));
            return all;
        } catch (IOException e) {
            throw new AssertionError("unreadable answer of the " + what + ": " + json, e);
        }
    }

    /** axe.min.js, which the build put on the test class path (web-api/pom.xml). */
    private static final class AxeEngine {
        static final String SCRIPT = read();

        private static String read() {
            try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new AssertionError("axe/axe.min.js is not on the test class path: the build fetches it in"
                            + " generate-test-resources (web-api/pom.xml, axe-core.version); run the tests with Maven");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("could not read axe/axe.min.js", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        chromium.close();
    }
}
