package com.newsdesk.takes;

import java.time.Instant;
import java.util.List;

/** A story in the list of stories: its first article, how many articles and which countries, when last linked. */
public record StorySummary(TakeArticle first, int articles, List<String> countryCodes, Instant lastLinked) {
}
