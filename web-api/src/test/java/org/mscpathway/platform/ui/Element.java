package org.mscpathway.platform.ui;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An element of the page a test holds on to, as a DevTools handle: it acts as a person would (a real mouse click at
 * its centre, typed text) and reads what a person sees (its rendered text). A handle dies with its page; {@code by}
 * is how the test found it, to name it in failures.
 */
record Element(DevTools page, String objectId, By by) {

    /** What Selenium calls displayed: rendered, not hidden, and with a box. */
    static final String VISIBLE = """
            function () {
              return this.isConnected && this.checkVisibility({visibilityProperty: true})
                  && this.getClientRects().length > 0;
            }""";

    /** The first element under this one that matches, or a failure naming both. */
    Element findElement(By inner) {
        JsonNode found = page.call(objectId, "function (css) { return this.querySelector(css); }", false,
                inner.css());
        if (!found.has("objectId")) {
            throw new AssertionError("no element " + inner + " inside " + by);
        }
        return new Element(page, found.get("objectId").asText(), inner);
    }

    /** The text a person reads, as the browser renders it. */
    String getText() {
        return call("function () { return this.innerText; }").asText().strip();
    }

    /** An attribute, or for {@code value} the current value of the field (what Selenium answers too). */
    String getAttribute(String name) {
        JsonNode value = call("function (name) { return name === 'value' ? this.value : this.getAttribute(name); }",
                name);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** Whether the element is a {@code <select>}, whose value is chosen rather than typed. */
    boolean isSelect() {
        return call("function () { return this.tagName === 'SELECT'; }").asBoolean();
    }

    boolean isSelected() {
        return call("function () { return this.checked === true || this.selected === true; }").asBoolean();
    }

    boolean isDisplayed() {
        return call(VISIBLE).asBoolean();
    }

    /**
     * Scrolls the element to the middle of the viewport and presses the mouse at its centre; fails, as Selenium did,
     * when something else (a sticky header, a dialog) would receive the click. It first lets the page paint two
     * frames: Chromium drops input that reaches a page before its first frame, which a busy machine makes likely
     * (the element is in the DOM, so a wait finds it, but the press would be lost).
     */
    void click() {
        JsonNode target = call("""
                function () {
                  return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => {
                    this.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
                    const box = this.getBoundingClientRect();
                    const x = box.left + box.width / 2, y = box.top + box.height / 2;
                    const hit = document.elementFromPoint(x, y);
                    resolve({x, y, hit: hit && (hit === this || this.contains(hit)) ? null
                        : hit ? hit.outerHTML.substring(0, 200) : 'nothing'});
                  })));
                }""");
        if (!target.path("hit").isNull()) {
            throw new AssertionError("a click on " + by + " would land on " + target.path("hit").asText());
        }
        double x = target.path("x").asDouble();
        double y = target.path("y").asDouble();
        page.send("Input.dispatchMouseEvent", java.util.Map.of("type", "mouseMoved", "x", x, "y", y));
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            page.send("Input.dispatchMouseEvent",
                    java.util.Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    /** Empties the field as a person would (the page hears input and change) and types the text into it. */
    void clearAndType(String text) {
        call("""
                function () {
                  this.focus();
                  this.value = '';
                  this.dispatchEvent(new Event('input', {bubbles: true}));
                  this.dispatchEvent(new Event('change', {bubbles: true}));
                }""");
        page.send("Input.insertText", java.util.Map.of("text", text));
        String typed = getAttribute("value");
        if (!text.equals(typed)) {
            throw new AssertionError("typed '" + text + "' into " + by + ", which now holds '" + typed + "'");
        }
    }

    /** Sets a field's value through script, without events (date inputs, whatever the browser's locale). */
    void setValue(String value) {
        call("function (value) { this.value = value; }", value);
    }

    /** Picks the option with this value of a {@code <select>}, as a click on it would (input and change fire). */
    void select(String value) {
        boolean found = call("""
                function (value) {
                  const option = Array.from(this.options).find(o => o.value === value);
                  if (!option) return false;
                  if (!option.selected) {
                    option.selected = true;
                    this.dispatchEvent(new Event('input', {bubbles: true}));
                    this.dispatchEvent(new Event('change', {bubbles: true}));
                  }
                  return true;
                }""", value).asBoolean();
        if (!found) {
            throw new AssertionError(by + " has no option with value '" + value + "'");
        }
    }

    private JsonNode call(String function, Object... arguments) {
        return page.call(objectId, function, true, arguments).path("value");
    }
}
