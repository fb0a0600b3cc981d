package com.newsdesk.delivery;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The list shapes of the API: {@code {"items": [...], "next": "<relative URL or null>"}}. */
public final class DeliveryLists {

    private DeliveryLists() {
    }

    @Schema(name = "CountryList")
    public record Countries(List<CountryCount> items,
                            @Schema(nullable = true, description = "Always null: all countries come at once") String next) {
    }

    @Schema(name = "Country")
    public record CountryCount(@Schema(example = "JP") String code, String name, long publishedArticles) {
    }

    @Schema(name = "ArticleList")
    public record Articles(List<ArticleSummary> items,
                           @Schema(nullable = true, description = "The next page, null on the last",
                                   example = "/api/v1/articles?country=JP&cursor=AZKx8k0bAAAAAAAAACo") String next) {
    }

    @Schema(name = "Feature")
    public record Feature(String code, String name, String description) {
    }
}
