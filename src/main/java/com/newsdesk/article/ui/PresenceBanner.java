package com.newsdesk.article.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.newsdesk.article.ArticleChanges;
import com.newsdesk.article.Presence;
import com.newsdesk.article.PresenceService;
import com.newsdesk.base.ui.UserTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * "Being edited by … since …" for the article open in the editor, live across app instances, with "Take over".
 * It registers this editor's own presence while attached, keeps it alive with the UI's poll, and leaves on detach.
 */
class PresenceBanner extends Div {

    private final transient PresenceService presence;
    private final transient ArticleChanges changes;
    private final boolean editor;
    /** Tells the person something: message, and whether it is good news. */
    private final BiConsumer<String, Boolean> notify;
    private transient AutoCloseable subscription;
    private Registration poll;
    private Long articleId;
    private String lastTakeOver;

    PresenceBanner(PresenceService presence, ArticleChanges changes, boolean editor, BiConsumer<String, Boolean> notify) {
        this.presence = presence;
        this.changes = changes;
        this.editor = editor;
        this.notify = notify;
        addClassName("nd-presence");
        setVisible(false);
    }

    /** The editor now shows this article: leave the previous one, enter this one. */
    void open(long id) {
        if (articleId != null && articleId == id) {
            return;
        }
        if (editor) {
            if (articleId != null) {
                presence.leave(articleId);
            }
            presence.enter(id);
        }
        articleId = id;
        lastTakeOver = null;
        update();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        subscription = changes.subscribePresence(id -> {
            if (articleId != null && articleId == id) {
                ui.access(this::update);
            }
        });
        // a heartbeat keeps this editor's presence alive and drops others' closed tabs from the banner
        ui.setPollInterval((int) PresenceService.STALE.toMillis() / 3);
        poll = ui.addPollListener(e -> {
            if (articleId != null) {
                if (editor && !presence.heartbeat(articleId)) {
                    presence.enter(articleId);
                }
                update();
            }
        });
        update();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (editor && articleId != null) {
            presence.leave(articleId);
        }
    }

    void update() {
        if (articleId == null) {
            return;
        }
        List<Presence> others = presence.others(articleId);
        removeAll();
        setVisible(!others.isEmpty());
        if (!others.isEmpty()) {
            add(new Span("Being edited by " + others.stream()
                    .map(p -> p.username() + " since " + UserTime.format(p.since()))
                    .collect(Collectors.joining(", "))));
            if (editor) {
                var takeOver = new Button("Take over", e -> {
                    presence.takeOver(articleId);
                    notify.accept("You took this article over; the others were told.", true);
                });
                takeOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add(takeOver);
            }
        }
        if (editor) {
            String takenBy = presence.takenOverBy(articleId).orElse(null);
            if (takenBy != null && !takenBy.equals(lastTakeOver)) {
                notify.accept(takenBy + " took this article over. Your text is still here; saving checks it "
                        + "against their changes.", false);
            }
            lastTakeOver = takenBy;
        }
    }
}
