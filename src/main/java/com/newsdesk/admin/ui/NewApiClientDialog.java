package com.newsdesk.admin.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Asks for the name of a new API client; stays open, with the reason next to the name, when it is refused. */
class NewApiClientDialog extends Dialog {

    NewApiClientDialog(Consumer<String> create) {
        setHeaderTitle("New API client");
        var name = new TextField("Name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        name.setPlaceholder("e.g. Translation pipeline");
        name.setHelperText("Which machine will use the key. The key is shown once, on the next screen.");
        name.addValueChangeListener(e -> name.setInvalid(false));
        var hint = new Paragraph("New clients may push articles (scope: ingest).");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(name, hint);
        setWidth("32rem");

        var ok = new Button("Create", e -> {
            try {
                create.accept(name.getValue());
                close();
            } catch (IllegalArgumentException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
                name.focus();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), ok);
        name.focus();
    }
}
