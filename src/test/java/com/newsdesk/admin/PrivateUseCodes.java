package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;

import org.jooq.DSLContext;

/**
 * Tests of the reference data add countries and languages with codes reserved for private use (ISO 3166 QM–QZ,
 * ISO 639 qaa–qtz), and remove them again: other tests count the demo's 50 countries in the shared database.
 */
public final class PrivateUseCodes {

    private PrivateUseCodes() {
    }

    public static void removeAll(DSLContext dsl) {
        dsl.deleteFrom(COUNTRY).where(COUNTRY.CODE.between("QM", "QZ")).execute();
        dsl.deleteFrom(LANGUAGE).where(LANGUAGE.CODE.likeRegex("^q[a-t][a-z]($|-)")).execute();
    }
}
