package com.newsdesk.takes;

import java.time.Instant;

import com.newsdesk.article.ArticleStatus;

/**
 * An article as the takes screens show it.
 *
 * @param title       the English title (edited, else machine), else the original title
 * @param dupGroup    the near-duplicate group it belongs to (the smallest article id of its twins), or null
 */
public record TakeArticle(long id, String title, String countryCode, String countryName, long sourceId,
                          String sourceName, ArticleStatus status, Instant publishedAt, Long dupGroup) {
}
