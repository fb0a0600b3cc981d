package com.newsdesk.admin.ui;

import com.newsdesk.admin.NewApiKey;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new key, once. It closes only through its button, so that a stray click or Esc cannot lose a key that
 * nobody can read again; closing it drops the key from the UI.
 */
class ApiKeyDialog extends Dialog {

    /**
     * Copies in the browser, in the click itself: browsers allow clipboard writes only during a user's gesture, which
     * a round trip to the server would end. The outcome comes back as an event, so that the person is told.
     */
    private static final String COPY_ON_CLICK = """
            const key = $0;
            this.addEventListener('click', () => {
              const done = ok => this.dispatchEvent(new CustomEvent(ok ? 'nd-copied' : 'nd-copy-failed'));
              if (!navigator.clipboard) { done(false); return; }
              navigator.clipboard.writeText(key).then(() => done(true), () => done(false));
            });""";

    private final TextField key = new TextField("API key");
    private final Button copy = new Button("Copy", VaadinIcon.COPY.create());
    private String secret;

    ApiKeyDialog(NewApiKey created) {
        this.secret = created.key();
        setHeaderTitle("API key for \"" + created.name() + "\"");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setWidth("40rem");

        key.setValue(created.key());
        key.setReadOnly(true);
        key.setWidthFull();
        key.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        key.addFocusListener(e -> key.getElement().executeJs("this.inputElement.select()"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setAriaLabel("Copy the key");
        copy.getElement().addEventListener("nd-copied", e -> notify("Key copied.", true));
        copy.getElement().addEventListener("nd-copy-failed",
                e -> notify("The browser did not let Newsdesk copy. Select the key and copy it by hand.", false));
        key.setSuffixComponent(copy);

        var warning = new Paragraph("Copy this key now and store it where the machine keeps its secrets. "
                + "It will not be shown again: Newsdesk keeps only a hash of it. If it is lost, revoke this client "
                + "and create a new one.");
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        var usage = new Paragraph("The machine sends it with every request to the push API.");
        usage.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(key, warning, usage);

        var done = new Button("I have stored the key", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                key.clear();
                secret = null;
                removeFromParent();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (secret != null) {
            copy.getElement().executeJs(COPY_ON_CLICK, secret);
        }
    }

    private static void notify(String message, boolean success) {
        var n = Notification.show(message, success ? 2000 : 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    TextField keyField() {
        return key;
    }
}
