package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleWorkflow.Action;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class ArticleBulkServiceIT {

    @Autowired
    ArticleBulkService bulk;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void each_article_is_done_or_says_why_not_and_one_refusal_stops_nothing() {
        long translated = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        long published = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "JP");
        long inReview = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "JP");

        var claimed = bulk.apply(Action.CLAIM, translated, null);
        var refused = bulk.apply(Action.REJECT, published, "Not news");
        var rejected = bulk.apply(Action.REJECT, inReview, "Not news");

        assertThat(claimed.done()).isTrue();
        assertThat(refused.done()).isFalse();
        assertThat(refused.message()).contains("#" + published, "unpublish it instead");
        assertThat(rejected.done()).isTrue();
        assertThat(status(translated)).isEqualTo("IN_REVIEW");
        assertThat(status(published)).isEqualTo("PUBLISHED");
        assertThat(status(inReview)).isEqualTo("REJECTED");
        assertThat(bulk.apply(Action.CLAIM, 999_999_999L, null).message()).contains("no longer exists");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void reviewers_cannot_act_in_bulk() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        assertThatThrownBy(() -> bulk.apply(Action.CLAIM, id, null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private String status(long id) {
        return dsl.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1();
    }
}
