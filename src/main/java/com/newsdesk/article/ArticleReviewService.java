package com.newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.newsdesk.article.ArticleWorkflow.Action;
import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of one article: read it, edit its English (a revision per save), claim, approve, reject, reopen.
 * Every change is checked against the workflow, saved only if nobody saved in between (the version the editor
 * loaded), and written to the audit log in the same transaction.
 */
@Service
@Transactional
public class ArticleReviewService {

    private final ArticleReviewRepository repository;
    private final AuditTrail audit;
    private final int titleLimit;

    ArticleReviewService(ArticleReviewRepository repository, AuditTrail audit,
                         @Value("${newsdesk.review.title-limit:110}") int titleLimit) {
        this.repository = repository;
        this.audit = audit;
        this.titleLimit = titleLimit;
    }

    /** The translation checks of the English as the editor has it now (saved or not), against the original. */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public List<TranslationChecks.Warning> check(long id, String title, List<String> paragraphTexts) {
        ArticleDetail article = load(id);
        return TranslationChecks.check(article.originalTitle(),
                article.originalParagraphs().stream().map(Paragraphs::text).toList(), title, paragraphTexts,
                repository.glossary(article.originalLanguage()), titleLimit);
    }

    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public Optional<ArticleDetail> get(long id) {
        return repository.find(id);
    }

    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public List<RevisionItem> revisions(long id) {
        return repository.revisions(id);
    }

    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public Optional<Long> nextInQueue(long id) {
        return repository.nextInQueue(id);
    }

    /**
     * Saves the English title and paragraphs (plain text each, as the editor typed them) as a new revision. The first
     * save of a translated article puts it in review. Paragraphs whose text the editor did not change keep their HTML.
     */
    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail saveEnglish(long id, int version, String title, List<String> paragraphTexts) {
        ArticleDetail current = load(id);
        ArticleWorkflow.checkEditable(current.status());
        Edit edit = edit(current, title, paragraphTexts);
        ArticleStatus status = current.status() == ArticleStatus.TRANSLATED ? ArticleStatus.IN_REVIEW
                : current.status();
        long user = userId();
        if (!repository.saveEnglish(id, version, edit.title(), edit.body(), edit.flags(), status, user)) {
            throw new StaleArticleException(id);
        }
        int revision = repository.addRevision(id, "EDIT", edit.title(), edit.body(), edit.flags(), user);
        repository.deleteDraft(id, CurrentUser.username().orElseThrow());
        audit.record("ARTICLE_EDITED", "article", id, Map.of("version", version, "title", nullToEmpty(current.title())),
                Map.of("version", version + 1, "title", edit.title(), "revision", revision), null);
        if (status != current.status()) {
            audit.record(Action.CLAIM.auditAction(), "article", id, Map.of("status", current.status()),
                    Map.of("status", status), "first save of the English");
        }
        return load(id);
    }

    /**
     * Saves a change of a published article's English as a correction (product.md): it goes live at once, with an
     * "updated" time and the optional {@code note} the app shows with the article.
     */
    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail saveCorrection(long id, int version, String title, List<String> paragraphTexts, String note) {
        ArticleDetail current = load(id);
        if (current.status() != ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException("Only a published article gets a correction; this one is "
                    + current.status().label().toLowerCase() + ".");
        }
        Edit edit = edit(current, title, paragraphTexts);
        long user = userId();
        if (!repository.saveEnglish(id, version, edit.title(), edit.body(), edit.flags(), current.status(), user)) {
            throw new StaleArticleException(id);
        }
        int revision = repository.addRevision(id, "CORRECTION", edit.title(), edit.body(), edit.flags(), user);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        repository.markCorrected(id, revision, cleanNote);
        repository.deleteDraft(id, CurrentUser.username().orElseThrow());
        audit.record("ARTICLE_CORRECTED", "article", id, Map.of("version", version, "title", nullToEmpty(current.title())),
                Map.of("version", version + 1, "title", edit.title(), "revision", revision), cleanNote);
        return load(id);
    }

    private record Edit(String title, String body, Boolean[] flags) {
    }

