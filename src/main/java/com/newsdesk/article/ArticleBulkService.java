package com.newsdesk.article;

import com.newsdesk.article.ArticleWorkflow.Action;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One step of a bulk action, for one article: it succeeds or says why not, and never stops the others. Each article
 * is its own transaction (through {@link ArticleReviewService}), so one refusal leaves the rest done.
 */
@Service
public class ArticleBulkService {

    /** What happened to one article of a bulk action. */
    public record Outcome(long id, boolean done, String message) {
    }

    private final ArticleReviewService review;
    private final ArticleTranslationService translations;

    ArticleBulkService(ArticleReviewService review, ArticleTranslationService translations) {
        this.review = review;
        this.translations = translations;
    }

    /**
     * A new machine translation of the article at its current version; paragraphs a person edited stay (in bulk
     * nobody ticks them).
     */
    @PreAuthorize(Roles.IS_EDITOR)
    public Outcome retranslate(long id) {
        try {
            var article = review.get(id).orElse(null);
            if (article == null) {
                return new Outcome(id, false, "#" + id + " no longer exists.");
            }
            translations.retranslate(id, article.version(), false, java.util.Set.of());
            return new Outcome(id, true, "#" + id + " translated again.");
        } catch (IllegalTransitionException | IllegalArgumentException | StaleArticleException
                 | com.newsdesk.translation.TranslationException e) {
            return new Outcome(id, false, "#" + id + ": " + e.getMessage());
        }
    }

    /** Claims or rejects (with {@code reason}) the article at its current version. */
    @PreAuthorize(Roles.IS_EDITOR)
    public Outcome apply(Action action, long id, String reason) {
        try {
            var article = review.get(id).orElse(null);
            if (article == null) {
                return new Outcome(id, false, "#" + id + " no longer exists.");
            }
            switch (action) {
                case CLAIM -> review.claim(id, article.version());
                case REJECT -> review.reject(id, article.version(), reason);
                default -> throw new IllegalArgumentException("Bulk " + action.verb() + " is not offered.");
            }
            return new Outcome(id, true, "#" + id + " " + action.target().label().toLowerCase() + ".");
        } catch (IllegalTransitionException | IllegalArgumentException | StaleArticleException e) {
            return new Outcome(id, false, "#" + id + ": " + e.getMessage());
        }
    }
}
