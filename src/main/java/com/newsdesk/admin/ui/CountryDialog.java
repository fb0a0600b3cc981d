package com.newsdesk.admin.ui;

import java.util.List;
import java.util.function.Consumer;

import com.newsdesk.admin.CountryListItem;
import com.newsdesk.admin.LanguageListItem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds a country, or renames one (its code and language stay: articles and sources refer to them). Stays open,
 * with what was typed and the reason, when the save is refused.
 */
class CountryDialog extends Dialog {

    /** {@code country} null: a new one. {@code save} throws IllegalArgumentException with a sentence to refuse. */
    CountryDialog(CountryListItem country, List<LanguageListItem> languages, Consumer<CountryListItem> save) {
        boolean adding = country == null;
        setHeaderTitle(adding ? "Add country" : "Rename " + country.name());
        setWidth("30rem");

        var code = new TextField("Code");
        code.setHelperText("ISO 3166-1 alpha-2, e.g. JP");
        code.setMaxLength(2);
        code.setRequired(adding);
        code.setReadOnly(!adding);
        var name = new TextField("Name");
        name.setRequired(true);
        name.setMaxLength(100);
        var language = new ComboBox<LanguageListItem>("Usual language");
        language.setItems(languages);
        language.setItemLabelGenerator(l -> l.name() + " (" + l.code() + ")");
        language.setClearButtonVisible(true);
        language.setHelperText("The language most of its outlets publish in");
        language.setReadOnly(!adding);
        if (!adding) {
            code.setValue(country.code());
            name.setValue(country.name());
            languages.stream().filter(l -> l.code().equals(country.languageCode())).findFirst()
                    .ifPresent(language::setValue);
        }
        var error = new FormError();
        var form = new FormLayout(code, name, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        var ok = new Button(adding ? "Add" : "Save", e -> {
            try {
                save.accept(new CountryListItem(code.getValue(), name.getValue(),
                        language.getValue() == null ? null : language.getValue().code(), null));
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
