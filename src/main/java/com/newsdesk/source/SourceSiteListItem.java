package com.newsdesk.source;

import java.time.Instant;

/** One row of the source-site list; {@code lastFetchAt} is null when the site was never fetched. */
public record SourceSiteListItem(long id, String name, String homeUrl, String countryCode, String countryName,
                                 String languageCode, String languageName, boolean active, Instant lastFetchAt,
                                 String lastError, int consecutiveFailures) {
}
