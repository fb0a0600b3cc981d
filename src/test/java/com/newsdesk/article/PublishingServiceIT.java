package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class PublishingServiceIT {

    @Autowired
    PublishingService publishing;
    @Autowired
    ScheduledPublication scheduled;
    @Autowired
    ArticleReviewService review;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void publishing_an_approved_article_makes_it_live_and_unpublishing_needs_a_reason_each_step_audited() {
        long id = approved("KR");
        int version = version(id);

        var published = publishing.publish(id, version);

        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(row.getTitle()).isEqualTo("Machine title");
        assertThat(row.getBody()).contains("First paragraph.");

        assertThatThrownBy(() -> publishing.unpublish(id, published.version(), "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> publishing.unpublish(id, published.version() - 1, "Legal"))
                .isInstanceOf(StaleArticleException.class);
        var unpublished = publishing.unpublish(id, published.version(), "Legal asked us to");
        assertThat(unpublished.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(unpublished.statusReason()).isEqualTo("Legal asked us to");

        // republished, it keeps its first publication time (and its place in the app's lists)
        var again = publishing.publish(id, unpublished.version());
        assertThat(again.publishedAt()).isEqualTo(published.publishedAt());

        assertThat(actions(id)).containsSubsequence("ARTICLE_PUBLISHED", "ARTICLE_UNPUBLISHED", "ARTICLE_PUBLISHED");
        var unpublishEvent = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id)))
                .and(AUDIT_EVENT.ACTION.eq("ARTICLE_UNPUBLISHED")).fetchSingle();
        assertThat(unpublishEvent.getActor()).isEqualTo("editor");
        assertThat(unpublishEvent.getReason()).isEqualTo("Legal asked us to");
        assertThat(unpublishEvent.getBefore().data()).contains("PUBLISHED");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_checklist_blocks_what_is_not_approved_or_lacks_an_image_credit_and_warns_of_missing_takes() {
        long inReview = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "DE");
        var blocked = publishing.checklist(inReview);
        assertThat(blocked.publishable()).isFalse();
        assertThat(blocked.blocking()).anyMatch(b -> b.contains("approved first"));
        assertThatThrownBy(() -> publishing.publish(inReview, version(inReview)))
                .isInstanceOf(PublishRefusedException.class);
        assertThat(status(inReview)).isEqualTo("IN_REVIEW");

        long uncredited = approved("DE");
        dsl.update(ARTICLE).set(ARTICLE.IMAGE_URL, "/images/demo/summit.jpg").setNull(ARTICLE.IMAGE_CREDIT)
                .where(ARTICLE.ID.eq(uncredited)).execute();
        var noCredit = publishing.checklist(uncredited);
        assertThat(noCredit.blocking()).containsExactly("Its image needs a credit.");
        assertThat(noCredit.warnings()).contains("It has no published alternative takes.");
        assertThatThrownBy(() -> publishing.publish(uncredited, version(uncredited)))
                .isInstanceOf(PublishRefusedException.class).hasMessageContaining("credit");

        dsl.update(ARTICLE).set(ARTICLE.IMAGE_CREDIT, "Photo: Test").where(ARTICLE.ID.eq(uncredited)).execute();
        assertThat(publishing.checklist(uncredited).blocking()).isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_scheduled_article_is_published_when_the_clock_reaches_its_time_not_before() {
        long id = approved("FR");
        // 09:30 in Tokyo, an hour and a half from now, in an explicit zone
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDateTime at = LocalDateTime.now(tokyo).plusMinutes(90).withSecond(0).withNano(0);
        var state = publishing.schedule(id, version(id), at, tokyo);
        Instant due = at.atZone(tokyo).toInstant();
        assertThat(state.publishAt()).isEqualTo(due);
        assertThat(state.status()).isEqualTo(ArticleStatus.APPROVED);

        scheduled.publishDue(Clock.fixed(due.minusSeconds(1), ZoneOffset.UTC));
        assertThat(status(id)).isEqualTo("APPROVED");

        int n = scheduled.publishDue(Clock.fixed(due.plusSeconds(30), ZoneOffset.UTC));
        assertThat(n).isGreaterThanOrEqualTo(1);
        assertThat(status(id)).isEqualTo("PUBLISHED");
        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(row.getPublishAt()).isNull();
        assertThat(row.getPublishedAt().toInstant()).isEqualTo(due.plusSeconds(30));
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id)))
                .and(AUDIT_EVENT.ACTION.eq("ARTICLE_PUBLISHED")).fetchSingle();
        assertThat(event.getActor()).isEqualTo("system");
        assertThat(actions(id)).containsSubsequence("ARTICLE_SCHEDULED", "ARTICLE_PUBLISHED");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_db_scheduler_task_publishes_a_due_article_by_itself_within_a_minute() throws Exception {
        long id = approved("ES");
        ZoneId zone = ZoneId.of("Europe/Madrid");
        publishing.schedule(id, version(id), LocalDateTime.now(zone), zone);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!status(id).equals("PUBLISHED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void scheduling_refuses_the_past_and_unapproved_articles_and_can_be_cancelled() {
        long id = approved("IT");
        ZoneId zone = ZoneId.of("America/New_York");
        assertThatThrownBy(() -> publishing.schedule(id, version(id), LocalDateTime.now(zone).minusHours(2), zone))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past");
        long inReview = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "IT");
        assertThatThrownBy(() -> publishing.schedule(inReview, version(inReview), LocalDateTime.now(zone)
                .plusDays(1), zone)).isInstanceOf(IllegalTransitionException.class);

        var scheduledState = publishing.schedule(id, version(id), LocalDateTime.now(zone).plusDays(1), zone);
        var cancelled = publishing.cancelSchedule(id, scheduledState.version());
        assertThat(cancelled.scheduled()).isFalse();
        assertThat(actions(id)).containsSubsequence("ARTICLE_SCHEDULED", "ARTICLE_SCHEDULE_CANCELLED");

        // a rejected article loses its schedule (the schema allows one only while approved)
        var again = publishing.schedule(id, cancelled.version(), LocalDateTime.now(zone).plusDays(1), zone);
        review.reject(id, again.version(), "Changed our mind");
        assertThat(dsl.select(ARTICLE.PUBLISH_AT).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOne().value1())
                .isNull();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void editing_a_published_article_publishes_a_correction_with_its_note() {
        long id = approved("NL");
        var published = publishing.publish(id, version(id));
        var detail = review.get(id).orElseThrow();

        var corrected = review.saveCorrection(id, published.version(), "Corrected title",
                List.of("First paragraph, corrected.", "Second paragraph."), "We misspelled a name.");

        assertThat(corrected.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(corrected.title()).isEqualTo("Corrected title");
        var state = publishing.state(id).orElseThrow();
        assertThat(state.correctedAt()).isNotNull();
        assertThat(state.correctionNote()).isEqualTo("We misspelled a name.");
        var revision = dsl.selectFrom(ARTICLE_REVISION).where(ARTICLE_REVISION.ARTICLE_ID.eq(id))
                .orderBy(ARTICLE_REVISION.REVISION_NO.desc()).limit(1).fetchSingle();
        assertThat(revision.getKind()).isEqualTo("CORRECTION");
        assertThat(revision.getCorrectionNote()).isEqualTo("We misspelled a name.");
        assertThat(actions(id)).contains("ARTICLE_CORRECTED");
        // an ordinary save of a published article is refused: it goes through the correction
        assertThatThrownBy(() -> review.saveEnglish(id, corrected.version(), "x", detail.paragraphs()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_sees_the_checklist_but_cannot_publish_schedule_or_unpublish() {
        long id = TestArticles.create(dsl, ArticleStatus.APPROVED, "SE");
        assertThat(publishing.checklist(id)).isNotNull();
        int version = version(id);
        ZoneId zone = ZoneId.of("UTC");
        assertThatThrownBy(() -> publishing.publish(id, version)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> publishing.schedule(id, version, LocalDateTime.now(zone).plusDays(1), zone))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> publishing.unpublish(id, version, "no"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> review.saveCorrection(id, version, "t", List.of("p"), null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    private long approved(String country) {
        long id = TestArticles.create(dsl, ArticleStatus.APPROVED, country);
        dsl.update(ARTICLE).set(ARTICLE.TITLE, "Machine title").set(ARTICLE.BODY, ARTICLE.MT_BODY)
                .where(ARTICLE.ID.eq(id)).execute();
        return id;
    }

    private int version(long id) {
        return dsl.select(ARTICLE.VERSION).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1();
    }

    private String status(long id) {
        return dsl.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1();
    }

    private List<String> actions(long id) {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("article"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))).orderBy(AUDIT_EVENT.ID)
                .fetch(AUDIT_EVENT.ACTION);
    }
}
