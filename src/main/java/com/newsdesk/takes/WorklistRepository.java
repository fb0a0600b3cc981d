package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.TAKE_CANDIDATE_COUNT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** SQL for the reviewers' worklist: recent approved or published articles with few takes, by good suggestions. */
@Repository
class WorklistRepository {

    static final List<String> STATUSES = List.of("APPROVED", "PUBLISHED");

    private final DSLContext dsl;

    WorklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<Integer> takeCount() {
        return DSL.field("(SELECT count(*) FROM alternative_take t WHERE t.article_a_id = {0} OR t.article_b_id = {0})",
                Integer.class, ARTICLE.ID);
    }

    /** Worklist rows: most good candidates first (uncounted last), then newest. */
    List<WorklistItem> list(Instant since, int maxTakes, int limit, TakeRepository takes) {
        var count = takeCount().as("takes");
        var rows = dsl.select(ARTICLE.ID, count, TAKE_CANDIDATE_COUNT.GOOD, TAKE_CANDIDATE_COUNT.BEST_SCORE,
                        TAKE_CANDIDATE_COUNT.COMPUTED_AT)
                .from(ARTICLE).leftJoin(TAKE_CANDIDATE_COUNT).on(TAKE_CANDIDATE_COUNT.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.STATUS.in(STATUSES))
                .and(ARTICLE.SOURCE_PUBLISHED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .and(takeCount().le(maxTakes))
                .orderBy(TAKE_CANDIDATE_COUNT.GOOD.desc().nullsLast(), TAKE_CANDIDATE_COUNT.BEST_SCORE.desc().nullsLast(),
                        ARTICLE.SOURCE_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch();
        var byId = takes.articles(rows.map(r -> r.get(ARTICLE.ID))).stream()
                .collect(java.util.stream.Collectors.toMap(TakeArticle::id, a -> a));
        return rows.map(r -> new WorklistItem(byId.get(r.get(ARTICLE.ID)), r.get(count),
                r.get(TAKE_CANDIDATE_COUNT.GOOD),
                r.get(TAKE_CANDIDATE_COUNT.BEST_SCORE) == null ? null
                        : Math.round(r.get(TAKE_CANDIDATE_COUNT.BEST_SCORE)),
                r.get(TAKE_CANDIDATE_COUNT.COMPUTED_AT) == null ? null
                        : r.get(TAKE_CANDIDATE_COUNT.COMPUTED_AT).toInstant()));
    }

    /** Articles the worklist shows whose count is missing or older than {@code staleBefore}, newest first. */
    List<Long> toCount(Instant since, int maxTakes, Instant staleBefore, int limit) {
        return dsl.select(ARTICLE.ID).from(ARTICLE)
                .leftJoin(TAKE_CANDIDATE_COUNT).on(TAKE_CANDIDATE_COUNT.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.STATUS.in(STATUSES))
                .and(ARTICLE.SOURCE_PUBLISHED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .and(takeCount().le(maxTakes))
                .and(TAKE_CANDIDATE_COUNT.COMPUTED_AT.isNull()
                        .or(TAKE_CANDIDATE_COUNT.COMPUTED_AT.lt(staleBefore.atOffset(ZoneOffset.UTC))))
                .orderBy(ARTICLE.SOURCE_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(ARTICLE.ID);
    }

    void save(long id, int good, double best) {
        dsl.insertInto(TAKE_CANDIDATE_COUNT)
                .set(TAKE_CANDIDATE_COUNT.ARTICLE_ID, id)
                .set(TAKE_CANDIDATE_COUNT.GOOD, good)
                .set(TAKE_CANDIDATE_COUNT.BEST_SCORE, (float) best)
                .onConflict(TAKE_CANDIDATE_COUNT.ARTICLE_ID).doUpdate()
                .set(TAKE_CANDIDATE_COUNT.GOOD, good)
                .set(TAKE_CANDIDATE_COUNT.BEST_SCORE, (float) best)
                .set(TAKE_CANDIDATE_COUNT.COMPUTED_AT, DSL.currentOffsetDateTime())
                .execute();
    }
}