    /** The English as typed, as stored HTML: paragraphs whose text did not change keep their HTML and flag. */
    private static Edit edit(ArticleDetail current, String title, List<String> paragraphTexts) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The English title must not be empty.");
        }
        List<String> paragraphs = new ArrayList<>();
        List<Boolean> edited = new ArrayList<>();
        for (int i = 0; i < paragraphTexts.size(); i++) {
            String text = paragraphTexts.get(i) == null ? "" : paragraphTexts.get(i).strip();
            String before = i < current.paragraphs().size() ? current.paragraphs().get(i) : null;
            boolean unchanged = before != null && Paragraphs.text(before).equals(text);
            if (text.isEmpty()) {
                continue; // an emptied paragraph is removed
            }
            paragraphs.add(unchanged ? before : Paragraphs.fromText(text));
            edited.add(unchanged ? current.paragraphEdited().get(i) : true);
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("The English body must have at least one paragraph.");
        }
        return new Edit(title.strip(), Paragraphs.join(paragraphs), edited.toArray(Boolean[]::new));
    }

    /**
     * The diff of a revision against the machine translation ({@code againstMachine}) or against the revision
     * before it (the machine translation for the first revision).
     */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public List<TextDiff.Chunk> revisionDiff(long id, int number, boolean againstMachine) {
        ArticleDetail article = load(id);
        RevisionText revision = repository.revision(id, number)
                .orElseThrow(() -> new IllegalArgumentException("There is no revision " + number + "."));
        String before = againstMachine || number == 1
                ? TextDiff.plain(article.machineTitle(), article.machineParagraphs())
                : repository.revision(id, number - 1).map(r -> TextDiff.plain(r.title(), r.paragraphs()))
                        .orElse(TextDiff.plain(article.machineTitle(), article.machineParagraphs()));
        return TextDiff.diff(before, TextDiff.plain(revision.title(), revision.paragraphs()));
    }

    /** Makes an earlier revision's English the current one again, as a new revision. */
    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail restore(long id, int version, int number) {
        ArticleDetail current = load(id);
        ArticleWorkflow.checkEditable(current.status());
        RevisionText revision = repository.revision(id, number)
                .orElseThrow(() -> new IllegalArgumentException("There is no revision " + number + "."));
        String body = Paragraphs.join(revision.paragraphs());
        long user = userId();
        if (!repository.saveEnglish(id, version, revision.title(), body, revision.edited(), current.status(), user)) {
            throw new StaleArticleException(id);
        }
        int created = repository.addRevision(id, "RESTORE", revision.title(), body, revision.edited(), user);
        audit.record("ARTICLE_RESTORED", "article", id, Map.of("version", version),
                Map.of("version", version + 1, "restoredRevision", number, "revision", created), null);
        return load(id);
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail claim(long id, int version) {
        return transition(id, version, Action.CLAIM, null);
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail approve(long id, int version) {
        ArticleDetail current = load(id);
        if (current.title() == null || current.paragraphs().isEmpty()) {
            throw new IllegalTransitionException("This article has no English yet: it cannot be approved.");
        }
        return transition(id, version, Action.APPROVE, null);
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail reject(long id, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to reject an article.");
        }
        return transition(id, version, Action.REJECT, reason.strip());
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail reopen(long id, int version) {
        return transition(id, version, Action.REOPEN, null);
    }

    private ArticleDetail transition(long id, int version, Action action, String reason) {
        ArticleDetail current = load(id);
        ArticleWorkflow.check(action, current.status());
        if (current.version() != version) {
            throw new StaleArticleException(id);
        }
        if (!repository.transition(id, version, action.target(), reason, userId())) {
            throw new StaleArticleException(id);
        }
        audit.record(action.auditAction(), "article", id,
                Map.of("status", current.status(), "version", version),
                Map.of("status", action.target(), "version", version + 1), reason);
        return load(id);
    }

    private ArticleDetail load(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalArgumentException("There is no article #" + id + "."));
    }

    private long userId() {
        String username = CurrentUser.username().orElseThrow();
        return repository.userId(username).orElseThrow(
                () -> new IllegalStateException("The user " + username + " is not in the database"));
    }

    private static String nullToEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
