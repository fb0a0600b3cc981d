package com.newsdesk.delivery;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** An article in a list: what a list screen of the app shows; the full article is at {@code href}. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(long id, String title, Instant publishedAt, Instant updatedAt,
                             @Schema(nullable = true) String correction, String country,
                             DeliveredArticle.Source source, @Schema(nullable = true) DeliveredArticle.Image image,
                             String originalLanguage,
                             @Schema(description = "The full article", example = "/api/v1/articles/42") String href) {
}
