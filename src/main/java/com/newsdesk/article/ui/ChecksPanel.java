package com.newsdesk.article.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.newsdesk.article.TranslationChecks.Warning;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The translation checks of the article: each warning can be dismissed once the editor has looked at it. */
class ChecksPanel extends Details {

    private final Div list = new Div();
    private final Set<String> dismissed = new HashSet<>();
    private List<Warning> warnings = List.of();

    ChecksPanel() {
        addClassName("nd-checks");
        add(list);
        setOpened(true);
    }

    void show(List<Warning> newWarnings) {
        this.warnings = newWarnings;
        render();
    }

    /** Warnings not dismissed yet. */
    List<Warning> open() {
        return warnings.stream().filter(w -> !dismissed.contains(w.message())).toList();
    }

    private void render() {
        list.removeAll();
        List<Warning> open = open();
        setSummaryText(open.isEmpty() ? "Translation checks: nothing to look at"
                : "Translation checks: " + open.size() + (open.size() == 1 ? " warning" : " warnings"));
        for (Warning w : open) {
            var text = new Span(w.message());
            var dismiss = new Button("Dismiss", e -> {
                dismissed.add(w.message());
                render();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var row = new Div(text, dismiss);
            row.addClassNames("nd-check", "nd-check-" + w.kind().name().toLowerCase().replace('_', '-'));
            list.add(row);
        }
    }
}
