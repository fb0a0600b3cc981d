package com.newsdesk.ingest;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells whether an article's text is in the language its source is said to publish in.
 * <p>
 * It only ever flags a mismatch on evidence: a text with fewer than {@value #MIN_LETTERS} letters, a text the
 * detector cannot decide on, and a text whose expected language the detector does not know all count as matching.
 * Languages are compared by their primary subtag, so "zh-Hant" matches Chinese. The detector knows the languages it
 * was built for (those Lingua supports) and English, in Lingua's low-accuracy mode on a sample of the first
 * {@value #SAMPLE_LENGTH} characters: all languages in high-accuracy mode would need more than 1 GB of heap
 * (stack.md). Language models are loaded on first use and shared by all instances.
 * <p>
 * Instances are safe to share between threads; build one and keep it, building is not cheap.
 */
public final class LanguageCheck {

    public static final int SAMPLE_LENGTH = 300;
    public static final int MIN_LETTERS = 20;

    /**
     * @param matches whether the text may be in the expected language (true when in doubt)
     * @param detectedLanguage the ISO 639-1 code of the language detected, or {@code null} when none was
     */
    public record Result(boolean matches, String detectedLanguage) {
    }

    private final LanguageDetector detector;
    private final Set<String> known;

    /** @param languageCodes BCP 47 codes of the languages Newsdesk has sources in; those Lingua lacks are left out */
    public LanguageCheck(Collection<String> languageCodes) {
        Set<Language> languages = EnumSet.of(Language.ENGLISH);
        for (String code : languageCodes) {
            Language language = linguaLanguage(code);
            if (language != null) {
                languages.add(language);
            }
        }
        known = languages.stream().map(LanguageCheck::code).collect(Collectors.toUnmodifiableSet());
        // With English alone there is nothing to tell apart (and Lingua needs two languages to choose from).
        detector = languages.size() < 2 ? null
                : LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new)).withLowAccuracyMode()
                        .build();
    }

    /** The ISO 639-1 codes of the languages the detector knows. */
    public Set<String> languages() {
        return known;
    }

    /** Whether {@code plainText} may be in {@code expectedLanguageCode} (a BCP 47 code such as "ja" or "zh-Hant"). */
    public Result check(String expectedLanguageCode, String plainText) {
        if (plainText == null || detector == null) {
            return new Result(true, null);
        }
        String sample = sample(plainText);
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return new Result(true, null);
        }
        Language detected = detector.detectLanguageOf(sample);
        if (detected == Language.UNKNOWN) {
            return new Result(true, null);
        }
        String detectedCode = code(detected);
        String expected = primarySubtag(expectedLanguageCode);
        boolean matches = detectedCode.equals(expected) || !known.contains(expected);
        return new Result(matches, detectedCode);
    }

    private static String sample(String text) {
        String stripped = text.strip();
        if (stripped.length() <= SAMPLE_LENGTH) {
            return stripped;
        }
        int end = SAMPLE_LENGTH;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(0, end);
    }

    private static Language linguaLanguage(String languageCode) {
        String primary = primarySubtag(languageCode);
        for (IsoCode639_1 iso : IsoCode639_1.values()) {
            if (iso != IsoCode639_1.NONE && iso.toString().equals(primary)) {
                return Language.getByIsoCode639_1(iso);
            }
        }
        return null;
    }

    private static String primarySubtag(String languageCode) {
        if (languageCode == null) {
            return "";
        }
        String code = languageCode.strip();
        int dash = indexOfSeparator(code);
        return (dash < 0 ? code : code.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static int indexOfSeparator(String code) {
        int dash = code.indexOf('-');
        int underscore = code.indexOf('_');
        if (dash < 0) {
            return underscore;
        }
        return underscore < 0 ? dash : Math.min(dash, underscore);
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString();
    }
}
