package com.newsdesk.source;

/** The fields of the source-site form, so that a refusal can be shown next to the field it is about. */
public enum SourceField {
    NAME, HOME_URL, FEED_URLS, COUNTRY, LANGUAGE, POLL_INTERVAL
}
