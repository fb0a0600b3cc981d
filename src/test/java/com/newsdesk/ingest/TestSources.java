package com.newsdesk.ingest;

import static com.newsdesk.jooq.Tables.SOURCE_FEED;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.util.UUID;

import org.jooq.DSLContext;

/** Source sites of a test's own, with the feeds it names. */
public final class TestSources {

    private TestSources() {
    }

    public static long create(DSLContext dsl, String country, String language, String... feeds) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long id = dsl.insertInto(SOURCE_SITE)
                .set(SOURCE_SITE.NAME, "Test source " + key)
                .set(SOURCE_SITE.HOME_URL, "https://test-" + key + ".example/")
                .set(SOURCE_SITE.COUNTRY_CODE, country)
                .set(SOURCE_SITE.LANGUAGE_CODE, language)
                .set(SOURCE_SITE.ACTIVE, true)
                .returning(SOURCE_SITE.ID).fetchSingle(SOURCE_SITE.ID);
        for (String feed : feeds) {
            dsl.insertInto(SOURCE_FEED).set(SOURCE_FEED.SOURCE_SITE_ID, id).set(SOURCE_FEED.URL, feed).execute();
        }
        return id;
    }
}
