package com.newsdesk.article.ui;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

import com.newsdesk.article.ArticleChanges;
import com.newsdesk.article.ArticleDetail;
import com.newsdesk.article.ArticleReviewService;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.ArticleTranslationService;
import com.newsdesk.article.MachineTranslation;
import com.newsdesk.article.TextDiff;
import com.newsdesk.translation.TranslationException;
import com.newsdesk.article.ArticleWorkflow;
import com.newsdesk.article.ArticleWorkflow.Action;
import com.newsdesk.article.Draft;
import com.newsdesk.article.DraftService;
import com.newsdesk.article.IllegalTransitionException;
import com.newsdesk.article.Paragraphs;
import com.newsdesk.article.PresenceService;
import com.newsdesk.article.PublishingService;
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
import com.vaadin.flow.component.icon.VaadinIcon;
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
    private final transient ArticleTranslationService translations;
    /** Set while a machine translation runs in the background; actions wait for it. */
    private boolean translating;
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
    private final PublishingPanel publishing;
    private final List<TextArea> paragraphs = new ArrayList<>();
    private ArticleDetail article;
    private boolean dirty;

    public ArticleEditorView(ArticleReviewService review, AuthenticationContext authentication,
                             PresenceService presence, ArticleChanges changes, DraftService drafts,
                             ArticleTranslationService translations, PublishingService publishing) {
        this.review = review;
        this.publishing = new PublishingPanel(publishing, this::published, this::failed);
        this.translations = translations;
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
        add(actions, this.publishing, presenceBanner, draftBanner, header, checks, pairs);
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
        publishing.show(detail.id());
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
        boolean editable = editor && (ArticleWorkflow.editable(d.status()) || d.status() == ArticleStatus.PUBLISHED)
                && d.translated();
        pairs.add(cell("nd-pair-head", new Span("Original · " + d.originalLanguageName())),
                cell("nd-pair-head", new Span(d.translated() ? "English" : waitingText(d))));
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
                if (editable && canTranslate(d) && i < d.originalParagraphs().size()) {
                    final int index = i;
                    var again = new Button(VaadinIcon.REFRESH.create(), e -> translateParagraph(index));
                    again.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    again.setTooltipText("Translate paragraph " + (i + 1) + " again by machine");
                    again.setAriaLabel("Translate paragraph " + (i + 1) + " again");
                    area.setSuffixComponent(again);
                }
                paragraphs.add(area);
                pairs.add(cell("nd-english", area));
            } else {
                pairs.add(cell("nd-english nd-missing", new Span(d.translated() ? "No English paragraph" : "")));
            }
        }
    }

    private String waitingText(ArticleDetail d) {
        String text = "English · waiting for machine translation";
        if (!canTranslate(d)) {
            text += ": no translation service is configured (newsdesk.translation.provider)";
        } else if (d.machineError() != null) {
            text += ". The last attempt failed: " + d.machineError();
        }
        return text;
    }

    /** Whether a machine translation can be asked for: a service is configured, or the original is English. */
    private boolean canTranslate(ArticleDetail d) {
        return MachineTranslation.english(d.originalLanguage()) || translations.providerConfigured();
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
        actions.add(takesButton(d.id()));
        if (!editor) {
            actions.add(button("History", "Alt+H", Key.KEY_H, KeyModifier.ALT, this::history));
            actions.add(button("Preview", "Alt+V", Key.KEY_V, KeyModifier.ALT, this::preview));
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
        if ((ArticleWorkflow.editable(s) || s == ArticleStatus.INGESTED) && canTranslate(d)) {
            actions.add(button(d.translated() ? "Translate again…" : "Translate now", "Alt+T", Key.KEY_T,
                    KeyModifier.ALT, this::askTranslate));
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
        fillPublishActions(s);
        actions.add(button("History", "Alt+H", Key.KEY_H, KeyModifier.ALT, this::history));
        actions.add(button("Check", "Alt+K", Key.KEY_K, KeyModifier.ALT, this::runChecks));
        actions.add(button("Next in queue", "Alt+N", Key.KEY_N, KeyModifier.ALT, this::next));
    }

    /** Publish, schedule, unpublish and corrections: what the article's status allows. */
    private void fillPublishActions(ArticleStatus s) {
        if (s == ArticleStatus.APPROVED || s == ArticleStatus.UNPUBLISHED) {
            var publish = button(s == ArticleStatus.UNPUBLISHED ? "Republish" : "Publish", "Alt+P", Key.KEY_P,
                    KeyModifier.ALT, () -> whenSaved("publishing", publishing::publish));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (s == ArticleStatus.APPROVED) {
            actions.add(button(publishing.state().scheduled() ? "Reschedule…" : "Schedule…", "Alt+L", Key.KEY_L,
                    KeyModifier.ALT, () -> whenSaved("scheduling", publishing::schedule)));
            if (publishing.state().scheduled()) {
                actions.add(button("Cancel schedule", "Alt+Shift+L", Key.KEY_L, KeyModifier.ALT, KeyModifier.SHIFT,
                        publishing::cancelSchedule));
            }
        }
        if (s == ArticleStatus.PUBLISHED && article.translated()) {
            actions.add(button("Save correction…", "Ctrl+S", Key.KEY_S, KeyModifier.CONTROL, this::correct));
            var unpublish = button("Unpublish…", "Alt+U", Key.KEY_U, KeyModifier.ALT, publishing::unpublish);
            unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(unpublish);
        }
        actions.add(button("Preview", "Alt+V", Key.KEY_V, KeyModifier.ALT, this::preview));
    }

    /** Publishing works on the saved English: unsaved text is saved first, or the editor is asked to. */
    private void whenSaved(String what, Runnable step) {
        if (dirty) {
            tell("Save your changes first: " + what + " uses the saved English.", false);
            return;
        }
        step.run();
    }

    private void correct() {
        if (!dirty) {
            tell("Nothing to correct: change the English first.", false);
            return;
        }
        PublishingPanel.askCorrectionNote(note -> act(() -> review.saveCorrection(article.id(), editingVersion,
                title.getValue(), texts(), note), "Correction published"));
    }

    private void preview() {
        getUI().ifPresent(ui -> ui.navigate("articles/" + article.id() + "/preview"));
    }

    private void published() {
        review.get(article.id()).ifPresent(this::show);
        tell(switch (publishing.state().status()) {
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
            default -> publishing.state().scheduled() ? "Scheduled" : "Schedule cancelled";
        }, true);
    }

    private void failed(RuntimeException e) {
        if (e instanceof StaleArticleException stale) {
            stale(stale);
        } else if (e instanceof IllegalTransitionException || e instanceof IllegalArgumentException) {
            tell(e.getMessage(), false);
        } else {
            throw e;
        }
    }

    /** The alternative takes of the article (a screen of the takes feature, reached by its address). */
    private Button takesButton(long id) {
        var takes = button("Alternative takes", "Alt+A", Key.KEY_A, KeyModifier.ALT,
                () -> getUI().ifPresent(ui -> ui.navigate("articles/" + id + "/takes")));
        takes.setIcon(VaadinIcon.LINK.create());
        takes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takes.addClassName("nd-takes-link");
        return takes;
    }

    /**
     * A new machine translation of the whole article. Parts people edited are listed for the editor to tick if the
     * new machine text should replace them; unticked, they stay.
     */
    private void askTranslate() {
        if (!saved("a new translation")) {
            return;
        }
        var d = article;
        boolean titleEdited = d.title() != null && !d.title().equals(d.machineTitle());
        List<Integer> edited = new ArrayList<>();
        for (int i = 0; i < d.paragraphEdited().size(); i++) {
            if (d.paragraphEdited().get(i)) {
                edited.add(i);
            }
        }
        if (!titleEdited && edited.isEmpty()) {
            translate(false, java.util.Set.of());
            return;
        }
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Translate again by machine");
        dialog.add(new com.vaadin.flow.component.html.Paragraph("Parts edited by a person stay as they are. Tick "
                + "those the new machine translation should replace."));
        var title = new com.vaadin.flow.component.checkbox.Checkbox("Title: " + shorten(d.title()));
        title.setVisible(titleEdited);
        dialog.add(title);
        List<com.vaadin.flow.component.checkbox.Checkbox> boxes = new ArrayList<>();
        for (int i : edited) {
            var box = new com.vaadin.flow.component.checkbox.Checkbox("Paragraph " + (i + 1) + ": "
                    + shorten(Paragraphs.text(d.paragraphs().get(i))));
            box.setId("nd-replace-" + i);
            boxes.add(box);
            dialog.add(new Div(box));
        }
        var go = new Button("Translate", e -> {
            java.util.Set<Integer> replace = new java.util.HashSet<>();
            for (int k = 0; k < boxes.size(); k++) {
                if (boxes.get(k).getValue()) {
                    replace.add(edited.get(k));
                }
            }
            dialog.close();
            translate(title.getValue(), replace);
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), go);
        dialog.open();
    }

    private void translateParagraph(int index) {
        if (saved("a new translation of a paragraph")) {
            long id = article.id();
            int version = article.version();
            inBackground("Translating paragraph " + (index + 1) + "…",
                    () -> translations.retranslateParagraph(id, version, index), "Paragraph " + (index + 1)
                            + " translated again");
        }
    }

    private void translate(boolean replaceTitle, java.util.Set<Integer> replace) {
        long id = article.id();
        int version = article.version();
        inBackground("Translating…", () -> translations.retranslate(id, version, replaceTitle, replace),
                "Translated again by machine");
    }

    /** Unsaved text would be lost under a new translation: ask for a save first. */
    private boolean saved(String what) {
        if (dirty) {
            tell("Save your changes first: " + what + " works on the saved English.", false);
            return false;
        }
        return !translating;
    }

    /**
     * Runs a slow service call off the UI thread, as the signed-in editor, with a progress bar; the result is shown
     * when it comes back (Push).
     */
    private void inBackground(String progressText, java.util.function.Supplier<ArticleDetail> call, String done) {
        var ui = getUI().orElseThrow();
        var progress = new com.vaadin.flow.component.progressbar.ProgressBar();
        progress.setIndeterminate(true);
        var label = new Span(progressText);
        var box = new Div(label, progress);
        box.addClassName("nd-progress");
        addComponentAtIndex(1, box);
        translating = true;
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        Thread.ofVirtual().name("retranslate-" + article.id()).start(() -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            try {
                ArticleDetail result = call.get();
                ui.access(() -> {
                    remove(box);
                    translating = false;
                    show(result);
                    tell(done, true);
                });
            } catch (TranslationException | IllegalArgumentException | IllegalTransitionException e) {
                ui.access(() -> {
                    remove(box);
                    translating = false;
                    tell(e.getMessage(), false);
                });
            } catch (StaleArticleException e) {
                ui.access(() -> {
                    remove(box);
                    translating = false;
                    stale(e);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    remove(box);
                    translating = false;
                    tell("The translation could not be done. Please try again.", false);
                });
                throw e;
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 59) + "…";
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
        ReasonDialog.reject(reason -> act(() -> review.reject(article.id(), article.version(), reason), "Rejected"))
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
            stale(e);
        } catch (IllegalTransitionException | IllegalArgumentException e) {
            tell(e.getMessage(), false);
        }
        return false;
    }

    /** Someone saved in between: reload theirs, compare it with mine, or keep mine on screen (nothing is lost). */
    private void stale(StaleArticleException e) {
        var dialog = new ConfirmDialog("This article changed", e.getMessage(), "Reload",
                ev -> review.get(article.id()).ifPresent(this::show));
        dialog.setRejectable(true);
        dialog.setRejectText("Compare");
        dialog.addRejectListener(ev -> compare());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my text");
        dialog.open();
    }

    /** The saved English (theirs) against the text on screen (mine), word by word. */
    void compare() {
        var saved = review.get(article.id()).orElseThrow();
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Saved version " + saved.version() + " (struck through) against your text (underlined)");
        dialog.addClassName("nd-compare");
        var diff = new Div();
        diff.addClassName("nd-diff");
        HistoryDialog.render(diff, TextDiff.diff(TextDiff.plain(saved.title(), saved.paragraphs()),
                TextDiff.plain(title.getValue(), texts().stream().map(Paragraphs::fromText).toList())));
        dialog.add(diff);
        dialog.setWidth("min(60rem, 95vw)");
        var reload = new Button("Take the saved version", ev -> {
            dialog.close();
            show(saved);
        });
        var keep = new Button("Keep my text", ev -> {
            // my text stays on screen, now based on the saved version: the next save replaces theirs knowingly
            editingVersion = saved.version();
            dialog.close();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setTooltipText("Keep your text on screen; saving then replaces the saved version, which stays in the "
                + "history");
        dialog.getFooter().add(reload, keep);
        dialog.open();
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
