package com.newsdesk.article.ui;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

import com.newsdesk.article.ArticleChanges;
import com.newsdesk.article.ArticleDetail;
import com.newsdesk.article.ArticleReviewService;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.ArticleWorkflow;
import com.newsdesk.article.ArticleWorkflow.Action;
import com.newsdesk.article.Draft;
import com.newsdesk.article.DraftService;
import com.newsdesk.article.IllegalTransitionException;
import com.newsdesk.article.Paragraphs;
import com.newsdesk.article.PresenceService;
import com.newsdesk.article.StaleArticleException;
import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The review editor: original and English side by side, paragraph by paragraph (right-to-left originals shown
 * right-to-left), with the workflow's actions and a keyboard shortcut for each, shown in its tooltip.
 */
@Route(value = "articles/:id(\\d+)", layout = MainLayout.class)
@PageTitle("Review article")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6");

    private final transient ArticleReviewService review;
    private final transient DraftService drafts;
    private final Div draftBanner = new Div();
    /** The version saves are checked against: the one loaded, or a restored draft's. */
    private int editingVersion;
    private final PresenceBanner presenceBanner;
    private final boolean editor;
    private final Div header = new Div();
    private final Div pairs = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TextArea title = new TextArea();
    private final ChecksPanel checks = new ChecksPanel();
    private final List<TextArea> paragraphs = new ArrayList<>();
    private ArticleDetail article;
    private boolean dirty;

    public ArticleEditorView(ArticleReviewService review, AuthenticationContext authentication,
                             PresenceService presence, ArticleChanges changes, DraftService drafts) {
        this.review = review;
        this.drafts = drafts;
        this.presenceBanner = new PresenceBanner(presence, changes, authentication.hasRole(Roles.EDITOR),
                ArticleEditorView::tell);
        this.editor = authentication.hasRole(Roles.EDITOR);
        addClassName("nd-editor");
        setPadding(true);
        actions.addClassName("nd-editor-actions");
        header.addClassName("nd-editor-header");
        pairs.addClassName("nd-pairs");
        title.addClassName("nd-english-title");
        title.setAriaLabel("English title");
        title.setWidthFull();
        typing(title);
        draftBanner.addClassName("nd-draft");
        draftBanner.setVisible(false);
        add(actions, presenceBanner, draftBanner, header, checks, pairs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        review.get(id).ifPresentOrElse(this::show, () -> event.rerouteToError(
                com.vaadin.flow.router.NotFoundException.class, "There is no article #" + id + "."));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            var postponed = event.postpone();
            var dialog = new ConfirmDialog("Leave without saving?",
                    "Your changes to this article are not saved yet.", "Leave and discard them", e -> {
                        drafts.discard(article.id());
                        postponed.proceed();
                    },
                    "Stay", e -> { });
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        }
    }

    private void show(ArticleDetail detail) {
        boolean opened = article == null || article.id() != detail.id();
        this.article = detail;
        this.editingVersion = detail.version();
        this.dirty = false;
        ArticleHeader.fill(header, detail);
        fillPairs(detail);
        fillActions(detail);
        runChecks();
        presenceBanner.open(detail.id());
        draftBanner.setVisible(false);
        if (opened && editor && ArticleWorkflow.editable(detail.status())) {
            drafts.find(detail.id()).ifPresent(this::offerDraft);
        }
    }

    /** Text typed and not saved (a closed tab, a lost connection) is offered back. */
    private void offerDraft(Draft draft) {
        if (draft.title().equals(title.getValue()) && draft.paragraphs().equals(texts())) {
            drafts.discard(article.id());
            return;
        }
        draftBanner.removeAll();
        var restore = new Button("Restore it", e -> restore(draft));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var discard = new Button("Discard it", e -> {
            drafts.discard(article.id());
            draftBanner.setVisible(false);
        });
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        draftBanner.add(new Span("You have unsaved changes from " + UserTime.format(draft.savedAt()) + "."),
                restore, discard);
        draftBanner.setVisible(true);
    }

    void restore(Draft draft) {
        title.setValue(draft.title());
        for (int i = 0; i < Math.min(paragraphs.size(), draft.paragraphs().size()); i++) {
            paragraphs.get(i).setValue(draft.paragraphs().get(i));
        }
        // saved against the version it was typed on: if someone saved since, the save is refused, not lost
        editingVersion = draft.baseVersion();
        dirty = true;
        draftBanner.setVisible(false);
    }

    /** Marks the editor dirty and keeps a draft on the server whenever the person pauses typing. */
    private void typing(TextArea area) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dirty = true;
                if (editor && article != null && ArticleWorkflow.editable(article.status())) {
                    drafts.keep(article.id(), editingVersion, title.getValue(), texts());
                }
            }
        });
    }

    private void fillPairs(ArticleDetail d) {
        pairs.removeAll();
        paragraphs.clear();
        boolean editable = editor && ArticleWorkflow.editable(d.status()) && d.translated();
        pairs.add(cell("nd-pair-head", new Span("Original · " + d.originalLanguageName())),
                cell("nd-pair-head", new Span(d.translated() ? "English" : "English · no machine translation yet")));
        pairs.add(original(d, "<h2>" + escape(d.originalTitle()) + "</h2>"), cell("nd-english", title));
        title.setValue(d.title() == null ? "" : d.title());
        title.setReadOnly(!editable);
        int rows = Math.max(d.originalParagraphs().size(), d.paragraphs().size());
        for (int i = 0; i < rows; i++) {
            pairs.add(i < d.originalParagraphs().size() ? original(d, d.originalParagraphs().get(i))
                    : cell("nd-original nd-missing", new Span("—")));
            if (i < d.paragraphs().size()) {
                var area = new TextArea();
                area.setWidthFull();
                area.setAriaLabel("English paragraph " + (i + 1));
                area.setValue(Paragraphs.text(d.paragraphs().get(i)));
                area.setReadOnly(!editable);
                typing(area);
                if (d.paragraphEdited().get(i)) {
                    area.setHelperText("Edited by a person");
                }
                paragraphs.add(area);
                pairs.add(cell("nd-english", area));
            } else {
                pairs.add(cell("nd-english nd-missing", new Span(d.translated() ? "No English paragraph" : "")));
            }
        }
    }

    private Div original(ArticleDetail d, String html) {
        // stored HTML is sanitised at ingestion; cleaning again here keeps the editor safe whatever wrote the row
        var div = cell("nd-original", new Html("<div>" + Jsoup.clean(html, SAFE) + "</div>"));
        div.getElement().setAttribute("dir", d.rightToLeft() ? "rtl" : "ltr");
        div.getElement().setAttribute("lang", d.originalLanguage());
        return div;
    }

    private static Div cell(String className, Component content) {
        var div = new Div(content);
        div.addClassNames(className.split(" "));
        return div;
    }

    private void fillActions(ArticleDetail d) {
        actions.removeAll();
        actions.add(new RouterLink("← Queue", ArticleListView.class));
        if (!editor) {
            actions.add(button("History", "Alt+H", Key.KEY_H, KeyModifier.ALT, this::history));
            return;
        }
        ArticleStatus s = d.status();
        if (ArticleWorkflow.allowed(Action.CLAIM, s)) {
            actions.add(button("Claim", "Alt+C", Key.KEY_C, KeyModifier.ALT, () -> act(() -> review.claim(d.id(),
                    d.version()), "Claimed")));
        }
        if (ArticleWorkflow.editable(s) && d.translated()) {
            actions.add(button("Save", "Ctrl+S", Key.KEY_S, KeyModifier.CONTROL, () -> save(false)));
            actions.add(button("Save & next", "Ctrl+Shift+S", Key.KEY_S, KeyModifier.CONTROL, KeyModifier.SHIFT,
                    () -> save(true)));
        }
        if (ArticleWorkflow.allowed(Action.APPROVE, s) && d.translated()) {
            var approve = button("Approve", "Ctrl+Enter", Key.ENTER, KeyModifier.CONTROL, () -> approve(false));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(approve, button("Approve & next", "Ctrl+Shift+Enter", Key.ENTER, KeyModifier.CONTROL,
                    KeyModifier.SHIFT, () -> approve(true)));
        }
        if (ArticleWorkflow.allowed(Action.REJECT, s)) {
            var reject = button("Reject…", "Alt+R", Key.KEY_R, KeyModifier.ALT, this::askReject);
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        if (ArticleWorkflow.allowed(Action.REOPEN, s)) {
            actions.add(button("Reopen", "Alt+O", Key.KEY_O, KeyModifier.ALT, () -> act(() -> review.reopen(d.id(),
                    d.version()), "Reopened")));
        }
        actions.add(button("History", "Alt+H", Key.KEY_H, KeyModifier.ALT, this::history));
        actions.add(button("Check", "Alt+K", Key.KEY_K, KeyModifier.ALT, this::runChecks));
        actions.add(button("Next in queue", "Alt+N", Key.KEY_N, KeyModifier.ALT, this::next));
    }

    private void history() {
        new HistoryDialog(review, article.id(), editor && ArticleWorkflow.editable(article.status()),
                number -> act(() -> review.restore(article.id(), article.version(), number),
                        "Revision " + number + " restored")).open();
    }

    private Button button(String text, String shortcut, Key key, KeyModifier modifier, Runnable action) {
        return button(text, shortcut, key, modifier, null, action);
    }

    private Button button(String text, String shortcut, Key key, KeyModifier first, KeyModifier second,
                          Runnable action) {
        var button = new Button(text, e -> action.run());
        button.setTooltipText(text.replace("…", "") + " (" + shortcut + ")");
        var registration = second == null ? Shortcuts.addShortcutListener(this, action::run, key, first)
                : Shortcuts.addShortcutListener(this, action::run, key, first, second);
        // blur and refocus the field being typed in first, so that its text reaches the server before the action
        registration.resetFocusOnActiveElement();
        button.addDetachListener(e -> registration.remove());
        return button;
    }

    private void save(boolean thenNext) {
        if (act(() -> review.saveEnglish(article.id(), editingVersion, title.getValue(), texts()), "Saved")
                && thenNext) {
            next();
        }
    }

    private void runChecks() {
        checks.setVisible(article.translated());
        if (article.translated()) {
            checks.show(review.check(article.id(), title.getValue(), texts()));
        }
    }

    private void approve(boolean thenNext) {
        runChecks();
        int open = checks.open().size();
        if (open > 0) {
            var dialog = new ConfirmDialog("Approve with open warnings?", open + (open == 1 ? " translation warning is"
                    : " translation warnings are") + " not dismissed yet.", "Approve anyway", e -> doApprove(thenNext),
                    "Look at them", e -> checks.setOpened(true));
            dialog.open();
        } else {
            doApprove(thenNext);
        }
    }

    private void doApprove(boolean thenNext) {
        boolean ok = act(() -> {
            ArticleDetail saved = dirty ? review.saveEnglish(article.id(), editingVersion, title.getValue(),
                    texts()) : article;
            return review.approve(saved.id(), saved.version());
        }, "Approved");
        if (ok && thenNext) {
            next();
        }
    }

    private void askReject() {
        new RejectDialog(reason -> act(() -> review.reject(article.id(), article.version(), reason), "Rejected"))
                .open();
    }

    private void next() {
        review.nextInQueue(article.id()).ifPresentOrElse(
                id -> getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, new RouteParameters("id",
                        String.valueOf(id)))),
                () -> tell("The queue is empty: nothing is waiting for review.", false));
    }

    /** Runs a service call; shows the result or a sentence that says what went wrong. */
    private boolean act(java.util.function.Supplier<ArticleDetail> call, String done) {
        try {
            show(call.get());
            tell(done, true);
            return true;
        } catch (StaleArticleException e) {
            var dialog = new ConfirmDialog("This article changed", e.getMessage(), "Reload",
                    ev -> review.get(article.id()).ifPresent(this::show), "Keep my text", ev -> { });
            dialog.open();
        } catch (IllegalTransitionException | IllegalArgumentException e) {
            tell(e.getMessage(), false);
        }
        return false;
    }

    private List<String> texts() {
        return paragraphs.stream().map(TextArea::getValue).toList();
    }

    private static void tell(String message, boolean success) {
        var n = Notification.show(message, success ? 2500 : 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text == null ? "" : text);
    }

    ArticleDetail article() {
        return article;
    }

    boolean dirty() {
        return dirty;
    }

    ChecksPanel checks() {
        return checks;
    }

    PresenceBanner presenceBanner() {
        return presenceBanner;
    }

    Div draftBanner() {
        return draftBanner;
    }
}
