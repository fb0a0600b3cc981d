package com.newsdesk.article;

import java.time.Instant;

/** A position in the newest-first article order: rows after it are older, or as old with a smaller id. */
public record ArticleCursor(Instant ingestedAt, long id) implements java.io.Serializable {
}
