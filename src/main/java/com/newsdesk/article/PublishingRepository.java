package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL of publishing: the publication state of an article and its versioned changes. */
@Repository
class PublishingRepository {

    private final DSLContext dsl;

    PublishingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PublishState> state(long id) {
        return dsl.select(ARTICLE.STATUS, ARTICLE.VERSION, ARTICLE.PUBLISH_AT, ARTICLE.PUBLISHED_AT,
                        ARTICLE.CORRECTED_AT, ARTICLE.CORRECTION_NOTE, ARTICLE.STATUS_REASON)
                .from(ARTICLE).where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new PublishState(id, ArticleStatus.valueOf(r.value1()), r.value2(),
                        instant(r.value3()), instant(r.value4()), instant(r.value5()), r.value6(), r.value7()));
    }

    /** Alternative takes of the article whose other side is published (the only ones the app shows). */
    int publishedTakes(long id) {
        var other = ARTICLE.as("other");
        return dsl.fetchCount(dsl.selectOne().from(ALTERNATIVE_TAKE)
                .join(other).on(other.ID.eq(org.jooq.impl.DSL.when(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id),
                        ALTERNATIVE_TAKE.ARTICLE_B_ID).otherwise(ALTERNATIVE_TAKE.ARTICLE_A_ID)))
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id).or(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(id)))
                .and(other.STATUS.eq(ArticleStatus.PUBLISHED.name())));
    }

    /**
     * Publishes if the article still has {@code version}. The first publication sets {@code published_at}; a
     * republication keeps it, so that the article keeps its place in the app's newest-first lists.
     */
    boolean publish(long id, int version, Long userId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return dsl.update(ARTICLE)
                .set(ARTICLE.STATUS, ArticleStatus.PUBLISHED.name())
                // as approval does: an article nobody edited goes out with the machine's English
                .set(ARTICLE.TITLE, coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE))
                .set(ARTICLE.BODY, coalesce(ARTICLE.BODY, ARTICLE.MT_BODY))
                .set(ARTICLE.STATUS_REASON, (String) null)
                .set(ARTICLE.STATUS_CHANGED_AT, at)
                .set(ARTICLE.STATUS_CHANGED_BY, userId)
                .set(ARTICLE.PUBLISH_AT, (OffsetDateTime) null)
                .set(ARTICLE.PUBLISHED_BY, coalesce(val(userId), ARTICLE.PUBLISHED_BY))
                .set(ARTICLE.PUBLISHED_AT, coalesce(ARTICLE.PUBLISHED_AT, val(at)))
                .set(ARTICLE.UPDATED_AT, at)
                .set(ARTICLE.UPDATED_BY, userId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Sets (or with null clears) the time of a scheduled publication of an approved article. */
    boolean schedule(long id, int version, Instant at, Long userId) {
        return dsl.update(ARTICLE)
                .set(ARTICLE.PUBLISH_AT, at == null ? null : at.atOffset(ZoneOffset.UTC))
                .set(ARTICLE.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(ARTICLE.UPDATED_BY, userId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(version))
                        .and(ARTICLE.STATUS.eq(ArticleStatus.APPROVED.name())))
                .execute() == 1;
    }

    boolean unpublish(long id, int version, String reason, long userId) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return dsl.update(ARTICLE)
                .set(ARTICLE.STATUS, ArticleStatus.UNPUBLISHED.name())
                .set(ARTICLE.STATUS_REASON, reason)
                .set(ARTICLE.STATUS_CHANGED_AT, now)
                .set(ARTICLE.STATUS_CHANGED_BY, userId)
                .set(ARTICLE.UPDATED_AT, now)
                .set(ARTICLE.UPDATED_BY, userId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(version)))
                .execute() == 1;
    }

    /**
     * Approved articles whose publication time has come, oldest first, locked for this transaction; another instance
     * running the same job at the same moment skips them instead of publishing them twice.
     */
    List<Long> due(Instant now, int limit) {
        return dsl.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.PUBLISH_AT.le(now.atOffset(ZoneOffset.UTC)))
                .and(ARTICLE.STATUS.eq(ArticleStatus.APPROVED.name()))
                .orderBy(ARTICLE.PUBLISH_AT, ARTICLE.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(ARTICLE.ID);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
