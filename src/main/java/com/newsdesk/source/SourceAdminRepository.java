package com.newsdesk.source;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_FEED;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SourceAdminRepository {

    /**
     * A fetch's claim older than this belongs to a crashed instance (the poller takes it over after as long): the
     * source is then not "being fetched" any more.
     */
    static final Duration FETCH_CLAIM_TIMEOUT = Duration.ofMinutes(5);

    private final DSLContext dsl;

    SourceAdminRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<SourceSiteDetail> find(long id) {
        return dsl.selectFrom(SOURCE_SITE).where(SOURCE_SITE.ID.eq(id)).fetchOptional()
                .map(s -> new SourceSiteDetail(s.getId(), s.getName(), s.getHomeUrl(), feeds(id), s.getCountryCode(),
                        s.getLanguageCode(), s.getPollIntervalMinutes(), s.getActive(), s.getVersion()));
    }

    private List<String> feeds(long sourceId) {
        return dsl.select(SOURCE_FEED.URL).from(SOURCE_FEED).where(SOURCE_FEED.SOURCE_SITE_ID.eq(sourceId))
                .orderBy(SOURCE_FEED.ID).fetch(SOURCE_FEED.URL);
    }

    boolean exists(long id) {
        return dsl.fetchExists(SOURCE_SITE, SOURCE_SITE.ID.eq(id));
    }

    /** Whether another source has this name, whatever the case of its letters. */
    boolean nameTaken(String name, Long exceptId) {
        var condition = DSL.lower(SOURCE_SITE.NAME).eq(DSL.lower(DSL.val(name)));
        return dsl.fetchExists(SOURCE_SITE, exceptId == null ? condition : condition.and(SOURCE_SITE.ID.ne(exceptId)));
    }

    /** The stored code of a country, found whatever the case it was given in. */
    Optional<String> countryCode(String code) {
        return dsl.select(COUNTRY.CODE).from(COUNTRY).where(DSL.upper(COUNTRY.CODE).eq(DSL.upper(DSL.val(code))))
                .limit(1).fetchOptional(COUNTRY.CODE);
    }

    /** The stored code of a language (BCP 47 tags are case-insensitive), found whatever the case it was given in. */
    Optional<String> languageCode(String code) {
        return dsl.select(LANGUAGE.CODE).from(LANGUAGE).where(DSL.lower(LANGUAGE.CODE).eq(DSL.lower(DSL.val(code))))
                .orderBy(DSL.when(LANGUAGE.CODE.eq(code), 0).otherwise(1)).limit(1).fetchOptional(LANGUAGE.CODE);
    }

    long insert(SourceSiteForm f) {
        long id = dsl.insertInto(SOURCE_SITE)
                .set(SOURCE_SITE.NAME, f.name())
                .set(SOURCE_SITE.HOME_URL, f.homeUrl())
                .set(SOURCE_SITE.COUNTRY_CODE, f.countryCode())
                .set(SOURCE_SITE.LANGUAGE_CODE, f.languageCode())
                .set(SOURCE_SITE.POLL_INTERVAL_MINUTES, f.pollIntervalMinutes())
                .set(SOURCE_SITE.ACTIVE, true)
                .returning(SOURCE_SITE.ID).fetchSingle(SOURCE_SITE.ID);
        insertFeeds(id, f.feedUrls());
        return id;
    }

    /**
     * Changes the source if it still has {@code version}, and counts the version up; false when someone changed it
     * meanwhile. A new country is copied to the source's articles by the database (ON UPDATE CASCADE).
     */
    boolean update(long id, int version, SourceSiteForm f) {
        return dsl.update(SOURCE_SITE)
                .set(SOURCE_SITE.NAME, f.name())
                .set(SOURCE_SITE.HOME_URL, f.homeUrl())
                .set(SOURCE_SITE.COUNTRY_CODE, f.countryCode())
                .set(SOURCE_SITE.LANGUAGE_CODE, f.languageCode())
                .set(SOURCE_SITE.POLL_INTERVAL_MINUTES, f.pollIntervalMinutes())
                .set(SOURCE_SITE.VERSION, SOURCE_SITE.VERSION.plus(1))
                .set(SOURCE_SITE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SOURCE_SITE.ID.eq(id).and(SOURCE_SITE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** The feeds become exactly {@code urls}, in their order (the order they are fetched in). */
    void replaceFeeds(long id, List<String> urls) {
        dsl.deleteFrom(SOURCE_FEED).where(SOURCE_FEED.SOURCE_SITE_ID.eq(id)).execute();
        insertFeeds(id, urls);
    }

    private void insertFeeds(long id, List<String> urls) {
        var insert = dsl.insertInto(SOURCE_FEED, SOURCE_FEED.SOURCE_SITE_ID, SOURCE_FEED.URL);
        for (String url : urls) {
            insert = insert.values(id, url);
        }
        insert.execute();
    }

    boolean setActive(long id, int version, boolean active) {
        return dsl.update(SOURCE_SITE)
                .set(SOURCE_SITE.ACTIVE, active)
                .set(SOURCE_SITE.VERSION, SOURCE_SITE.VERSION.plus(1))
                .set(SOURCE_SITE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SOURCE_SITE.ID.eq(id).and(SOURCE_SITE.VERSION.eq(version)))
                .execute() == 1;
    }

    /**
     * The source's fetch figures, and its articles ingested in the last 24 hours and 7 days, counted on the index
     * (source_site_id, ingested_at desc, id desc).
     */
    Optional<SourceHealth> health(long id, Instant now) {
        var source = dsl.select(SOURCE_SITE.LAST_SUCCESS_AT, SOURCE_SITE.LAST_FETCH_AT, SOURCE_SITE.LAST_ERROR,
                        SOURCE_SITE.LAST_ERROR_AT, SOURCE_SITE.CONSECUTIVE_FAILURES, SOURCE_SITE.LAST_FETCH_SUMMARY,
                        SOURCE_SITE.FETCHING_SINCE)
                .from(SOURCE_SITE).where(SOURCE_SITE.ID.eq(id)).fetchOptional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        var r = source.get();
        var dayAgo = utc(now.minus(Duration.ofDays(1)));
        var weekAgo = utc(now.minus(Duration.ofDays(7)));
        var counts = dsl.select(DSL.count().filterWhere(ARTICLE.INGESTED_AT.ge(dayAgo)), DSL.count())
                .from(ARTICLE)
                .where(ARTICLE.SOURCE_SITE_ID.eq(id).and(ARTICLE.INGESTED_AT.ge(weekAgo)))
                .fetchSingle();
        OffsetDateTime fetchingSince = r.value7();
        boolean running = fetchingSince != null
                && fetchingSince.toInstant().isAfter(now.minus(FETCH_CLAIM_TIMEOUT));
        return Optional.of(new SourceHealth(instant(r.value1()), instant(r.value2()), r.value3(), instant(r.value4()),
                r.value5(), r.value6(), counts.value1(), counts.value2(), running ? fetchingSince.toInstant() : null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
