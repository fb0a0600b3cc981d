package com.newsdesk.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery API the app reads (read-only, no login): countries, a country's articles, feature lists, one article.
 * Every answer has a strong ETag and {@code Cache-Control: no-cache}; send the ETag back in {@code If-None-Match} to
 * get 304 while nothing changed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Delivery", description = "Published articles for the app. Read-only, no login. Every answer carries a "
        + "strong ETag and Cache-Control: no-cache; If-None-Match with the ETag answers 304 while nothing changed. "
        + "Unknown or unpublished things are 404 application/problem+json.")
@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current",
        headers = @Header(name = "ETag", description = "Strong validator of the answer"))
class DeliveryController {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final DeliveryService delivery;
    private final DeliveryHttp http;

    DeliveryController(DeliveryService delivery, DeliveryHttp http) {
        this.delivery = delivery;
        this.http = http;
    }

    @GetMapping("/countries")
    @Operation(summary = "Countries with the number of their published articles")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryLists.Countries.class)))
    ResponseEntity<byte[]> countries(HttpServletRequest request) {
        return http.respond(request, () -> http.json(delivery.countries()));
    }

    @GetMapping("/articles")
    @Operation(summary = "A country's published articles, newest first",
            description = "Pages of `limit` articles; `next` is the relative URL of the next page (null on the last). "
                    + "Articles published at the same instant are neither skipped nor repeated.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryLists.Articles.class)))
    @ApiResponse(responseCode = "400", description = "No or bad country, bad cursor or limit",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "Unknown country", content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> articles(
            @Parameter(description = "ISO 3166-1 alpha-2 code", example = "JP") @RequestParam(required = false)
            String country,
            @Parameter(description = "Opaque token from the previous page's `next` link") @RequestParam(required = false)
            String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        return http.respond(request, () -> http.json(delivery.articles(country, cursor, limit(limit))));
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "One published article with its published alternative takes, in order")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveredArticle.class)))
    @ApiResponse(responseCode = "404", description = "Unknown or not published", content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> article(@PathVariable String id, HttpServletRequest request) {
        return http.respond(request, () -> http.json(delivery.article(id(id))));
    }

    @GetMapping("/features/{code}/articles")
    @Operation(summary = "The live entries of a feature list, in order",
            description = "Feature codes: dont-miss, top-stories, editors-picks. Live: published, and inside the "
                    + "entry's time window if it has one.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DeliveryLists.Articles.class)))
    @ApiResponse(responseCode = "404", description = "Unknown feature", content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> feature(@PathVariable String code, HttpServletRequest request) {
        return http.respond(request, () -> {
            var timed = delivery.featureArticles(code);
            return http.json(timed.value(), timed.validFor());
        });
    }

    private static long id(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new DeliveryNotFoundException("There is no published article " + id + ".");
    }

    private static Integer limit(String limit) {
        if (limit == null) {
            return null;
        }
        try {
            return Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            throw new BadDeliveryRequestException("limit must be a number between 1 and " + DeliveryService.MAX_PAGE
                    + ".");
        }
    }
}
