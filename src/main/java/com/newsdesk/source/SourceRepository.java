package com.newsdesk.source;

import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.util.List;

import org.jooq.DSLContext;
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

    List<SourceSiteListItem> sourceSites() {
        return dsl.select(SOURCE_SITE.ID, SOURCE_SITE.NAME, SOURCE_SITE.HOME_URL, SOURCE_SITE.COUNTRY_CODE,
                        COUNTRY.NAME, SOURCE_SITE.LANGUAGE_CODE, LANGUAGE.NAME, SOURCE_SITE.ACTIVE,
                        SOURCE_SITE.LAST_FETCH_AT, SOURCE_SITE.LAST_ERROR, SOURCE_SITE.CONSECUTIVE_FAILURES)
                .from(SOURCE_SITE)
                .join(COUNTRY).on(COUNTRY.CODE.eq(SOURCE_SITE.COUNTRY_CODE))
                .join(LANGUAGE).on(LANGUAGE.CODE.eq(SOURCE_SITE.LANGUAGE_CODE))
                .orderBy(SOURCE_SITE.NAME)
                .fetch(r -> new SourceSiteListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(),
                        r.value9() == null ? null : r.value9().toInstant(), r.value10(), r.value11()));
    }
}
