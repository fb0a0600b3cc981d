package com.newsdesk.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the article list shows. An empty status set or a null field means "any"; the time range is on ingestion,
 * from inclusive, to exclusive. {@code text} searches the English and the original (see {@link SearchText}); the
 * list is newest first by ingestion or by the source's publication time.
 */
public record ArticleFilter(Set<ArticleStatus> statuses, String countryCode, Long sourceId, String languageCode,
                            Instant ingestedFrom, Instant ingestedTo, String text, Order order)
        implements Serializable {

    /** Longest search text accepted; longer input is cut. */
    public static final int MAX_TEXT = 200;
    public static final ArticleFilter ALL = new ArticleFilter(Set.of(), null, null, null, null, null);
    /** The editor's queue: what waits for review. */
    public static final Set<ArticleStatus> QUEUE = EnumSet.of(ArticleStatus.TRANSLATED, ArticleStatus.IN_REVIEW);

    /** The list's order, newest first either way. */
    public enum Order {
        INGESTED("Ingested"), PUBLISHED("Published by the source");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ArticleFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : cut(text.strip());
        order = order == null ? Order.INGESTED : order;
    }

    public ArticleFilter(Set<ArticleStatus> statuses, String countryCode, Long sourceId, String languageCode,
                         Instant ingestedFrom, Instant ingestedTo) {
        this(statuses, countryCode, sourceId, languageCode, ingestedFrom, ingestedTo, null, Order.INGESTED);
    }

    public static ArticleFilter of(ArticleStatus status, String countryCode) {
        return new ArticleFilter(status == null ? Set.of() : Set.of(status), countryCode, null, null, null, null);
    }

    public ArticleFilter withText(String newText) {
        return new ArticleFilter(statuses, countryCode, sourceId, languageCode, ingestedFrom, ingestedTo, newText,
                order);
    }

    public ArticleFilter withOrder(Order newOrder) {
        return new ArticleFilter(statuses, countryCode, sourceId, languageCode, ingestedFrom, ingestedTo, text,
                newOrder);
    }

    /** The same conditions in any status: what the counts per status are counted under. */
    public ArticleFilter anyStatus() {
        return new ArticleFilter(Set.of(), countryCode, sourceId, languageCode, ingestedFrom, ingestedTo, text,
                Order.INGESTED);
    }

    private static String cut(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
