package com.newsdesk.article;

import java.time.Instant;

/** Someone who has the article open in the review editor, since when, and who took it over from them if anyone. */
public record Presence(String username, Instant since, String takenOverBy) {
}
