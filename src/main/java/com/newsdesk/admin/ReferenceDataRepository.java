package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.stereotype.Repository;

@Repository
class ReferenceDataRepository {

    private final DSLContext dsl;

    ReferenceDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<CountryListItem> countries() {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.LANGUAGE_CODE, LANGUAGE.NAME)
                .from(COUNTRY)
                .leftJoin(LANGUAGE).on(LANGUAGE.CODE.eq(COUNTRY.LANGUAGE_CODE))
                .orderBy(COUNTRY.NAME)
                .fetch(ReferenceDataRepository::toCountry);
    }

    Optional<CountryListItem> country(String code) {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME, COUNTRY.LANGUAGE_CODE, LANGUAGE.NAME)
                .from(COUNTRY)
                .leftJoin(LANGUAGE).on(LANGUAGE.CODE.eq(COUNTRY.LANGUAGE_CODE))
                .where(COUNTRY.CODE.eq(code))
                .fetchOptional(ReferenceDataRepository::toCountry);
    }

    List<LanguageListItem> languages() {
        return dsl.select(LANGUAGE.CODE, LANGUAGE.NAME, LANGUAGE.DIRECTION).from(LANGUAGE)
                .orderBy(LANGUAGE.NAME)
                .fetch(r -> new LanguageListItem(r.value1(), r.value2(), TextDirection.valueOf(r.value3())));
    }

    Optional<LanguageListItem> language(String code) {
        return dsl.select(LANGUAGE.CODE, LANGUAGE.NAME, LANGUAGE.DIRECTION).from(LANGUAGE)
                .where(LANGUAGE.CODE.eq(code))
                .fetchOptional(r -> new LanguageListItem(r.value1(), r.value2(), TextDirection.valueOf(r.value3())));
    }

    void renameCountry(String code, String name) {
        dsl.update(COUNTRY).set(COUNTRY.NAME, name).where(COUNTRY.CODE.eq(code)).execute();
    }

    void updateLanguage(String code, String name, TextDirection direction) {
        dsl.update(LANGUAGE)
                .set(LANGUAGE.NAME, name)
                .set(LANGUAGE.DIRECTION, direction.name())
                .where(LANGUAGE.CODE.eq(code))
                .execute();
    }

    void insertLanguage(String code, String name, TextDirection direction) {
        dsl.insertInto(LANGUAGE)
                .set(LANGUAGE.CODE, code)
                .set(LANGUAGE.NAME, name)
                .set(LANGUAGE.DIRECTION, direction.name())
                .execute();
    }

    void insertCountry(String code, String name, String languageCode) {
        dsl.insertInto(COUNTRY)
                .set(COUNTRY.CODE, code)
                .set(COUNTRY.NAME, name)
                .set(COUNTRY.LANGUAGE_CODE, languageCode)
                .execute();
    }

    private static CountryListItem toCountry(Record4<String, String, String, String> r) {
        return new CountryListItem(r.value1(), r.value2(), r.value3(), r.value4());
    }
}
