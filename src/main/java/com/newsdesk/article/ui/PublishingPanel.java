package com.newsdesk.article.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.newsdesk.article.PublishChecklist;
import com.newsdesk.article.PublishState;
import com.newsdesk.article.PublishingService;
import com.newsdesk.base.ui.UserTime;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The publishing side of the review editor: where the article stands (scheduled for when, published when, last
 * correction), the pre-publish checklist (blocking items and warnings), and the dialogs of publish, schedule and
 * unpublish. The editor's buttons (with their shortcuts) call in here; {@code onChange} reloads the editor.
 */
class PublishingPanel extends Div {

    private final transient PublishingService publishing;
    private final transient Runnable onChange;
    private final transient Consumer<RuntimeException> onError;
    private final Span state = new Span();
    private final Details checklist = new Details();
    private PublishState current;
    private PublishChecklist items;

    PublishingPanel(PublishingService publishing, Runnable onChange, Consumer<RuntimeException> onError) {
        this.publishing = publishing;
        this.onChange = onChange;
        this.onError = onError;
        addClassName("nd-publishing");
        state.addClassName("nd-publish-state");
        add(state, checklist);
    }

    void show(long id) {
        current = publishing.state(id).orElseThrow();
        items = publishing.checklist(id);
        state.setText(describe(current));
        checklist.removeAll();
        var list = new UnorderedList();
        list.addClassName("nd-checklist");
        items.blocking().forEach(b -> list.add(item(b, "nd-blocking")));
        items.warnings().forEach(w -> list.add(item(w, "nd-warning")));
        checklist.setSummaryText(items.blocking().isEmpty()
                ? "Ready to publish" + (items.warnings().isEmpty() ? "" : " · " + items.warnings().size()
                        + (items.warnings().size() == 1 ? " warning" : " warnings"))
                : "Cannot be published yet · " + items.blocking().size() + " to fix");
        checklist.add(list);
        checklist.setVisible(current.status() != com.newsdesk.article.ArticleStatus.PUBLISHED);
    }

    private static ListItem item(String text, String className) {
        var item = new ListItem(text);
        item.addClassName(className);
        return item;
    }

    private static String describe(PublishState s) {
        return switch (s.status()) {
            case PUBLISHED -> "Published " + UserTime.format(s.publishedAt())
                    + (s.correctedAt() == null ? "" : " · corrected " + UserTime.format(s.correctedAt()))
                    + " · edits are saved as corrections";
            case UNPUBLISHED -> "Unpublished: " + s.statusReason();
            case APPROVED -> s.scheduled() ? "Scheduled for " + UserTime.format(s.publishAt()) : "Approved, not scheduled";
            default -> "";
        };
    }

    PublishState state() {
        return current;
    }

    void publish() {
        if (!items.blocking().isEmpty()) {
            onError.accept(new IllegalArgumentException("Not yet: " + String.join(" ", items.blocking())));
            return;
        }
        if (items.warnings().isEmpty()) {
            act(() -> publishing.publish(current.id(), current.version()));
            return;
        }
        var dialog = new ConfirmDialog("Publish with warnings?", String.join(" ", items.warnings()), "Publish anyway",
                e -> act(() -> publishing.publish(current.id(), current.version())), "Cancel", e -> { });
        dialog.open();
    }

    void schedule() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Schedule the publication");
        var when = new DateTimePicker("Date and time");
        when.setStep(java.time.Duration.ofMinutes(5));
        when.setMin(LocalDateTime.now(UserTime.zone()).minusMinutes(1));
        var zone = new ComboBox<String>("Time zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(UserTime.zone().getId());
        zone.setAllowCustomValue(false);
        zone.setHelperText("The time is read in this zone.");
        if (current.scheduled()) {
            when.setValue(LocalDateTime.ofInstant(current.publishAt(), UserTime.zone()));
        }
        dialog.add(new VerticalLayout(when, zone));
        var confirm = new Button("Schedule", e -> {
            if (when.getValue() == null || zone.getValue() == null) {
                when.setInvalid(when.getValue() == null);
                when.setErrorMessage("Choose a date and time.");
                return;
            }
            if (act(() -> publishing.schedule(current.id(), current.version(), when.getValue(),
                    ZoneId.of(zone.getValue())))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        when.focus();
    }

    void cancelSchedule() {
        act(() -> publishing.cancelSchedule(current.id(), current.version()));
    }

    void unpublish() {
        ReasonDialog.unpublish(reason -> act(() -> publishing.unpublish(current.id(), current.version(), reason)))
                .open();
    }

    /** Asks for the optional note of a correction, then saves it through {@code save}. */
    static void askCorrectionNote(Consumer<String> save) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Publish a correction");
        var note = new TextArea("Correction note (optional)");
        note.setWidth("28rem");
        note.setHelperText("Shown with the article in the app, e.g. \"An earlier version misspelled the minister's "
                + "name.\" Leave empty for a silent fix of a typo.");
        dialog.add(note);
        var confirm = new Button("Publish correction", e -> {
            dialog.close();
            save.accept(note.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        note.focus();
    }

    private boolean act(Supplier<PublishState> step) {
        try {
            step.get();
            onChange.run();
            return true;
        } catch (RuntimeException e) {
            onError.accept(e);
            return false;
        }
    }
}
