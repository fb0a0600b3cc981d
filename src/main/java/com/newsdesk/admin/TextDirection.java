package com.newsdesk.admin;

/** The direction a language is written in; Arabic, Hebrew, Farsi and Urdu are right-to-left. */
public enum TextDirection {
    LTR("Left to right"),
    RTL("Right to left");

    private final String label;

    TextDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value of an HTML {@code dir} attribute. */
    public String htmlDir() {
        return name().toLowerCase();
    }
}
