package com.newsdesk.source;

import java.io.Serializable;
import java.util.List;

/** A source site as stored, with the version a change must name (optimistic locking). */
public record SourceSiteDetail(long id, String name, String homeUrl, List<String> feedUrls, String countryCode,
                               String languageCode, int pollIntervalMinutes, boolean active, int version)
        implements Serializable {

    public SourceSiteDetail {
        feedUrls = List.copyOf(feedUrls);
    }

    /** The stored values as a form to edit. */
    public SourceSiteForm form() {
        return new SourceSiteForm(name, homeUrl, feedUrls, countryCode, languageCode, pollIntervalMinutes);
    }
}
