package com.newsdesk.article;

import java.time.Instant;

/**
 * Where an article stands in publishing: its status and version, the time a scheduled publication is due
 * ({@code publishAt}, only while approved), when it was first published and last corrected, and the reason of an
 * unpublication.
 */
public record PublishState(long id, ArticleStatus status, int version, Instant publishAt, Instant publishedAt,
                           Instant correctedAt, String correctionNote, String statusReason) {

    public boolean scheduled() {
        return publishAt != null;
    }
}
