package com.newsdesk.article;

import static com.newsdesk.article.ArticleStatus.APPROVED;
import static com.newsdesk.article.ArticleStatus.INGESTED;
import static com.newsdesk.article.ArticleStatus.IN_REVIEW;
import static com.newsdesk.article.ArticleStatus.PUBLISHED;
import static com.newsdesk.article.ArticleStatus.REJECTED;
import static com.newsdesk.article.ArticleStatus.TRANSLATED;
import static com.newsdesk.article.ArticleStatus.UNPUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.newsdesk.article.ArticleWorkflow.Action;
import org.junit.jupiter.api.Test;

/** The workflow table of product.md, row by row, for the steps people take in review. */
class ArticleWorkflowTest {

    private static final Map<Action, Set<ArticleStatus>> LEGAL = Map.of(
            Action.CLAIM, EnumSet.of(TRANSLATED),
            Action.APPROVE, EnumSet.of(TRANSLATED, IN_REVIEW),
            Action.REJECT, EnumSet.of(INGESTED, TRANSLATED, IN_REVIEW, APPROVED),
            Action.REOPEN, EnumSet.of(REJECTED, UNPUBLISHED));

    @Test
    void every_action_is_legal_exactly_from_the_states_of_the_table() {
        for (Action action : Action.values()) {
            for (ArticleStatus from : ArticleStatus.values()) {
                boolean legal = LEGAL.get(action).contains(from);
                assertThat(ArticleWorkflow.allowed(action, from)).as("%s from %s", action, from).isEqualTo(legal);
                if (legal) {
                    ArticleWorkflow.check(action, from);
                } else {
                    assertThatThrownBy(() -> ArticleWorkflow.check(action, from))
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining(from.label().toLowerCase());
                }
            }
        }
    }

    @Test
    void the_targets_are_those_of_the_table() {
        assertThat(Action.CLAIM.target()).isEqualTo(IN_REVIEW);
        assertThat(Action.APPROVE.target()).isEqualTo(APPROVED);
        assertThat(Action.REJECT.target()).isEqualTo(REJECTED);
        assertThat(Action.REOPEN.target()).isEqualTo(IN_REVIEW);
    }

    @Test
    void a_published_article_is_unpublished_not_rejected_and_is_not_edited_here() {
        assertThatThrownBy(() -> ArticleWorkflow.check(Action.REJECT, PUBLISHED)).hasMessageContaining("unpublish");
        assertThatThrownBy(() -> ArticleWorkflow.checkEditable(PUBLISHED)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ArticleWorkflow.checkEditable(REJECTED)).hasMessageContaining("reopen it first");
        assertThat(ArticleWorkflow.editable(IN_REVIEW)).isTrue();
    }
}
