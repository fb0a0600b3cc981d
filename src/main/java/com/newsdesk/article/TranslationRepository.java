package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.jooq.impl.DSL.inline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL of machine translation: what waits for it, the article's texts, storing a translation or a failure. */
@Repository
class TranslationRepository {

    private final DSLContext dsl;

    TranslationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An article's texts as machine translation needs them. */
    record Texts(long id, int version, ArticleStatus status, String language, String originalTitle,
                 String originalBody, String mtTitle, String mtBody, String title, String body, Boolean[] edited) {
    }

    /** Articles waiting for a machine translation whose next attempt is due, newest first. */
    List<Long> due(int limit) {
        return due(limit, false);
    }

    /** As {@link #due(int)}; {@code englishOnly}: only English originals, which need no translation service. */
    List<Long> due(int limit, boolean englishOnly) {
        var english = ARTICLE.ORIGINAL_LANGUAGE.eq("en").or(ARTICLE.ORIGINAL_LANGUAGE.startsWith("en-"));
        return dsl.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.STATUS.eq(ArticleStatus.INGESTED.name()))
                .and(englishOnly ? english : org.jooq.impl.DSL.noCondition())
                .and(ARTICLE.MT_NEXT_ATTEMPT_AT.isNull().or(ARTICLE.MT_NEXT_ATTEMPT_AT.le(now())))
                .orderBy(ARTICLE.INGESTED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(ARTICLE.ID);
    }

    Optional<Texts> texts(long id) {
        return dsl.select(ARTICLE.ID, ARTICLE.VERSION, ARTICLE.STATUS, ARTICLE.ORIGINAL_LANGUAGE, ARTICLE.ORIGINAL_TITLE,
                        ARTICLE.ORIGINAL_BODY, ARTICLE.MT_TITLE, ARTICLE.MT_BODY, ARTICLE.TITLE, ARTICLE.BODY,
                        ARTICLE.PARAGRAPH_EDITED)
                .from(ARTICLE).where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new Texts(r.value1(), r.value2(), ArticleStatus.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /**
     * Stores a machine translation and the English that results, if the article still has {@code version}. An
     * article that was waiting for it becomes TRANSLATED. False when the article changed in between.
     */
    boolean store(long id, int version, String mtTitle, String mtBody, String engine, String title, String body,
                  Boolean[] edited, Long userId) {
        var translated = ARTICLE.STATUS.eq(ArticleStatus.INGESTED.name());
        return dsl.update(ARTICLE)
                .set(ARTICLE.MT_TITLE, mtTitle)
                .set(ARTICLE.MT_BODY, mtBody)
                .set(ARTICLE.MT_ENGINE, engine)
                .set(ARTICLE.MT_AT, now())
                .set(ARTICLE.MT_ERROR, (String) null)
                .set(ARTICLE.MT_ATTEMPTS, 0)
                .set(ARTICLE.MT_NEXT_ATTEMPT_AT, (OffsetDateTime) null)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.BODY, body)
                .set(ARTICLE.PARAGRAPH_EDITED, edited)
                // the editor's view of the article: what "source changed" warned about is now translated afresh
                .set(ARTICLE.SOURCE_CHANGED, false)
                .set(ARTICLE.STATUS, org.jooq.impl.DSL.when(translated, inline(ArticleStatus.TRANSLATED.name()))
                        .otherwise(ARTICLE.STATUS))
                .set(ARTICLE.STATUS_CHANGED_AT, org.jooq.impl.DSL.when(translated, now())
                        .otherwise(ARTICLE.STATUS_CHANGED_AT))
                .set(ARTICLE.UPDATED_AT, now())
                .set(ARTICLE.UPDATED_BY, userId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Records a failed attempt; the next one waits {@code backoff}. The article's version is not changed. */
    void failed(long id, String message, Duration backoff) {
        dsl.update(ARTICLE)
                .set(ARTICLE.MT_ERROR, message)
                .set(ARTICLE.MT_ATTEMPTS, ARTICLE.MT_ATTEMPTS.plus(1))
                .set(ARTICLE.MT_NEXT_ATTEMPT_AT, now().plus(backoff))
                .where(ARTICLE.ID.eq(id))
                .execute();
    }

    int attempts(long id) {
        return dsl.select(ARTICLE.MT_ATTEMPTS).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional(ARTICLE.MT_ATTEMPTS)
                .orElse(0);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
