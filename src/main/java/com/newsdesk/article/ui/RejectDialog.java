package com.newsdesk.article.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason a rejection needs; the dialog stays open until the rejection went through. */
class RejectDialog extends Dialog {

    RejectDialog(Predicate<String> reject) {
        setHeaderTitle("Reject this article");
        var reason = new TextArea("Reason");
        reason.setRequired(true);
        reason.setWidth("28rem");
        reason.setHelperText("Editors and the audit log see it.");
        add(reason);
        var confirm = new Button("Reject", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("A reason is required.");
            } else if (reject.test(reason.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        reason.focus();
    }
}
