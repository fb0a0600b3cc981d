package com.newsdesk.demo;

import java.time.OffsetDateTime;
import java.util.List;

/** The shape of the hand-written demo files in {@code src/main/resources/demo/}. */
final class DemoData {

    private DemoData() {
    }

    record Language(String code, String name, String direction) {
    }

    record Country(String code, String name, String language) {
    }

    record Source(String key, String name, String homeUrl, String feedUrl, String country, String language) {
    }

    record Image(String file, String caption, String credit, String alt) {
    }

    /**
     * An article either at a fixed time ({@code publishedAt}, the seed stories) or {@code ageHours} before the
     * moment the demo is loaded, so that the newsroom always looks current.
     */
    record Article(String key, String source, String canonicalUrl, String author, String status,
                   OffsetDateTime publishedAt, Integer ageHours, String originalTitle, List<String> originalParagraphs,
                   String translatedTitle, List<String> translatedParagraphs, String editedTitle,
                   List<String> editedParagraphs, String reason, Image image) {
    }

    record Take(String a, String b, int order, String note) {
    }

    record Articles(List<Article> articles, List<Take> takes) {
    }

    /** A story of the library: its English text and the same story as outlets write it in other languages. */
    record Story(String key, String topic, String image, String imageCaption, String imageCredit, Boolean wire,
                 Text en, java.util.Map<String, Text> versions, List<Slip> slips) {
    }

    record Text(String title, List<String> paragraphs) {
    }

    /** A typical machine-translation slip: {@code find} in the English replaced by {@code replace}. */
    record Slip(String find, String replace, String kind) {
    }

    record Library(List<Story> stories) {
    }
}
