package com.newsdesk.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the article list shows. An empty status set or a null field means "any"; the time range is on ingestion,
 * from inclusive, to exclusive.
 */
public record ArticleFilter(Set<ArticleStatus> statuses, String countryCode, Long sourceId, String languageCode,
                            Instant ingestedFrom, Instant ingestedTo) implements Serializable {

    public static final ArticleFilter ALL = new ArticleFilter(Set.of(), null, null, null, null, null);
    /** The editor's queue: what waits for review. */
    public static final Set<ArticleStatus> QUEUE = EnumSet.of(ArticleStatus.TRANSLATED, ArticleStatus.IN_REVIEW);

    public ArticleFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    public static ArticleFilter of(ArticleStatus status, String countryCode) {
        return new ArticleFilter(status == null ? Set.of() : Set.of(status), countryCode, null, null, null, null);
    }
}
