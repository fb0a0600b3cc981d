package com.newsdesk.feature;

import java.time.Instant;

/**
 * An entry of a feature list as editors see it: the article, its status, its optional time window, and whether the
 * app shows it now ({@code live}: published and inside its window).
 */
public record FeatureEntryItem(long articleId, String title, String country, String sourceName, String status,
                               int position, Instant startsAt, Instant endsAt, boolean live) {
}
