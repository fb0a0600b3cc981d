package com.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class DraftServiceIT {

    @Autowired
    DraftService drafts;
    @Autowired
    ArticleReviewService review;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_draft_is_kept_per_editor_until_the_english_is_saved() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "IT");
        int version = review.get(id).orElseThrow().version();
        drafts.keep(id, version, "Draft title", List.of("Typed but not saved.", "Second."));
        drafts.keep(id, version, "Draft title, later", List.of("Typed but not saved, later.", "Second."));

        assertThat(drafts.find(id)).hasValueSatisfying(d -> {
            assertThat(d.baseVersion()).isEqualTo(version);
            assertThat(d.title()).isEqualTo("Draft title, later");
            assertThat(d.paragraphs()).containsExactly("Typed but not saved, later.", "Second.");
        });

        review.saveEnglish(id, version, "Saved title", List.of("Saved.", "Second."));
        assertThat(drafts.find(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void reviewers_keep_no_drafts() {
        assertThatThrownBy(() -> drafts.keep(1, 0, "t", List.of("p"))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
