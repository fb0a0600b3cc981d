package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.newsdesk.article.SearchText;
import org.jooq.DSLContext;

/**
 * Articles of a takes test's own, with real-shaped English (and, for near-duplicates, original) text, from the
 * {@code n}-th demo source of a country, at a time the test chooses (far from other tests' articles).
 */
public final class TakeTestArticles {

    private TakeTestArticles() {
    }

    /** A translated article whose original is its English (as from an English-language outlet), not edited yet. */
    public static long english(DSLContext dsl, String country, int sourceIndex, OffsetDateTime when,
                               String title, String bodyHtml) {
        return create(dsl, country, sourceIndex, when, "TRANSLATED", title, bodyHtml, title, bodyHtml);
    }

    public static long create(DSLContext dsl, String country, int sourceIndex, OffsetDateTime when, String status,
                              String originalTitle, String originalBody, String englishTitle, String englishBody) {
        var source = dsl.select(SOURCE_SITE.ID, SOURCE_SITE.COUNTRY_CODE, SOURCE_SITE.LANGUAGE_CODE, SOURCE_SITE.HOME_URL)
                .from(SOURCE_SITE).where(SOURCE_SITE.COUNTRY_CODE.eq(country)).orderBy(SOURCE_SITE.ID)
                .offset(sourceIndex).limit(1).fetchSingle();
        var insert = dsl.insertInto(ARTICLE)
                .set(ARTICLE.SOURCE_SITE_ID, source.value1())
                .set(ARTICLE.COUNTRY_CODE, source.value2())
                .set(ARTICLE.ORIGINAL_LANGUAGE, source.value3())
                .set(ARTICLE.CANONICAL_URL, source.value4() + "takes-test/" + UUID.randomUUID())
                .set(ARTICLE.ORIGINAL_TITLE, originalTitle)
                .set(ARTICLE.ORIGINAL_BODY, originalBody)
                .set(SearchText.ORIGINAL, SearchText.originalVector(originalTitle, originalBody))
                .set(ARTICLE.SOURCE_PUBLISHED_AT, when)
                .set(ARTICLE.INGESTED_AT, when.plusMinutes(10))
                .set(ARTICLE.STATUS, status)
                .set(ARTICLE.MT_TITLE, englishTitle)
                .set(ARTICLE.MT_BODY, englishBody)
                .set(ARTICLE.MT_ENGINE, "test-mt");
        if (status.equals("APPROVED") || status.equals("PUBLISHED")) {
            insert = insert.set(ARTICLE.TITLE, englishTitle).set(ARTICLE.BODY, englishBody);
        }
        if (status.equals("PUBLISHED")) {
            insert = insert.set(ARTICLE.PUBLISHED_AT, when.plusHours(1));
        }
        if (status.equals("REJECTED")) {
            insert = insert.set(ARTICLE.STATUS_REASON, "test");
        }
        return insert.returning(ARTICLE.ID).fetchSingle(ARTICLE.ID);
    }

    /**
     * A translated article with the English of a demo article (articles.json) as its machine translation. Not edited:
     * the demo's own articles stay the only ones with their edited titles, which other tests look them up by.
     */
    public static long seedCopy(DSLContext dsl, String key, String country, int sourceIndex, OffsetDateTime when) {
        var text = DemoTexts.seedEnglish(key);
        return create(dsl, country, sourceIndex, when, "TRANSLATED", "原文 " + key, "<p>原文 " + key + "</p>",
                text.title(), text.html());
    }
}
