package com.newsdesk.source;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the source-site list. {@code lastFetchAt} and {@code lastSuccessAt} are null when it never happened;
 * {@code articlesLast7Days} counts the articles ingested from it in the last 7 days.
 */
public record SourceSiteListItem(long id, String name, String homeUrl, String countryCode, String countryName,
                                 String languageCode, String languageName, boolean active, Instant lastFetchAt,
                                 String lastError, int consecutiveFailures, Instant lastSuccessAt,
                                 long articlesLast7Days) implements Serializable {

    /** How the source is doing, in one word for the list. */
    public enum Status {
        /** Its last fetches read no feed at all. */
        FAILING("Failing"),
        ACTIVE("Active"),
        /** Not fetched any more; its articles stay. */
        INACTIVE("Inactive");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Inactive sources are not fetched, so they are not failing either, whatever their last fetches did. */
    public Status status() {
        return !active ? Status.INACTIVE : consecutiveFailures > 0 ? Status.FAILING : Status.ACTIVE;
    }
}
