package com.newsdesk.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as the review editor shows it: original and English side by side, paragraph by paragraph.
 * Paragraphs are sanitised HTML of the top-level blocks; {@code version} is what a save must match;
 * {@code machineError} says why the last machine translation attempt failed, if it did.
 */
public record ArticleDetail(long id, int version, ArticleStatus status, String statusReason,
                            String sourceName, String canonicalUrl, String countryCode, String countryName,
                            String originalLanguage, String originalLanguageName, boolean rightToLeft,
                            String author, Instant sourcePublishedAt, boolean publishedAtEstimated, Instant ingestedAt,
                            boolean languageMismatch, boolean sourceChanged,
                            String imageUrl, String imageCaption, String imageCredit, String imageAlt,
                            String originalTitle, List<String> originalParagraphs,
                            String machineTitle, List<String> machineParagraphs, String machineEngine,
                            String title, List<String> paragraphs, List<Boolean> paragraphEdited,
                            String machineError) {

    public boolean translated() {
        return machineTitle != null;
    }
}
