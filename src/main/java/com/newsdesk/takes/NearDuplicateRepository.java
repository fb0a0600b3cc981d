package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static com.newsdesk.jooq.Tables.FINGERPRINT_QUEUE;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.newsdesk.base.db.PlannerSettings;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** SQL for near-duplicate fingerprints (changeset 0016). */
@Repository
class NearDuplicateRepository {

    /**
     * New articles are found above the highest fingerprinted id, looking this far back for rows that a slow
     * transaction committed after later ids had been fingerprinted.
     */
    static final int LOOK_BACK = 5_000;

    record Original(long id, String title, String body) {
    }

    record Fingerprinted(long id, int[] signature, Long group) {
    }

    private final DSLContext dsl;

    NearDuplicateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Articles to fingerprint: changed originals first, then new articles, oldest first. */
    List<Original> pending(int limit) {
        List<Original> out = new ArrayList<>(dsl.select(ARTICLE.ID, ARTICLE.ORIGINAL_TITLE, ARTICLE.ORIGINAL_BODY)
                .from(FINGERPRINT_QUEUE).join(ARTICLE).on(ARTICLE.ID.eq(FINGERPRINT_QUEUE.ARTICLE_ID))
                .orderBy(FINGERPRINT_QUEUE.QUEUED_AT).limit(limit)
                .fetch(r -> new Original(r.value1(), r.value2(), r.value3())));
        if (out.size() < limit) {
            Long watermark = dsl.select(max(ARTICLE_FINGERPRINT.ARTICLE_ID)).from(ARTICLE_FINGERPRINT)
                    .fetchOne(0, Long.class);
            long from = watermark == null ? 0 : watermark - LOOK_BACK;
            out.addAll(dsl.select(ARTICLE.ID, ARTICLE.ORIGINAL_TITLE, ARTICLE.ORIGINAL_BODY).from(ARTICLE)
                    .where(ARTICLE.ID.gt(from))
                    .and(notExists(selectOne().from(ARTICLE_FINGERPRINT)
                            .where(ARTICLE_FINGERPRINT.ARTICLE_ID.eq(ARTICLE.ID))))
                    .orderBy(ARTICLE.ID).limit(limit - out.size())
                    .fetch(r -> new Original(r.value1(), r.value2(), r.value3())));
        }
        return out;
    }

    /**
     * Fingerprinted articles sharing at least one band key (GIN index): the only ones worth comparing. Always through
     * the index: the planner cannot estimate an array overlap, and a table growing fast (a backfill) has statistics
     * that say it is small, so it would read all of it for every article.
     */
    List<Fingerprinted> sharingABand(long id, int[] bands) {
        return PlannerSettings.with(dsl, PlannerSettings.INDEX_LOOKUP, () -> dsl
                .select(ARTICLE_FINGERPRINT.ARTICLE_ID, ARTICLE_FINGERPRINT.MINHASH, ARTICLE_FINGERPRINT.DUP_GROUP)
                .from(ARTICLE_FINGERPRINT)
                .where(DSL.condition("{0} && {1}", ARTICLE_FINGERPRINT.BANDS, DSL.val(box(bands))))
                .and(ARTICLE_FINGERPRINT.ARTICLE_ID.ne(id))
                .fetch(r -> new Fingerprinted(r.value1(), unbox(r.value2()), r.value3())));
    }

    void save(long id, MinHash.Fingerprint fp, Long group, Double similarity) {
        dsl.insertInto(ARTICLE_FINGERPRINT)
                .set(ARTICLE_FINGERPRINT.ARTICLE_ID, id)
                .set(ARTICLE_FINGERPRINT.MINHASH, box(fp.signature()))
                .set(ARTICLE_FINGERPRINT.BANDS, box(fp.bands()))
                .set(ARTICLE_FINGERPRINT.DUP_GROUP, group)
                .set(ARTICLE_FINGERPRINT.SIMILARITY, similarity == null ? null : similarity.floatValue())
                .onConflict(ARTICLE_FINGERPRINT.ARTICLE_ID).doUpdate()
                .set(ARTICLE_FINGERPRINT.MINHASH, box(fp.signature()))
                .set(ARTICLE_FINGERPRINT.BANDS, box(fp.bands()))
                .set(ARTICLE_FINGERPRINT.DUP_GROUP, group)
                .set(ARTICLE_FINGERPRINT.SIMILARITY, similarity == null ? null : similarity.floatValue())
                .set(ARTICLE_FINGERPRINT.COMPUTED_AT, DSL.currentOffsetDateTime())
                .execute();
        dsl.deleteFrom(FINGERPRINT_QUEUE).where(FINGERPRINT_QUEUE.ARTICLE_ID.eq(id)).execute();
    }

    /** Puts the twins, and every member of the groups they were in, into one group. */
    void join(long group, Collection<Long> twins, Collection<Long> groups, double similarity) {
        // only rows not in the group yet: a copy joining a group of fifty touches none of the fifty
        dsl.update(ARTICLE_FINGERPRINT)
                .set(ARTICLE_FINGERPRINT.DUP_GROUP, group)
                .set(ARTICLE_FINGERPRINT.SIMILARITY, DSL.coalesce(ARTICLE_FINGERPRINT.SIMILARITY,
                        DSL.val((float) similarity)))
                .where(ARTICLE_FINGERPRINT.ARTICLE_ID.in(twins).or(ARTICLE_FINGERPRINT.DUP_GROUP.in(groups)))
                .and(ARTICLE_FINGERPRINT.DUP_GROUP.isDistinctFrom(group))
                .execute();
    }

    /** The members of a group, oldest first. */
    List<Long> members(long group) {
        return dsl.select(ARTICLE_FINGERPRINT.ARTICLE_ID).from(ARTICLE_FINGERPRINT)
                .where(ARTICLE_FINGERPRINT.DUP_GROUP.eq(group)).orderBy(ARTICLE_FINGERPRINT.ARTICLE_ID)
                .fetch(ARTICLE_FINGERPRINT.ARTICLE_ID);
    }

    /** The members of several groups, by group. */
    java.util.Map<Long, List<Long>> members(Collection<Long> groups) {
        return dsl.select(ARTICLE_FINGERPRINT.DUP_GROUP, ARTICLE_FINGERPRINT.ARTICLE_ID).from(ARTICLE_FINGERPRINT)
                .where(ARTICLE_FINGERPRINT.DUP_GROUP.in(groups)).orderBy(ARTICLE_FINGERPRINT.ARTICLE_ID)
                .fetchGroups(ARTICLE_FINGERPRINT.DUP_GROUP, ARTICLE_FINGERPRINT.ARTICLE_ID);
    }

    /** Groups with a member published since {@code since}, the most recent first. */
    List<Long> recentGroups(Instant since, int limit) {
        var newest = max(ARTICLE.SOURCE_PUBLISHED_AT);
        return dsl.select(ARTICLE_FINGERPRINT.DUP_GROUP, newest).from(ARTICLE_FINGERPRINT)
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_FINGERPRINT.ARTICLE_ID))
                .where(ARTICLE_FINGERPRINT.DUP_GROUP.isNotNull())
                .and(ARTICLE.SOURCE_PUBLISHED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .groupBy(ARTICLE_FINGERPRINT.DUP_GROUP)
                .orderBy(newest.desc(), ARTICLE_FINGERPRINT.DUP_GROUP.desc())
                .limit(limit)
                .fetch(ARTICLE_FINGERPRINT.DUP_GROUP);
    }

    static Integer[] box(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    static int[] unbox(Integer[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
