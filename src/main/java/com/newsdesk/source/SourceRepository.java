package com.newsdesk.source;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

    private final DSLContext dsl;

    SourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Country> countries() {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME).from(COUNTRY).orderBy(COUNTRY.NAME)
                .fetch(r -> new Country(r.value1(), r.value2()));
    }

    List<Option> sourceOptions() {
        return dsl.select(SOURCE_SITE.ID, SOURCE_SITE.NAME, SOURCE_SITE.COUNTRY_CODE).from(SOURCE_SITE)
                .orderBy(SOURCE_SITE.NAME)
                .fetch(r -> new Option(String.valueOf(r.value1()), r.value2() + " (" + r.value3() + ")"));
    }

    List<Option> languageOptions() {
        return dsl.select(LANGUAGE.CODE, LANGUAGE.NAME).from(LANGUAGE).orderBy(LANGUAGE.NAME)
                .fetch(r -> new Option(r.value1(), r.value2()));
    }

    /**
     * Every source with its health at a glance. One statement for all sources: the articles of the last 7 days are
     * counted per source on the index (source_site_id, ingested_at desc, id desc), an index-only range per source,
     * rather than by grouping every article of the week.
     */
    List<SourceSiteListItem> sourceSites(Instant now) {
        var weekAgo = now.minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC);
        var lastWeek = DSL.field(DSL.selectCount().from(ARTICLE)
                .where(ARTICLE.SOURCE_SITE_ID.eq(SOURCE_SITE.ID).and(ARTICLE.INGESTED_AT.ge(weekAgo))));
        return dsl.select(SOURCE_SITE.ID, SOURCE_SITE.NAME, SOURCE_SITE.HOME_URL, SOURCE_SITE.COUNTRY_CODE,
                        COUNTRY.NAME, SOURCE_SITE.LANGUAGE_CODE, LANGUAGE.NAME, SOURCE_SITE.ACTIVE,
                        SOURCE_SITE.LAST_FETCH_AT, SOURCE_SITE.LAST_ERROR, SOURCE_SITE.CONSECUTIVE_FAILURES,
                        SOURCE_SITE.LAST_SUCCESS_AT, lastWeek)
                .from(SOURCE_SITE)
                .join(COUNTRY).on(COUNTRY.CODE.eq(SOURCE_SITE.COUNTRY_CODE))
                .join(LANGUAGE).on(LANGUAGE.CODE.eq(SOURCE_SITE.LANGUAGE_CODE))
                .orderBy(SOURCE_SITE.NAME)
                .fetch(r -> new SourceSiteListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), instant(r.value9()), r.value10(), r.value11(),
                        instant(r.value12()), r.value13()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
