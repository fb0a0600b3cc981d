package com.newsdesk.article;

import static com.newsdesk.article.ArticleStatus.APPROVED;
import static com.newsdesk.article.ArticleStatus.INGESTED;
import static com.newsdesk.article.ArticleStatus.IN_REVIEW;
import static com.newsdesk.article.ArticleStatus.PUBLISHED;
import static com.newsdesk.article.ArticleStatus.REJECTED;
import static com.newsdesk.article.ArticleStatus.TRANSLATED;
import static com.newsdesk.article.ArticleStatus.UNPUBLISHED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The editorial transitions of product.md's workflow table that people make (ingestion and translation are the
 * system's; publishing is the publishing feature's). One place says what is legal, for the service and the UI.
 */
public final class ArticleWorkflow {

    /** What a person does to an article, and the state it leads to. */
    public enum Action {
        CLAIM("claim", "ARTICLE_CLAIMED", IN_REVIEW),
        APPROVE("approve", "ARTICLE_APPROVED", APPROVED),
        REJECT("reject", "ARTICLE_REJECTED", REJECTED),
        REOPEN("reopen", "ARTICLE_REOPENED", IN_REVIEW);

        private final String verb;
        private final String auditAction;
        private final ArticleStatus target;

        Action(String verb, String auditAction, ArticleStatus target) {
            this.verb = verb;
            this.auditAction = auditAction;
            this.target = target;
        }

        /** How the audit log names this step. */
        public String auditAction() {
            return auditAction;
        }

        public ArticleStatus target() {
            return target;
        }

        public String verb() {
            return verb;
        }
    }

    private static final Map<Action, Set<ArticleStatus>> FROM = Map.of(
            Action.CLAIM, EnumSet.of(TRANSLATED),
            Action.APPROVE, EnumSet.of(TRANSLATED, IN_REVIEW),
            Action.REJECT, EnumSet.of(INGESTED, TRANSLATED, IN_REVIEW, APPROVED),
            Action.REOPEN, EnumSet.of(REJECTED, UNPUBLISHED));

    /** States whose English an editor may change here (published articles get corrections elsewhere). */
    private static final Set<ArticleStatus> EDITABLE = EnumSet.of(TRANSLATED, IN_REVIEW, APPROVED);

    private ArticleWorkflow() {
    }

    public static boolean allowed(Action action, ArticleStatus from) {
        return FROM.get(action).contains(from);
    }

    public static boolean editable(ArticleStatus status) {
        return EDITABLE.contains(status);
    }

    /** Throws with a sentence a person understands when the action is not legal from this state. */
    public static void check(Action action, ArticleStatus from) {
        if (!allowed(action, from)) {
            throw new IllegalTransitionException("An article that is " + from.label().toLowerCase()
                    + " cannot be " + switch (action) {
                        case CLAIM -> "claimed: only translated articles waiting for review can";
                        case APPROVE -> "approved: only translated articles and articles in review can";
                        case REJECT -> "rejected" + (from == PUBLISHED ? ": unpublish it instead" : "");
                        case REOPEN -> "reopened: only rejected or unpublished articles can";
                    } + ".");
        }
    }

    public static void checkEditable(ArticleStatus status) {
        if (!editable(status)) {
            throw new IllegalTransitionException("An article that is " + status.label().toLowerCase()
                    + " cannot be edited here" + (status == REJECTED ? ": reopen it first." : "."));
        }
    }
}
