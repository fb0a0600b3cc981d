package com.newsdesk.delivery;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One article as the app shows it (GET /api/v1/articles/{id}); also what the preview renders. The field names are
 * the API's contract: add fields, never rename or remove them.
 */
@Schema(name = "Article", description = "A published article with everything the app shows and must credit")
public record DeliveredArticle(
        long id,
        @Schema(description = "English title") String title,
        @Schema(description = "English body, sanitised HTML (p, blockquote, lists, headings, links)") String body,
        @Schema(description = "First publication") Instant publishedAt,
        @Schema(description = "Last correction, else the publication time") Instant updatedAt,
        @Schema(description = "The note of the last correction, null when there is none", nullable = true)
        String correction,
        @Schema(description = "ISO 3166-1 alpha-2 code of the source's country", example = "JP") String country,
        @Schema(description = "The country's name", example = "Japan") String countryName,
        Source source,
        @Schema(nullable = true) Image image,
        @Schema(description = "BCP 47 code of the original's language", example = "ja") String originalLanguage,
        @Schema(description = "The original article on the source's site") String originalUrl,
        @Schema(nullable = true) String author,
        Translation translation,
        @Schema(description = "Related stories of other outlets and countries, published ones only, in order")
        List<Take> alternativeTakes) {

    @Schema(name = "Source")
    public record Source(long id, String name, String country) {
    }

    @Schema(name = "Image")
    public record Image(String url, @Schema(nullable = true) String caption, @Schema(nullable = true) String credit,
                        @Schema(nullable = true) String alt) {
    }

    @Schema(name = "Translation", description = "Where the English comes from")
    public record Translation(
            @Schema(description = "Machine translation engine, null for English originals", nullable = true)
            String engine,
            @Schema(description = "Name of the original's language, e.g. Japanese") String fromLanguage,
            @Schema(description = "Whether an editor reviewed (and approved) the English") boolean reviewedByPerson) {
    }

    @Schema(name = "AlternativeTake")
    public record Take(long id, String title, String country, Source source) {
    }
}
