package com.newsdesk.source.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.newsdesk.base.ui.UserTime;
import com.newsdesk.source.SourceHealth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A source's health at a glance: last success, last fetch, last error, failures in a row, articles per period. */
class SourceHealthPanel extends Div {

    static final String LAST_SUCCESS = "Last successful fetch";
    static final String LAST_FETCH = "Last fetch";
    static final String RUNNING = "Fetch running";
    static final String FAILURES = "Failures in a row";
    static final String LAST_ERROR = "Last error";
    static final String LAST_FOUND = "Last fetch found";
    static final String LAST_24_HOURS = "Articles in the last 24 hours";
    static final String LAST_7_DAYS = "Articles in the last 7 days";

    private final Div rows = new Div();
    private final Map<String, String> values = new LinkedHashMap<>();

    SourceHealthPanel(Runnable refresh) {
        addClassName("nd-source-health");
        var title = new H3("Health");
        title.addClassName("nd-source-health-title");
        var again = new Button(VaadinIcon.REFRESH.create(), e -> refresh.run());
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        again.setAriaLabel("Refresh the health figures");
        again.setTooltipText("Refresh the health figures");
        var head = new Div(title, again);
        head.addClassName("nd-source-health-head");
        rows.addClassName("nd-source-health-rows");
        add(head, rows);
    }

    void show(SourceHealth h) {
        values.clear();
        rows.removeAll();
        row(LAST_SUCCESS, h.lastSuccessAt() == null ? "Never" : UserTime.format(h.lastSuccessAt()),
                h.lastSuccessAt() == null && h.lastFetchAt() != null);
        row(LAST_FETCH, h.lastFetchAt() == null ? "Never" : UserTime.format(h.lastFetchAt()), false);
        row(RUNNING, h.fetching() ? "Yes, since " + UserTime.format(h.fetchingSince()) : "No", false);
        row(FAILURES, String.valueOf(h.consecutiveFailures()), h.failing());
        row(LAST_ERROR, h.lastError() == null ? "None"
                : h.lastError() + (h.lastErrorAt() == null ? "" : " (" + UserTime.format(h.lastErrorAt()) + ")"),
                h.lastError() != null && h.failing());
        row(LAST_FOUND, h.lastFetchSummary() == null ? "Nothing yet" : h.lastFetchSummary(), false);
        row(LAST_24_HOURS, String.valueOf(h.articlesLast24Hours()), false);
        row(LAST_7_DAYS, String.valueOf(h.articlesLast7Days()), false);
    }

    private void row(String label, String value, boolean alarming) {
        values.put(label, value);
        var l = new Span(label);
        l.addClassName("nd-source-health-label");
        var v = new Span(value);
        v.addClassName("nd-source-health-value");
        if (alarming) {
            v.addClassName("nd-source-health-alarm");
        }
        rows.add(l, v);
    }

    /** What the panel shows for a figure, as a person reads it. */
    String value(String label) {
        return values.get(label);
    }
}
