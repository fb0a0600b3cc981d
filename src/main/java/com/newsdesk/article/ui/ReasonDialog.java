package com.newsdesk.article.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for the reason a step needs (reject, unpublish); the dialog stays open until the step went through.
 * Ctrl+Enter confirms.
 */
class ReasonDialog extends Dialog {

    static ReasonDialog reject(Predicate<String> reject) {
        return new ReasonDialog("Reject this article", "Reject", reject);
    }

    static ReasonDialog unpublish(Predicate<String> unpublish) {
        return new ReasonDialog("Unpublish this article", "Unpublish", unpublish);
    }

    private ReasonDialog(String title, String action, Predicate<String> reject) {
        setHeaderTitle(title);
        var reason = new TextArea("Reason");
        reason.setRequired(true);
        reason.setWidth("28rem");
        reason.setHelperText("Editors and the audit log see it.");
        add(reason);
        var confirm = new Button(action, e -> {
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
