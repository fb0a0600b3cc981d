package com.newsdesk.feature.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.newsdesk.feature.FeatureListForm;
import com.newsdesk.feature.FeatureListItem;
import com.newsdesk.feature.FeatureListService;
import com.newsdesk.source.Option;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Creates a feature list (item null) or edits one. A refused save marks the fields it refused, with the reason under
 * each, and keeps everything typed; {@code save} answers the service's field errors, or null when it saved.
 */
class FeatureListDialog extends Dialog {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final IntegerField maxEntries = new IntegerField("Maximum length");
    final ComboBox<Option> country = new ComboBox<>("Refuse sources from");
    private final Div error = new Div();

    FeatureListDialog(FeatureListItem item, List<Option> countries,
                      Function<FeatureListForm, Map<String, String>> save) {
        setHeaderTitle(item == null ? "New feature list" : "Edit " + item.name());
        setWidth("36rem");
        code.setRequired(true);
        code.setMaxLength(FeatureListService.CODE_LENGTH);
        if (item == null) {
            code.setHelperText("Lower-case letters, digits and hyphens, e.g. world-cup. The app reads the list at "
                    + "/api/v1/features/{code}/articles; the code cannot change later.");
        } else {
            code.setValue(item.code());
            code.setReadOnly(true);
            code.setHelperText("Fixed: the app and its feeds address the list by it.");
        }
        name.setRequired(true);
        name.setMaxLength(FeatureListService.NAME_LENGTH);
        description.setMaxLength(FeatureListService.DESCRIPTION_LENGTH);
        maxEntries.setRequired(true);
        maxEntries.setMin(1);
        maxEntries.setMax(FeatureListService.MAX_ENTRIES_LIMIT);
        maxEntries.setStepButtonsVisible(true);
        maxEntries.setHelperText("1 to " + FeatureListService.MAX_ENTRIES_LIMIT + " articles. It cannot be set below "
                + "the articles the list holds now.");
        country.setItems(countries);
        country.setItemLabelGenerator(Option::label);
        country.setClearButtonVisible(true);
        country.setPlaceholder("No country refused");
        country.setHelperText("Editors cannot add articles from sources in this country.");
        if (item != null) {
            name.setValue(item.name());
            description.setValue(item.description() == null ? "" : item.description());
            maxEntries.setValue(item.maxEntries());
            countries.stream().filter(o -> o.value().equals(item.excludedCountry())).findFirst()
                    .ifPresent(country::setValue);
        } else {
            maxEntries.setValue(20);
        }

        var form = new FormLayout(code, name, description, maxEntries, country);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        error.getElement().setAttribute("role", "alert");
        error.addClassName("nd-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(error, form);

        var ok = new Button(item == null ? "Create" : "Save", e -> submit(save));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        ok.setTooltipText((item == null ? "Create" : "Save") + " (Ctrl+Enter)");
        var cancel = new Button("Cancel", e -> close());
        cancel.setTooltipText("Close without saving (Esc)");
        getFooter().add(cancel, ok);
        (item == null ? code : name).focus();
    }

    private Map<String, HasValidation> fields() {
        return Map.of(FeatureListService.FIELD_CODE, code, FeatureListService.FIELD_NAME, name,
                FeatureListService.FIELD_DESCRIPTION, description, FeatureListService.FIELD_MAX, maxEntries,
                FeatureListService.FIELD_COUNTRY, country);
    }

    private void submit(Function<FeatureListForm, Map<String, String>> save) {
        Map<String, String> errors = save.apply(new FeatureListForm(code.getValue(), name.getValue(),
                description.getValue(), maxEntries.getValue(), country.getValue() == null ? null
                : country.getValue().value()));
        if (errors == null) {
            close();
        } else {
            mark(errors);
        }
    }

    private void mark(Map<String, String> errors) {
        var fields = fields();
        StringBuilder general = new StringBuilder();
        errors.forEach((field, message) -> {
            HasValidation f = fields.get(field);
            if (f == null) {
                general.append(message).append(' ');
            } else {
                f.setErrorMessage(message);
                f.setInvalid(true);
            }
        });
        error.setText(general.isEmpty() ? "Not saved: please correct the marked fields." : general.toString().strip());
        error.setVisible(true);
    }
}
