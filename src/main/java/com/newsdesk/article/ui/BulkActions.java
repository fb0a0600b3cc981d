package com.newsdesk.article.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.newsdesk.article.ArticleBulkService;
import com.newsdesk.article.ArticleBulkService.Outcome;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleWorkflow.Action;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Claim, reject or translate again the selected articles: runs in the background with a progress bar, and ends with the result of
 * every article, the ones refused with their reason.
 */
class BulkActions extends Div {

    private final transient ArticleBulkService bulk;
    private final Span count = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Runnable onDone;
    private Set<ArticleListItem> selection = Set.of();

    BulkActions(ArticleBulkService bulk, Runnable clearSelection, Runnable onDone) {
        this.bulk = bulk;
        this.onDone = onDone;
        addClassName("nd-bulk");
        var claim = new Button("Claim", e -> run("claim", id -> bulk.apply(Action.CLAIM, id, null)));
        var reject = new Button("Reject…", e -> ReasonDialog.reject(reason -> {
            run("reject", id -> bulk.apply(Action.REJECT, id, reason));
            return true;
        }).open());
        var retranslate = new Button("Translate again", e -> run("translation", bulk::retranslate));
        retranslate.setTooltipText("A new machine translation of each selected article; paragraphs people edited stay");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var clear = new Button("Clear selection", e -> clearSelection.run());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        progress.setVisible(false);
        progress.setWidth("12rem");
        add(count, claim, reject, retranslate, clear, progress);
        setVisible(false);
    }

    void select(Set<ArticleListItem> selected) {
        selection = selected;
        count.setText(selected.size() + " selected");
        setVisible(!selected.isEmpty());
    }

    void run(String what, java.util.function.LongFunction<Outcome> step) {
        List<Long> ids = selection.stream().map(ArticleListItem::id).sorted().toList();
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        List<Outcome> outcomes = new ArrayList<>();
        // the caller's login goes along to the background thread: every article is still checked against the role
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            for (int i = 0; i < ids.size(); i++) {
                outcomes.add(step.apply(ids.get(i)));
                double done = (i + 1.0) / ids.size();
                ui.access(() -> progress.setValue(done));
            }
            ui.access(() -> finish(what, outcomes));
        }));
    }

    private void finish(String what, List<Outcome> outcomes) {
        progress.setVisible(false);
        long done = outcomes.stream().filter(Outcome::done).count();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Bulk " + what + ": " + done + " of " + outcomes.size() + " done");
        var refused = outcomes.stream().filter(o -> !o.done()).map(Outcome::message).collect(Collectors.toList());
        dialog.add(new Span(refused.isEmpty() ? "Every selected article went through."
                : "Not done: " + String.join(" ", refused)));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
        onDone.run();
    }
}
