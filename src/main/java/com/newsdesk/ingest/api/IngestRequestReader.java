package com.newsdesk.ingest.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.newsdesk.ingest.CanonicalUrl;
import com.newsdesk.ingest.IncomingArticle;
import tools.jackson.databind.JsonNode;

/**
 * Reads one article of the push API from JSON, field by field, so that every mistake is named: a missing required
 * field, a number that is text, a time without an offset, an address that is not http(s). Nothing is stored here.
 */
final class IngestRequestReader {

    /** The fields the API knows; anything else is reported, so that a typo in a field name does not pass silently. */
    static final Set<String> FIELDS = Set.of("sourceSiteId", "canonicalUrl", "originalTitle", "originalBody",
            "originalLanguage", "publishedAt", "imageUrl", "imageCaption", "imageCredit", "translatedTitle",
            "translatedBody", "translationEngine");
    private static final int MAX_TEXT = 1_000_000;

    /** One bad field: its name and what is wrong with it. */
    record FieldError(String field, String message) {
    }

    /** The article read, or the errors that kept it from being read. */
    record Read(IncomingArticle article, String canonicalUrl, List<FieldError> errors) {
    }

    private IngestRequestReader() {
    }

    static Read read(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("", "An article must be a JSON object."));
            return new Read(null, null, errors);
        }
        for (var name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "Unknown field."));
            }
        }
        Long source = null;
        JsonNode sourceNode = node.get("sourceSiteId");
        if (sourceNode == null || sourceNode.isNull()) {
            errors.add(new FieldError("sourceSiteId", "Required."));
        } else if (!sourceNode.isIntegralNumber() || sourceNode.asLong() <= 0) {
            errors.add(new FieldError("sourceSiteId", "Must be the id of a source site, a positive whole number."));
        } else {
            source = sourceNode.asLong();
        }
        String url = text(node, "canonicalUrl", true, 2000, errors);
        String canonical = null;
        if (url != null) {
            try {
                canonical = CanonicalUrl.normalise(url);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("canonicalUrl", e.getMessage()));
            }
        }
        String title = text(node, "originalTitle", true, 1000, errors);
        String body = text(node, "originalBody", true, MAX_TEXT, errors);
        String language = text(node, "originalLanguage", true, 16, errors);
        if (language != null && !language.matches("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")) {
            errors.add(new FieldError("originalLanguage", "Must be a BCP 47 language tag such as ja, ko or zh-Hant."));
            language = null;
        }
        Instant published = null;
        String publishedText = text(node, "publishedAt", false, 64, errors);
        if (publishedText != null) {
            try {
                published = OffsetDateTime.parse(publishedText).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("publishedAt",
                        "Must be an ISO 8601 time with an offset, e.g. 2025-08-23T10:15:00+09:00."));
            }
        }
        String imageUrl = text(node, "imageUrl", false, 2000, errors);
        if (imageUrl != null && !imageUrl.matches("(?i)^https?://\\S+$")) {
            errors.add(new FieldError("imageUrl", "Must be an http or https address."));
        }
        String caption = text(node, "imageCaption", false, 2000, errors);
        String credit = text(node, "imageCredit", false, 500, errors);
        if (imageUrl == null && (caption != null || credit != null)) {
            errors.add(new FieldError("imageUrl", "Required when an image caption or credit is given."));
        }
        String translatedTitle = text(node, "translatedTitle", false, 1000, errors);
        String translatedBody = text(node, "translatedBody", false, MAX_TEXT, errors);
        if ((translatedTitle == null) != (translatedBody == null)) {
            errors.add(new FieldError(translatedTitle == null ? "translatedTitle" : "translatedBody",
                    "A machine translation needs both translatedTitle and translatedBody."));
        }
        String engine = text(node, "translationEngine", false, 100, errors);
        if (!errors.isEmpty()) {
            return new Read(null, canonical != null ? canonical : url, errors);
        }
        var article = new IncomingArticle(source, canonical, null, title, body, language, published, null, imageUrl,
                caption, credit, translatedTitle, translatedBody, engine);
        return new Read(article, canonical, errors);
    }

    private static String text(JsonNode node, String field, boolean required, int max, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "Required."));
            }
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, "Must be a string."));
            return null;
        }
        String s = value.asString();
        if (s.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Must not be empty."));
            }
            return null;
        }
        if (s.length() > max) {
            errors.add(new FieldError(field, "Too long: at most " + max + " characters."));
            return null;
        }
        return s;
    }
}
