package com.newsdesk.article;

import java.time.Instant;

/**
 * One row of the article list.
 *
 * @param title        the English title (edited, else machine), else the original title
 * @param titleEnglish whether {@code title} is English
 * @param publishedAt  when the source published it
 */
public record ArticleListItem(long id, String title, boolean titleEnglish, String sourceName, String countryCode,
                              String languageCode, ArticleStatus status, Instant ingestedAt, Instant publishedAt) {

    /** The keyset position of this row in the newest-by-ingestion order. */
    public ArticleCursor cursor() {
        return cursor(ArticleFilter.Order.INGESTED);
    }

    /** The keyset position of this row in the given order. */
    public ArticleCursor cursor(ArticleFilter.Order order) {
        return new ArticleCursor(order == ArticleFilter.Order.PUBLISHED ? publishedAt : ingestedAt, id);
    }
}
