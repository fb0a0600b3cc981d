package com.newsdesk.admin.ui;

import java.util.List;
import java.util.function.Predicate;

import com.newsdesk.admin.GlossaryTerm;
import com.newsdesk.source.Option;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Adds or changes one glossary term; stays open, with what was typed, when the save is refused. */
class GlossaryTermDialog extends Dialog {

    GlossaryTermDialog(GlossaryTerm term, List<Option> languages, Predicate<GlossaryTerm> save) {
        setHeaderTitle(term.id() == null ? "Add glossary term" : "Edit glossary term");
        var language = new ComboBox<Option>("Language");
        language.setItems(languages);
        language.setItemLabelGenerator(Option::label);
        language.setRequired(true);
        languages.stream().filter(o -> o.value().equals(term.languageCode())).findFirst().ifPresent(language::setValue);
        var source = new TextField("Source term");
        source.setRequired(true);
        source.setMaxLength(200);
        source.setValue(term.sourceTerm() == null ? "" : term.sourceTerm());
        var english = new TextField("English term");
        english.setRequired(true);
        english.setMaxLength(200);
        english.setValue(term.englishTerm() == null ? "" : term.englishTerm());
        var note = new TextField("Note");
        note.setValue(term.note() == null ? "" : term.note());
        add(new FormLayout(language, source, english, note));

        var ok = new Button("Save", e -> {
            if (save.test(new GlossaryTerm(term.id(), language.getValue() == null ? null : language.getValue().value(),
                    source.getValue(), english.getValue(), note.getValue()))) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), ok);
        source.focus();
    }
}
