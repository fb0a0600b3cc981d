package com.newsdesk.delivery;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.FEATURE;
import static com.newsdesk.jooq.Tables.FEATURE_ENTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

/**
 * The delivery API's SQL. Everything the app can see passes {@link #PUBLISHED}: lists, features, takes and feeds
 * alike, so that nothing unpublished leaks through any of them. Lists are keyset-paged over
 * {@code (published_at, id)}, matching the partial index {@code article_published_idx}.
 */
@Repository
class DeliveryRepository {

    static final Condition PUBLISHED = ARTICLE.STATUS.eq("PUBLISHED");
    private static final String PUBLISHED_NAME = "PUBLISHED";

    private final DSLContext dsl;

    DeliveryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Feature(long id, String code, String name, String description, int maxEntries, String excludedCountry) {
    }

    List<DeliveryLists.CountryCount> countries() {
        var counts = dsl.select(ARTICLE.COUNTRY_CODE, count().as("n")).from(ARTICLE).where(PUBLISHED)
                .groupBy(ARTICLE.COUNTRY_CODE).asTable("counts");
        Field<Integer> n = counts.field("n", Integer.class);
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME, coalesce(n, 0))
                .from(COUNTRY)
                .leftJoin(counts).on(counts.field(ARTICLE.COUNTRY_CODE).eq(COUNTRY.CODE))
                .orderBy(COUNTRY.NAME)
                .fetch(r -> new DeliveryLists.CountryCount(r.value1(), r.value2(), r.value3()));
    }

    Optional<String> countryName(String code) {
        return dsl.select(COUNTRY.NAME).from(COUNTRY).where(COUNTRY.CODE.eq(code)).fetchOptional(COUNTRY.NAME);
    }

    /** A page of a country's published articles, newest first, after {@code cursor} (null: from the newest). */
    List<Row> articles(String country, Cursor cursor, int limit, boolean withBody) {
        Condition where = PUBLISHED.and(ARTICLE.COUNTRY_CODE.eq(country));
        if (cursor != null) {
            where = where.and(row(ARTICLE.PUBLISHED_AT, ARTICLE.ID)
                    .lt(cursor.publishedAt().atOffset(ZoneOffset.UTC), cursor.id()));
        }
        return dsl.select(summaryFields(withBody)).from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(where)
                .orderBy(ARTICLE.PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(DeliveryRepository::toRow);
    }

    /** An article with its published takes; with {@code publishedOnly} false also an unpublished one (preview). */
    Optional<DeliveredArticle> article(long id, boolean publishedOnly) {
        Condition where = ARTICLE.ID.eq(id);
        if (publishedOnly) {
            where = where.and(PUBLISHED);
        }
        var r = dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.BODY, ARTICLE.MT_TITLE, ARTICLE.MT_BODY,
                        ARTICLE.PUBLISHED_AT, ARTICLE.CORRECTED_AT, ARTICLE.CORRECTION_NOTE, ARTICLE.COUNTRY_CODE,
                        SOURCE_SITE.ID, SOURCE_SITE.NAME, SOURCE_SITE.COUNTRY_CODE, ARTICLE.IMAGE_URL,
                        ARTICLE.IMAGE_CAPTION, ARTICLE.IMAGE_CREDIT, ARTICLE.IMAGE_ALT, ARTICLE.ORIGINAL_LANGUAGE,
                        LANGUAGE.NAME, ARTICLE.CANONICAL_URL, ARTICLE.AUTHOR, ARTICLE.MT_ENGINE, ARTICLE.APPROVED_BY, COUNTRY.NAME)
                .from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .join(COUNTRY).on(COUNTRY.CODE.eq(ARTICLE.COUNTRY_CODE))
                .join(LANGUAGE).on(LANGUAGE.CODE.eq(ARTICLE.ORIGINAL_LANGUAGE))
                .where(where)
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Instant published = instant(r.get(ARTICLE.PUBLISHED_AT));
        Instant corrected = instant(r.get(ARTICLE.CORRECTED_AT));
        return Optional.of(new DeliveredArticle(id,
                r.get(ARTICLE.TITLE) != null ? r.get(ARTICLE.TITLE) : r.get(ARTICLE.MT_TITLE),
                r.get(ARTICLE.BODY) != null ? r.get(ARTICLE.BODY) : r.get(ARTICLE.MT_BODY),
                published, corrected != null ? corrected : published, r.get(ARTICLE.CORRECTION_NOTE),
                r.get(ARTICLE.COUNTRY_CODE), r.get(COUNTRY.NAME),
                new DeliveredArticle.Source(r.get(SOURCE_SITE.ID), r.get(SOURCE_SITE.NAME),
                        r.get(SOURCE_SITE.COUNTRY_CODE)),
                image(r), r.get(ARTICLE.ORIGINAL_LANGUAGE), r.get(ARTICLE.CANONICAL_URL), r.get(ARTICLE.AUTHOR),
                new DeliveredArticle.Translation(r.get(ARTICLE.MT_ENGINE), r.get(LANGUAGE.NAME),
                        r.get(ARTICLE.APPROVED_BY) != null),
                takes(id)));
    }

    /** The article's alternative takes whose other side is published, in this article's order. */
    List<DeliveredArticle.Take> takes(long id) {
        var other = ARTICLE.as("other");
        var source = SOURCE_SITE.as("other_source");
        Field<Long> otherId = when(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id), ALTERNATIVE_TAKE.ARTICLE_B_ID)
                .otherwise(ALTERNATIVE_TAKE.ARTICLE_A_ID);
        Field<Integer> position = when(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id), ALTERNATIVE_TAKE.POSITION_A)
                .otherwise(ALTERNATIVE_TAKE.POSITION_B);
        return dsl.select(other.ID, other.TITLE, other.COUNTRY_CODE, source.ID, source.NAME, source.COUNTRY_CODE)
                .from(ALTERNATIVE_TAKE)
                .join(other).on(other.ID.eq(otherId))
                .join(source).on(source.ID.eq(other.SOURCE_SITE_ID))
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id).or(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(id)))
                .and(other.STATUS.eq(PUBLISHED_NAME))
                .orderBy(position, other.ID)
                .fetch(t -> new DeliveredArticle.Take(t.value1(), t.value2(), t.value3(),
                        new DeliveredArticle.Source(t.value4(), t.value5(), t.value6())));
    }

    Optional<Feature> feature(String code) {
        return dsl.select(FEATURE.ID, FEATURE.CODE, FEATURE.NAME, FEATURE.DESCRIPTION, FEATURE.MAX_ENTRIES,
                        FEATURE.EXCLUDED_COUNTRY)
                .from(FEATURE).where(FEATURE.CODE.eq(code))
                .fetchOptional(r -> new Feature(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /**
     * The live entries of a feature at {@code now}, in order: published articles inside their time window, at most
     * the feature's maximum.
     */
    List<Row> featureArticles(Feature feature, Instant now, boolean withBody) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return dsl.select(summaryFields(withBody)).from(FEATURE_ENTRY)
                .join(ARTICLE).on(ARTICLE.ID.eq(FEATURE_ENTRY.ARTICLE_ID))
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(FEATURE_ENTRY.FEATURE_ID.eq(feature.id()))
                .and(PUBLISHED)
                .and(FEATURE_ENTRY.STARTS_AT.isNull().or(FEATURE_ENTRY.STARTS_AT.le(at)))
                .and(FEATURE_ENTRY.ENDS_AT.isNull().or(FEATURE_ENTRY.ENDS_AT.gt(at)))
                .orderBy(FEATURE_ENTRY.POSITION)
                .limit(feature.maxEntries())
                .fetch(DeliveryRepository::toRow);
    }

    /** When the next entry of the feature enters or leaves its time window after {@code now}; empty if never. */
    Optional<Instant> nextWindowChange(long featureId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        var starts = dsl.select(min(FEATURE_ENTRY.STARTS_AT)).from(FEATURE_ENTRY)
                .where(FEATURE_ENTRY.FEATURE_ID.eq(featureId)).and(FEATURE_ENTRY.STARTS_AT.gt(at)).fetchOne(0,
                        OffsetDateTime.class);
        var ends = dsl.select(min(FEATURE_ENTRY.ENDS_AT)).from(FEATURE_ENTRY)
                .where(FEATURE_ENTRY.FEATURE_ID.eq(featureId)).and(FEATURE_ENTRY.ENDS_AT.gt(at)).fetchOne(0,
                        OffsetDateTime.class);
        Instant next = null;
        for (OffsetDateTime t : new OffsetDateTime[] {starts, ends}) {
            if (t != null && (next == null || t.toInstant().isBefore(next))) {
                next = t.toInstant();
            }
        }
        return Optional.ofNullable(next);
    }

    /** A list row: the summary and its body (for feeds), with the keyset of its place in the list. */
    record Row(ArticleSummary summary, String body) {

        Cursor cursor() {
            return new Cursor(summary.publishedAt(), summary.id());
        }
    }

    /** The list columns; the body (TOASTed, kilobytes) only where it is shown, in feeds. */
    private static SelectField<?>[] summaryFields(boolean withBody) {
        var fields = new java.util.ArrayList<SelectField<?>>(List.of(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.PUBLISHED_AT,
                ARTICLE.CORRECTED_AT, ARTICLE.CORRECTION_NOTE, ARTICLE.COUNTRY_CODE, SOURCE_SITE.ID, SOURCE_SITE.NAME,
                SOURCE_SITE.COUNTRY_CODE, ARTICLE.IMAGE_URL, ARTICLE.IMAGE_CAPTION, ARTICLE.IMAGE_CREDIT,
                ARTICLE.IMAGE_ALT, ARTICLE.ORIGINAL_LANGUAGE));
        if (withBody) {
            fields.add(ARTICLE.BODY);
        }
        return fields.toArray(SelectField<?>[]::new);
    }

    private static Row toRow(Record r) {
        Instant published = instant(r.get(ARTICLE.PUBLISHED_AT));
        Instant corrected = instant(r.get(ARTICLE.CORRECTED_AT));
        long id = r.get(ARTICLE.ID);
        return new Row(new ArticleSummary(id, r.get(ARTICLE.TITLE), published,
                corrected != null ? corrected : published, r.get(ARTICLE.CORRECTION_NOTE), r.get(ARTICLE.COUNTRY_CODE),
                new DeliveredArticle.Source(r.get(SOURCE_SITE.ID), r.get(SOURCE_SITE.NAME),
                        r.get(SOURCE_SITE.COUNTRY_CODE)),
                image(r), r.get(ARTICLE.ORIGINAL_LANGUAGE), "/api/v1/articles/" + id),
                r.field(ARTICLE.BODY) == null ? null : r.get(ARTICLE.BODY));
    }

    private static DeliveredArticle.Image image(Record r) {
        String url = r.get(ARTICLE.IMAGE_URL);
        return url == null ? null : new DeliveredArticle.Image(url, r.get(ARTICLE.IMAGE_CAPTION),
                r.get(ARTICLE.IMAGE_CREDIT), r.get(ARTICLE.IMAGE_ALT));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
