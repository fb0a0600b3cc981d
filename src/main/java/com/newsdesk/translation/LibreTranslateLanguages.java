package com.newsdesk.translation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BCP 47 language tags as LibreTranslate (Argos Translate) names languages: mostly the bare ISO 639 code, with a
 * few codes of its own. Parsed as text, not with {@link Locale}, which has rewritten {@code he} to {@code iw} in
 * some JDK versions.
 */
final class LibreTranslateLanguages {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}");
    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("tw", "hk", "mo");

    private LibreTranslateLanguages() {
    }

    /**
     * @throws TranslationException (not retryable) when the tag is missing or not a language tag
     */
    static String code(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            throw new TranslationException("The article has no source language, so it cannot be translated", false);
        }
        String[] subtags = languageTag.strip().toLowerCase(Locale.ROOT).replace('_', '-').split("-", -1);
        String language = subtags[0];
        if (!LANGUAGE.matcher(language).matches()) {
            throw new TranslationException("\"" + languageTag.strip() + "\" is not a language the translation service knows", false);
        }
        return switch (language) {
            case "zh" -> chinese(subtags);
            case "fil" -> "tl";   // LibreTranslate names Filipino by its base language, Tagalog
            case "iw" -> "he";    // old codes that Java and some feeds still use
            case "in" -> "id";
            case "ji" -> "yi";
            case "no" -> "nb";    // LibreTranslate's Norwegian is Bokmål, "nb"
            default -> language;
        };
    }

    /** "zt" is LibreTranslate's traditional Chinese; "zh" its simplified. A script subtag wins over a region. */
    private static String chinese(String[] subtags) {
        boolean traditional = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.equals("hant")) {
                return "zt";
            }
            if (subtag.equals("hans")) {
                return "zh";
            }
            if (TRADITIONAL_CHINESE_REGIONS.contains(subtag)) {
                traditional = true;
            }
        }
        return traditional ? "zt" : "zh";
    }
}
