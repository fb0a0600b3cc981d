package com.newsdesk.feature;

import static com.newsdesk.jooq.Tables.APP_USER;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.FEATURE;
import static com.newsdesk.jooq.Tables.FEATURE_ENTRY;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL of feature lists and their entries. */
@Repository
class FeatureRepository {

    private static final List<String> FEATURABLE = List.of("APPROVED", "PUBLISHED");

    private final DSLContext dsl;

    FeatureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FeatureInfo> features() {
        return dsl.select(FEATURE.ID, FEATURE.CODE, FEATURE.NAME, FEATURE.DESCRIPTION, FEATURE.MAX_ENTRIES,
                        FEATURE.EXCLUDED_COUNTRY, COUNTRY.NAME)
                .from(FEATURE).leftJoin(COUNTRY).on(COUNTRY.CODE.eq(FEATURE.EXCLUDED_COUNTRY))
                .orderBy(FEATURE.ID)
                .fetch(r -> new FeatureInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** The feature, its row locked until the transaction ends, so that concurrent changes to it queue up. */
    Optional<FeatureInfo> lock(long featureId) {
        dsl.selectOne().from(FEATURE).where(FEATURE.ID.eq(featureId)).forUpdate().execute();
        return features().stream().filter(f -> f.id() == featureId).findFirst();
    }

    List<FeatureEntryItem> entries(long featureId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return dsl.select(FEATURE_ENTRY.ARTICLE_ID, coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE, ARTICLE.ORIGINAL_TITLE),
                        ARTICLE.COUNTRY_CODE, SOURCE_SITE.NAME, ARTICLE.STATUS, FEATURE_ENTRY.POSITION,
                        FEATURE_ENTRY.STARTS_AT, FEATURE_ENTRY.ENDS_AT)
                .from(FEATURE_ENTRY)
                .join(ARTICLE).on(ARTICLE.ID.eq(FEATURE_ENTRY.ARTICLE_ID))
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(FEATURE_ENTRY.FEATURE_ID.eq(featureId))
                .orderBy(FEATURE_ENTRY.POSITION)
                .fetch(r -> new FeatureEntryItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), instant(r.value7()), instant(r.value8()),
                        "PUBLISHED".equals(r.value5())
                                && (r.value7() == null || !r.value7().isAfter(at))
                                && (r.value8() == null || r.value8().isAfter(at))));
    }

    record ArticleFacts(long id, String status, String country) {
    }

    Optional<ArticleFacts> article(long articleId) {
        return dsl.select(ARTICLE.ID, ARTICLE.STATUS, ARTICLE.COUNTRY_CODE).from(ARTICLE)
                .where(ARTICLE.ID.eq(articleId))
                .fetchOptional(r -> new ArticleFacts(r.value1(), r.value2(), r.value3()));
    }

    /** The article with this id, if it could be featured (approved or published, not from {@code excludedCountry}). */
    Optional<FeatureCandidate> candidate(long articleId, String excludedCountry) {
        Condition where = ARTICLE.ID.eq(articleId).and(ARTICLE.STATUS.in(FEATURABLE));
        if (excludedCountry != null) {
            where = where.and(ARTICLE.COUNTRY_CODE.ne(excludedCountry));
        }
        return dsl.select(ARTICLE.ID, coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE, ARTICLE.ORIGINAL_TITLE),
                        ARTICLE.COUNTRY_CODE, SOURCE_SITE.NAME, ARTICLE.STATUS)
                .from(ARTICLE).join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(where)
                .fetchOptional(r -> new FeatureCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    int count(long featureId) {
        return dsl.fetchCount(FEATURE_ENTRY, FEATURE_ENTRY.FEATURE_ID.eq(featureId));
    }

    boolean contains(long featureId, long articleId) {
        return dsl.fetchExists(FEATURE_ENTRY, FEATURE_ENTRY.FEATURE_ID.eq(featureId)
                .and(FEATURE_ENTRY.ARTICLE_ID.eq(articleId)));
    }

    void add(long featureId, long articleId, Instant startsAt, Instant endsAt, String username) {
        int position = dsl.select(coalesce(max(FEATURE_ENTRY.POSITION), -1).plus(1)).from(FEATURE_ENTRY)
                .where(FEATURE_ENTRY.FEATURE_ID.eq(featureId)).fetchSingle().value1();
        dsl.insertInto(FEATURE_ENTRY)
                .set(FEATURE_ENTRY.FEATURE_ID, featureId)
                .set(FEATURE_ENTRY.ARTICLE_ID, articleId)
                .set(FEATURE_ENTRY.POSITION, position)
                .set(FEATURE_ENTRY.STARTS_AT, offset(startsAt))
                .set(FEATURE_ENTRY.ENDS_AT, offset(endsAt))
                .set(FEATURE_ENTRY.ADDED_BY, dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)))
                .execute();
    }

    boolean remove(long featureId, long articleId) {
        return dsl.deleteFrom(FEATURE_ENTRY).where(FEATURE_ENTRY.FEATURE_ID.eq(featureId)
                .and(FEATURE_ENTRY.ARTICLE_ID.eq(articleId))).execute() == 1;
    }

    List<Long> order(long featureId) {
        return dsl.select(FEATURE_ENTRY.ARTICLE_ID).from(FEATURE_ENTRY).where(FEATURE_ENTRY.FEATURE_ID.eq(featureId))
                .orderBy(FEATURE_ENTRY.POSITION).fetch(FEATURE_ENTRY.ARTICLE_ID);
    }

    /** Positions 0..n-1 in this order (the position constraint is deferred to the commit). */
    void reorder(long featureId, List<Long> articleIds) {
        var batch = dsl.batch(dsl.update(FEATURE_ENTRY).set(FEATURE_ENTRY.POSITION, (Integer) null)
                .where(FEATURE_ENTRY.FEATURE_ID.eq((Long) null).and(FEATURE_ENTRY.ARTICLE_ID.eq((Long) null))));
        for (int i = 0; i < articleIds.size(); i++) {
            batch.bind(i, featureId, articleIds.get(i));
        }
        if (!articleIds.isEmpty()) {
            batch.execute();
        }
    }

    boolean window(long featureId, long articleId, Instant startsAt, Instant endsAt) {
        return dsl.update(FEATURE_ENTRY)
                .set(FEATURE_ENTRY.STARTS_AT, offset(startsAt))
                .set(FEATURE_ENTRY.ENDS_AT, offset(endsAt))
                .where(FEATURE_ENTRY.FEATURE_ID.eq(featureId).and(FEATURE_ENTRY.ARTICLE_ID.eq(articleId)))
                .execute() == 1;
    }

    private static OffsetDateTime offset(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
