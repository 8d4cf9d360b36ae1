package org.mscpathway.platform.ui;

/** How a browser test names an element: a CSS selector, with the wording of the locator it came from for messages. */
record By(String css, String description) {

    static By id(String id) {
        return new By("[id=\"" + id + "\"]", "id " + id);
    }

    static By name(String name) {
        return new By("[name=\"" + name + "\"]", "name " + name);
    }

    static By tagName(String tag) {
        return new By(tag, "tag " + tag);
    }

    static By cssSelector(String css) {
        return new By(css, "css " + css);
    }

    @Override
    public String toString() {
        return description;
    }
}
