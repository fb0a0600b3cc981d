package com.newsdesk.source;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an admin fills in for a source site. The service strips, validates and normalises it; nothing here is
 * trusted. Whether the source is active is not part of it: that has its own action.
 *
 * @param feedUrls            one or more RSS or Atom addresses, in the order they are fetched
 * @param pollIntervalMinutes 5 to 1440; null when the field was left empty
 */
public record SourceSiteForm(String name, String homeUrl, List<String> feedUrls, String countryCode,
                             String languageCode, Integer pollIntervalMinutes) implements Serializable {

    public static final int DEFAULT_POLL_INTERVAL = 30;

    public SourceSiteForm {
        feedUrls = feedUrls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(feedUrls));
    }

    /** An empty form for a new source, polled every {@value #DEFAULT_POLL_INTERVAL} minutes. */
    public static SourceSiteForm blank() {
        return new SourceSiteForm("", "", List.of(), null, null, DEFAULT_POLL_INTERVAL);
    }
}
