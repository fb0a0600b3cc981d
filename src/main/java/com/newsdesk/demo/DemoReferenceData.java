package com.newsdesk.demo;

import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_FEED;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's reference data: languages, the 50 countries and the source sites, from the hand-written files in
 * {@code src/main/resources/demo/}. Used by the demo newsroom and by the benchmark's bulk generator; idempotent.
 */
@Component
public class DemoReferenceData {

    static final String SOURCES = "demo/sources.json";
    static final String MORE_SOURCES = "demo/library/more-sources.json";

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    DemoReferenceData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A source site as stored: its id and the country and language it publishes in. */
    public record Site(long id, String key, String countryCode, String languageCode, String homeUrl) {
    }

    /** Loads what is missing; returns every demo source site by its key, in file order. */
    @Transactional
    public Map<String, Site> ensureLoaded() {
        for (var l : read("demo/languages.json", new TypeReference<List<DemoData.Language>>() { })) {
            dsl.insertInto(LANGUAGE).set(LANGUAGE.CODE, l.code()).set(LANGUAGE.NAME, l.name())
                    .set(LANGUAGE.DIRECTION, l.direction()).onConflictDoNothing().execute();
        }
        for (var c : read("demo/countries.json", new TypeReference<List<DemoData.Country>>() { })) {
            dsl.insertInto(COUNTRY).set(COUNTRY.CODE, c.code()).set(COUNTRY.NAME, c.name())
                    .set(COUNTRY.LANGUAGE_CODE, c.language()).onConflictDoNothing().execute();
        }
        Map<String, Site> sites = new LinkedHashMap<>();
        for (var s : sources()) {
            dsl.insertInto(SOURCE_SITE)
                    .set(SOURCE_SITE.NAME, s.name())
                    .set(SOURCE_SITE.HOME_URL, s.homeUrl())
                    .set(SOURCE_SITE.COUNTRY_CODE, s.country())
                    .set(SOURCE_SITE.LANGUAGE_CODE, s.language())
                    // the demo's sites are fictional and their feeds unreachable: not polled until an admin says so
                    .set(SOURCE_SITE.ACTIVE, false)
                    .onConflictDoNothing()
                    .execute();
            var row = dsl.select(SOURCE_SITE.ID, SOURCE_SITE.COUNTRY_CODE, SOURCE_SITE.LANGUAGE_CODE)
                    .from(SOURCE_SITE).where(SOURCE_SITE.NAME.eq(s.name())).fetchSingle();
            dsl.insertInto(SOURCE_FEED).set(SOURCE_FEED.SOURCE_SITE_ID, row.value1()).set(SOURCE_FEED.URL, s.feedUrl())
                    .onConflictDoNothing().execute();
            sites.put(s.key(), new Site(row.value1(), s.key(), row.value2(), row.value3(), s.homeUrl()));
        }
        return sites;
    }

    List<DemoData.Source> sources() {
        List<DemoData.Source> all = new ArrayList<>(read(SOURCES, new TypeReference<List<DemoData.Source>>() { }));
        if (new ClassPathResource(MORE_SOURCES).exists()) {
            all.addAll(read(MORE_SOURCES, new TypeReference<List<DemoData.Source>>() { }));
        }
        return all;
    }

    <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + path, e);
        }
    }
}
