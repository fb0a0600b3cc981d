package com.newsdesk.article;

import java.time.Instant;
import java.util.List;

/** An editor's unsaved English of an article, as typed, and the version it was typed against. */
public record Draft(int baseVersion, String title, List<String> paragraphs, Instant savedAt) {
}
