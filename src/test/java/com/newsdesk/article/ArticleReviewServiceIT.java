package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class ArticleReviewServiceIT {

    @Autowired
    ArticleReviewService review;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void opening_changes_nothing_and_an_explicit_claim_puts_the_article_in_review_with_an_audit_event() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        var opened = review.get(id).orElseThrow();
        assertThat(opened.status()).isEqualTo(ArticleStatus.TRANSLATED);
        assertThat(opened.rightToLeft()).isFalse();
        assertThat(opened.originalParagraphs()).hasSize(2);
        assertThat(opened.paragraphs()).containsExactly("<p>First paragraph.</p>", "<p>Second paragraph.</p>");

        var claimed = review.claim(id, opened.version());

        assertThat(claimed.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(claimed.version()).isEqualTo(opened.version() + 1);
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id)))
                .and(AUDIT_EVENT.ACTION.eq("ARTICLE_CLAIMED")).fetchSingle();
        assertThat(event.getActor()).isEqualTo("editor");
        assertThat(event.getBefore().data()).contains("TRANSLATED");
        assertThat(event.getAfter().data()).contains("IN_REVIEW");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_first_save_makes_a_revision_marks_the_edited_paragraph_and_puts_the_article_in_review() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "KR");
        var opened = review.get(id).orElseThrow();

        var saved = review.saveEnglish(id, opened.version(), "Edited title",
                List.of("First paragraph.", "Second paragraph, <corrected> & improved."));

        assertThat(saved.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(saved.title()).isEqualTo("Edited title");
        assertThat(saved.paragraphs()).containsExactly("<p>First paragraph.</p>",
                "<p>Second paragraph, &lt;corrected&gt; &amp; improved.</p>");
        assertThat(saved.paragraphEdited()).containsExactly(false, true);
        assertThat(review.revisions(id)).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.author()).isEqualTo("editor");
        });
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))
                .and(AUDIT_EVENT.ACTION.eq("ARTICLE_EDITED")))).isTrue();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void approve_reject_with_a_reason_and_reopen() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "FR");
        var approved = review.approve(id, review.get(id).orElseThrow().version());
        assertThat(approved.status()).isEqualTo(ArticleStatus.APPROVED);
        // an untouched machine translation becomes the article's English on approval
        assertThat(dsl.select(ARTICLE.TITLE, ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("Machine title");
                    assertThat(r.value2()).contains("First paragraph.");
                });

        assertThatThrownBy(() -> review.reject(id, approved.version(), "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason is required");
        var rejected = review.reject(id, approved.version(), "Duplicate of an earlier report");
        assertThat(rejected.status()).isEqualTo(ArticleStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Duplicate of an earlier report");

        assertThatThrownBy(() -> review.approve(id, rejected.version()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("rejected");
        assertThatThrownBy(() -> review.saveEnglish(id, rejected.version(), "x", List.of("y")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("reopen it first");

        var reopened = review.reopen(id, rejected.version());
        assertThat(reopened.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id)))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("ARTICLE_APPROVED", "ARTICLE_REJECTED", "ARTICLE_REOPENED");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void every_save_is_in_the_history_with_its_diff_and_an_earlier_revision_can_be_restored() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "BR");
        var first = review.saveEnglish(id, review.get(id).orElseThrow().version(), "Machine title",
                List.of("First paragraph.", "Second paragraph, improved."));
        var second = review.saveEnglish(id, first.version(), "Better title",
                List.of("First paragraph.", "Second paragraph, improved twice."));

        assertThat(review.revisions(id)).extracting(RevisionItem::number).containsExactly(2, 1);
        assertThat(review.revisionDiff(id, 2, false)).contains(
                new TextDiff.Chunk(TextDiff.Kind.REMOVED, "Machine"), new TextDiff.Chunk(TextDiff.Kind.ADDED, "Better"));
        assertThat(review.revisionDiff(id, 1, true)).contains(
                new TextDiff.Chunk(TextDiff.Kind.REMOVED, "paragraph."),
                new TextDiff.Chunk(TextDiff.Kind.ADDED, "paragraph, improved."));

        var restored = review.restore(id, second.version(), 1);

        assertThat(restored.title()).isEqualTo("Machine title");
        assertThat(restored.paragraphs()).containsExactly("<p>First paragraph.</p>",
                "<p>Second paragraph, improved.</p>");
        assertThat(review.revisions(id)).first().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.kind()).isEqualTo("RESTORE");
        });
        assertThatThrownBy(() -> review.restore(id, second.version(), 2)).isInstanceOf(StaleArticleException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_stale_save_is_refused_and_overwrites_nothing() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "DE");
        int loaded = review.get(id).orElseThrow().version();
        review.saveEnglish(id, loaded, "First editor's title", List.of("First editor's text.", "Second paragraph."));

        assertThatThrownBy(() -> review.saveEnglish(id, loaded, "Second editor's title", List.of("Other text.")))
                .isInstanceOf(StaleArticleException.class).hasMessageContaining("reload");
        assertThat(review.get(id).orElseThrow().title()).isEqualTo("First editor's title");
        assertThat(review.revisions(id)).hasSize(1);
    }

    @Test
    void two_editors_saving_the_same_version_at_once_one_wins_and_the_other_is_told() throws Exception {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "ES");
        int loaded = dsl.select(ARTICLE.VERSION).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String who : List.of("editor", "chief")) {
            results.add(pool.submit((Callable<String>) () -> {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        who, null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
                start.await();
                try {
                    review.saveEnglish(id, loaded, who + "'s title", List.of(who + "'s text."));
                    return "saved";
                } catch (StaleArticleException e) {
                    return "stale";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        assertThat(dsl.fetchCount(ARTICLE_REVISION, ARTICLE_REVISION.ARTICLE_ID.eq(id))).isEqualTo(1);
        String title = dsl.select(ARTICLE.TITLE).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1();
        assertThat(title).isIn("editor's title", "chief's title");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_reads_but_cannot_edit_or_approve_even_without_the_view() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        int version = review.get(id).orElseThrow().version();
        assertThatThrownBy(() -> review.saveEnglish(id, version, "t", List.of("p")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> review.approve(id, version)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> review.claim(id, version)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(review.get(id).orElseThrow().status()).isEqualTo(ArticleStatus.TRANSLATED);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void next_in_queue_is_the_next_article_waiting_for_review() {
        long first = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        var next = review.nextInQueue(first).orElseThrow();
        assertThat(next).isNotEqualTo(first);
        assertThat(review.get(next).orElseThrow().status()).isIn(ArticleStatus.TRANSLATED, ArticleStatus.IN_REVIEW);
    }
}
