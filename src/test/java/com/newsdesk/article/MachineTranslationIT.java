package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.newsdesk.ItHttpStub;
import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.translation.TranslationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Machine translation against the stub translation service: the job, failures, and editors' re-translations. */
@NewsdeskIntegrationTest
class MachineTranslationIT {

    @Autowired
    MachineTranslation translation;
    @Autowired
    ArticleTranslationService service;
    @Autowired
    ArticleReviewService review;
    @Autowired
    TranslationRepository pending;
    @Autowired
    ArticleBulkService bulk;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void serviceWorksAgain() {
        ItHttpStub.failTranslations(0);
    }

    /** A waiting article ingested just now, so that the job, newest first, takes it first. */
    private long waiting(String country) {
        long id = TestArticles.create(dsl, ArticleStatus.INGESTED, country);
        dsl.update(ARTICLE).set(ARTICLE.INGESTED_AT, OffsetDateTime.now().plusMinutes(1)).where(ARTICLE.ID.eq(id))
                .execute();
        return id;
    }

    @Test
    void the_job_translates_the_newest_waiting_article_and_it_joins_the_queue() {
        long id = waiting("JP");
        assertThat(translation.translatePending(1)).isEqualTo(1);

        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("TRANSLATED");
        assertThat(row.getMtTitle()).isEqualTo("EN 原題");
        assertThat(Paragraphs.split(row.getMtBody())).containsExactly("<p>EN 第一段落。</p>", "<p>EN 第二段落。</p>");
        assertThat(row.getMtEngine()).isEqualTo("libretranslate");
        assertThat(row.getMtError()).isNull();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))
                .and(AUDIT_EVENT.ACTION.eq("ARTICLE_TRANSLATED")))).isEqualTo(1);
    }

    @Test
    void a_failing_service_is_recorded_on_the_article_and_retried_later() {
        long id = waiting("KR");
        ItHttpStub.failTranslations(503);
        assertThat(translation.translatePending(1)).isZero();

        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("INGESTED");
        assertThat(row.getMtError()).contains("translation service");
        assertThat(row.getMtAttempts()).isEqualTo(1);
        assertThat(row.getMtNextAttemptAt()).isAfter(OffsetDateTime.now());
        // not due until then: the job's next runs leave it alone
        assertThat(pending.due(100_000)).doesNotContain(id);
    }

    @Test
    void an_english_original_is_its_own_english_and_is_not_sent_anywhere() {
        long id = waiting("GB");
        int before = ItHttpStub.translations();
        assertThat(dsl.select(SOURCE_SITE.LANGUAGE_CODE).from(SOURCE_SITE).join(ARTICLE)
                .on(ARTICLE.SOURCE_SITE_ID.eq(SOURCE_SITE.ID)).where(ARTICLE.ID.eq(id)).fetchSingle().value1())
                .isEqualTo("en");
        translation.translatePending(1);
        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("TRANSLATED");
        assertThat(row.getMtTitle()).isEqualTo(row.getOriginalTitle());
        assertThat(row.getMtEngine()).isEqualTo(MachineTranslation.ENGLISH_ORIGINAL);
        assertThat(ItHttpStub.translations()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("editor")
    void a_new_translation_keeps_what_people_edited_unless_the_editor_ticks_it() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        var edited = review.saveEnglish(id, 0, "Machine title", List.of("My own first paragraph.", "Second paragraph."));
        assertThat(edited.paragraphEdited()).containsExactly(true, false);

        var after = service.retranslate(id, edited.version(), false, Set.of());
        assertThat(after.paragraphs()).containsExactly("<p>My own first paragraph.</p>", "<p>EN 第二段落。</p>");
        assertThat(after.paragraphEdited()).containsExactly(true, false);
        assertThat(after.machineParagraphs()).containsExactly("<p>EN 第一段落。</p>", "<p>EN 第二段落。</p>");
        assertThat(after.title()).isEqualTo("EN 原題"); // the title was not edited: it follows the machine

        var ticked = service.retranslate(id, after.version(), false, Set.of(0));
        assertThat(ticked.paragraphs()).containsExactly("<p>EN 第一段落。</p>", "<p>EN 第二段落。</p>");
        assertThat(ticked.paragraphEdited()).containsExactly(false, false);
        assertThat(dsl.select(ARTICLE_REVISION.KIND).from(ARTICLE_REVISION).where(ARTICLE_REVISION.ARTICLE_ID.eq(id))
                .orderBy(ARTICLE_REVISION.REVISION_NO).fetch(ARTICLE_REVISION.KIND))
                .containsExactly("EDIT", "RETRANSLATION", "RETRANSLATION");
    }

    @Test
    @WithUserDetails("editor")
    void one_paragraph_is_translated_again_alone() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        var edited = review.saveEnglish(id, 0, "My title", List.of("Mine one.", "Mine two."));
        var after = service.retranslateParagraph(id, edited.version(), 1);
        assertThat(after.paragraphs()).containsExactly("<p>Mine one.</p>", "<p>EN 第二段落。</p>");
        assertThat(after.paragraphEdited()).containsExactly(true, false);
        assertThat(after.title()).isEqualTo("My title");
        assertThatThrownBy(() -> service.retranslateParagraph(id, after.version(), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no paragraph 8");
    }

    @Test
    @WithUserDetails("editor")
    void a_stale_version_or_a_failing_service_changes_nothing() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        var edited = review.saveEnglish(id, 0, "Mine", List.of("Mine one.", "Mine two."));
        assertThatThrownBy(() -> service.retranslate(id, 0, true, Set.of(0, 1)))
                .isInstanceOf(StaleArticleException.class);
        ItHttpStub.failTranslations(400);
        assertThatThrownBy(() -> service.retranslate(id, edited.version(), true, Set.of(0, 1)))
                .isInstanceOf(TranslationException.class).hasMessageContaining("refused");
        assertThat(review.get(id).orElseThrow().paragraphs()).containsExactly("<p>Mine one.</p>", "<p>Mine two.</p>");
    }

    @Test
    @WithUserDetails("editor")
    void in_bulk_each_article_is_translated_again_or_says_why_not() {
        long ok = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        long rejected = TestArticles.create(dsl, ArticleStatus.REJECTED, "JP");
        var done = bulk.retranslate(ok);
        assertThat(done.done()).isTrue();
        assertThat(review.get(ok).orElseThrow().machineTitle()).isEqualTo("EN 原題");
        var refused = bulk.retranslate(rejected);
        assertThat(refused.done()).isFalse();
        assertThat(refused.message()).contains("#" + rejected).contains("cannot be edited");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_ask_for_a_new_translation() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        assertThatThrownBy(() -> service.retranslate(id, 0, false, Set.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.providerConfigured()).isTrue();
    }
}
