package com.newsdesk.article;

import java.time.Instant;

/**
 * One row of the article list.
 *
 * @param title        the English title (edited, else machine), else the original title
 * @param titleEnglish whether {@code title} is English
 */
public record ArticleListItem(long id, String title, boolean titleEnglish, String sourceName, String countryCode,
                              String languageCode, ArticleStatus status, Instant ingestedAt) {

    /** The keyset position of this row in the newest-first order. */
    public ArticleCursor cursor() {
        return new ArticleCursor(ingestedAt, id);
    }
}
