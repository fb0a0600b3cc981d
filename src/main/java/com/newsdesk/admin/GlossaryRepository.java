package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.GLOSSARY_TERM;
import static com.newsdesk.jooq.Tables.LANGUAGE;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class GlossaryRepository {

    private final DSLContext dsl;

    GlossaryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<GlossaryTerm> list(String language) {
        return dsl.selectFrom(GLOSSARY_TERM)
                .where(language == null ? GLOSSARY_TERM.LANGUAGE_CODE.isNotNull() : GLOSSARY_TERM.LANGUAGE_CODE.eq(language))
                .orderBy(GLOSSARY_TERM.LANGUAGE_CODE, GLOSSARY_TERM.SOURCE_TERM)
                .fetch(r -> new GlossaryTerm(r.getId(), r.getLanguageCode(), r.getSourceTerm(), r.getEnglishTerm(),
                        r.getNote()));
    }

    Optional<GlossaryTerm> find(String language, String sourceTerm) {
        return dsl.selectFrom(GLOSSARY_TERM)
                .where(GLOSSARY_TERM.LANGUAGE_CODE.eq(language).and(GLOSSARY_TERM.SOURCE_TERM.eq(sourceTerm)))
                .fetchOptional(r -> new GlossaryTerm(r.getId(), r.getLanguageCode(), r.getSourceTerm(),
                        r.getEnglishTerm(), r.getNote()));
    }

    Optional<GlossaryTerm> find(long id) {
        return dsl.selectFrom(GLOSSARY_TERM).where(GLOSSARY_TERM.ID.eq(id))
                .fetchOptional(r -> new GlossaryTerm(r.getId(), r.getLanguageCode(), r.getSourceTerm(),
                        r.getEnglishTerm(), r.getNote()));
    }

    boolean languageExists(String code) {
        return dsl.fetchExists(LANGUAGE, LANGUAGE.CODE.eq(code));
    }

    long insert(GlossaryTerm t) {
        return dsl.insertInto(GLOSSARY_TERM)
                .set(GLOSSARY_TERM.LANGUAGE_CODE, t.languageCode())
                .set(GLOSSARY_TERM.SOURCE_TERM, t.sourceTerm())
                .set(GLOSSARY_TERM.ENGLISH_TERM, t.englishTerm())
                .set(GLOSSARY_TERM.NOTE, t.note())
                .returning(GLOSSARY_TERM.ID).fetchSingle(GLOSSARY_TERM.ID);
    }

    void update(GlossaryTerm t) {
        dsl.update(GLOSSARY_TERM)
                .set(GLOSSARY_TERM.LANGUAGE_CODE, t.languageCode())
                .set(GLOSSARY_TERM.SOURCE_TERM, t.sourceTerm())
                .set(GLOSSARY_TERM.ENGLISH_TERM, t.englishTerm())
                .set(GLOSSARY_TERM.NOTE, t.note())
                .where(GLOSSARY_TERM.ID.eq(t.id()))
                .execute();
    }

    boolean delete(long id) {
        return dsl.deleteFrom(GLOSSARY_TERM).where(GLOSSARY_TERM.ID.eq(id)).execute() == 1;
    }
}
