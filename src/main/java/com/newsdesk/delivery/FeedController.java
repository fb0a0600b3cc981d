package com.newsdesk.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Atom feeds of a country's newest published articles and of a feature's live entries. */
@RestController
@Tag(name = "Feeds", description = "Atom 1.0 feeds; ETag and Cache-Control as the API")
class FeedController {

    private final DeliveryService delivery;
    private final DeliveryHttp http;

    FeedController(DeliveryService delivery, DeliveryHttp http) {
        this.delivery = delivery;
        this.http = http;
    }

    @GetMapping("/feeds/countries/{code}.atom")
    @Operation(summary = "The country's 50 newest published articles")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> country(@PathVariable String code, HttpServletRequest request) {
        return http.respond(request, () -> {
            var feed = delivery.countryFeed(code);
            return http.atom(AtomFeeds.write(feed), feed.validFor());
        });
    }

    @GetMapping("/feeds/features/{code}.atom")
    @Operation(summary = "The feature's live entries, in order")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> feature(@PathVariable String code, HttpServletRequest request) {
        return http.respond(request, () -> {
            var feed = delivery.featureFeed(code);
            return http.atom(AtomFeeds.write(feed), feed.validFor());
        });
    }
}
