package com.newsdesk.source;

import java.io.Serializable;
import java.time.Instant;

/**
 * How a source's fetching goes. Times are null when it never happened.
 *
 * @param lastError           the last error in words (also a partial one: one feed of several), null if none yet
 * @param consecutiveFailures fetches in a row that read no feed at all; 0 after a successful one
 * @param lastFetchSummary    what the last fetch found: items new, updated, unchanged, and problems
 * @param fetchingSince       when the fetch running now started; null when none runs (or a stale claim of a
 *                            crashed instance, which the next fetch takes over)
 */
public record SourceHealth(Instant lastSuccessAt, Instant lastFetchAt, String lastError, Instant lastErrorAt,
                           int consecutiveFailures, String lastFetchSummary, long articlesLast24Hours,
                           long articlesLast7Days, Instant fetchingSince) implements Serializable {

    public boolean fetching() {
        return fetchingSince != null;
    }

    public boolean failing() {
        return consecutiveFailures > 0;
    }
}
