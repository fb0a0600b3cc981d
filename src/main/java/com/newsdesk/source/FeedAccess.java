package com.newsdesk.source;

/**
 * What source administration needs from ingestion: its rules for web addresses, and "fetch now". Ingestion depends
 * on the article package, and the article screens on this package, so this package must not depend on ingestion
 * (feature packages are free of cycles, see ArchitectureTest): it states what it needs here, and
 * {@code com.newsdesk.wiring} implements it with the ingest package.
 */
public interface FeedAccess {

    /**
     * The normalised form of an http(s) address (scheme and host lower-cased, fragment dropped, ...).
     *
     * @throws IllegalArgumentException with a message fit to show a person, e.g. "not an http(s) address: ftp://x"
     */
    String normalise(String url);

    /** Fetches every feed of the source now and stores the new items; blocks for seconds. Admins only. */
    FetchReport fetchNow(long sourceId);
}
