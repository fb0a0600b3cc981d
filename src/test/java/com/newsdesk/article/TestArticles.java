package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;

/**
 * Articles of a test's own, so that tests that change state never change the demo articles other tests read.
 * They are dated two years back, out of the way of "the last day" and "the last month".
 */
public final class TestArticles {

    private TestArticles() {
    }

    public static long create(DSLContext dsl, ArticleStatus status, String sourceCountry) {
        var source = dsl.select(SOURCE_SITE.ID, SOURCE_SITE.COUNTRY_CODE, SOURCE_SITE.LANGUAGE_CODE, SOURCE_SITE.HOME_URL)
                .from(SOURCE_SITE).where(SOURCE_SITE.COUNTRY_CODE.eq(sourceCountry)).orderBy(SOURCE_SITE.ID).limit(1)
                .fetchSingle();
        var when = OffsetDateTime.now().minusYears(2);
        boolean translated = status != ArticleStatus.INGESTED;
        var insert = dsl.insertInto(ARTICLE)
                .set(ARTICLE.SOURCE_SITE_ID, source.value1())
                .set(ARTICLE.COUNTRY_CODE, source.value2())
                .set(ARTICLE.ORIGINAL_LANGUAGE, source.value3())
                .set(ARTICLE.CANONICAL_URL, source.value4() + "test/" + UUID.randomUUID())
                .set(ARTICLE.ORIGINAL_TITLE, "原題")
                .set(ARTICLE.ORIGINAL_BODY, "<p>第一段落。</p><p>第二段落。</p>")
                .set(SearchText.ORIGINAL, SearchText.originalVector("原題", "<p>第一段落。</p><p>第二段落。</p>"))
                .set(ARTICLE.SOURCE_PUBLISHED_AT, when)
                .set(ARTICLE.INGESTED_AT, when)
                .set(ARTICLE.STATUS, status.name());
        if (translated) {
            insert = insert.set(ARTICLE.MT_TITLE, "Machine title")
                    .set(ARTICLE.MT_BODY, "<p>First paragraph.</p><p>Second paragraph.</p>")
                    .set(ARTICLE.MT_ENGINE, "test-mt");
        }
        if (status == ArticleStatus.REJECTED || status == ArticleStatus.UNPUBLISHED) {
            insert = insert.set(ARTICLE.STATUS_REASON, "test");
        }
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED) {
            insert = insert.set(ARTICLE.TITLE, "Machine title").set(ARTICLE.BODY, "<p>First paragraph.</p>")
                    .set(ARTICLE.PUBLISHED_AT, when);
        }
        return insert.returning(ARTICLE.ID).fetchSingle(ARTICLE.ID);
    }
}
