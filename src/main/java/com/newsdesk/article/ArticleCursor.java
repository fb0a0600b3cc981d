package com.newsdesk.article;

import java.time.Instant;

/**
 * A position in a newest-first article order: rows after it are older, or as old with a smaller id. {@code time}
 * is the ingestion or the publication time, whichever the list is ordered by.
 */
public record ArticleCursor(Instant time, long id) implements java.io.Serializable {
}
