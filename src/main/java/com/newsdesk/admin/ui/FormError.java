package com.newsdesk.admin.ui;

import com.vaadin.flow.component.html.Div;

/** Why a dialog's save was refused, in the dialog itself, read out by screen readers. */
class FormError extends Div {

    FormError() {
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        setVisible(false);
    }

    void show(String message) {
        setText(message);
        setVisible(true);
    }
}
