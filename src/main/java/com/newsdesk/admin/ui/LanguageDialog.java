package com.newsdesk.admin.ui;

import java.util.function.Consumer;

import com.newsdesk.admin.LanguageListItem;
import com.newsdesk.admin.TextDirection;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds a language, or changes its name and text direction (its code stays: articles and sources refer to it). The
 * direction decides how editors see originals; a sample shows it.
 */
class LanguageDialog extends Dialog {

    static final String SAMPLE = "مثال / Example";

    /** {@code language} null: a new one. {@code save} throws IllegalArgumentException with a sentence to refuse. */
    LanguageDialog(LanguageListItem language, Consumer<LanguageListItem> save) {
        boolean adding = language == null;
        setHeaderTitle(adding ? "Add language" : "Edit " + language.name());
        setWidth("30rem");

        var code = new TextField("Code");
        code.setHelperText("BCP 47, e.g. ja, fa or zh-Hant");
        code.setMaxLength(16);
        code.setRequired(adding);
        code.setReadOnly(!adding);
        var name = new TextField("Name");
        name.setRequired(true);
        name.setMaxLength(100);
        var direction = new RadioButtonGroup<TextDirection>("Text direction");
        direction.setItems(TextDirection.values());
        direction.setItemLabelGenerator(TextDirection::label);
        direction.setRequired(true);

        var sample = new Div();
        sample.setText(SAMPLE);
        sample.getElement().setAttribute("aria-label", "Sample of the text direction");
        sample.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-l)");
        direction.addValueChangeListener(e -> sample.getElement().setAttribute("dir",
                (e.getValue() == null ? TextDirection.LTR : e.getValue()).htmlDir()));

        if (adding) {
            direction.setValue(TextDirection.LTR);
        } else {
            code.setValue(language.code());
            name.setValue(language.name());
            direction.setValue(language.direction());
        }
        var error = new FormError();
        var form = new FormLayout(code, name, direction, sample);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        var ok = new Button(adding ? "Add" : "Save", e -> {
            try {
                save.accept(new LanguageListItem(code.getValue(), name.getValue(), direction.getValue()));
                close();
            } catch (IllegalArgumentException ex) {
                error.show(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), ok);
        if (adding) {
            code.focus();
        } else {
            name.focus();
        }
    }
}
