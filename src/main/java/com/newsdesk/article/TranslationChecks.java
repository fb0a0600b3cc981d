package com.newsdesk.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings an editor should see before approving: numbers and dates of the original missing from the English,
 * quotations that lost their quotes, source-script text left in the English, paragraphs dropped, merged or empty,
 * glossary terms translated differently, and a title too long for the app. Plain logic, no database.
 */
public final class TranslationChecks {

    public enum Kind { NUMBER, QUOTE, UNTRANSLATED, PARAGRAPHS, EMPTY_PARAGRAPH, GLOSSARY, TITLE_LENGTH }

    /** One warning; {@code paragraph} is 1-based, 0 for the title, -1 for the whole article. */
    public record Warning(Kind kind, int paragraph, String message) {
    }

    /** A glossary entry: where {@code source} appears in the original, the English must say {@code english}. */
    public record Term(String source, String english) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** Numbers followed by a CJK power of ten are written differently in English (1億 = 100 million): skipped. */
    private static final Pattern CJK_MAGNITUDE = Pattern.compile("^\\s*[万億兆亿萬만억조千百]");
    private static final Pattern SOURCE_SCRIPT = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsArabic}\\p{IsHebrew}\\p{IsCyrillic}"
                    + "\\p{IsDevanagari}\\p{IsThai}\\p{IsGreek}]+(?:[\\s·]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}"
                    + "\\p{IsHangul}\\p{IsArabic}\\p{IsHebrew}\\p{IsCyrillic}\\p{IsDevanagari}\\p{IsThai}\\p{IsGreek}]+)*");
    private static final Pattern ORIGINAL_QUOTE = Pattern.compile("「[^」]+」|『[^』]+』|“[^”]+”|\"[^\"]+\"|«[^»]+»|„[^“”]+[“”]|‘[^’]+’");
    private static final Pattern ENGLISH_QUOTE = Pattern.compile("“[^”]+”|\"[^\"]+\"|‘[^’]+’");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("january", "1"),
            Map.entry("february", "2"), Map.entry("march", "3"), Map.entry("april", "4"), Map.entry("may", "5"),
            Map.entry("june", "6"), Map.entry("july", "7"), Map.entry("august", "8"), Map.entry("september", "9"),
            Map.entry("october", "10"), Map.entry("november", "11"), Map.entry("december", "12"),
            Map.entry("jan.", "1"), Map.entry("feb.", "2"), Map.entry("aug.", "8"), Map.entry("sept.", "9"),
            Map.entry("oct.", "10"), Map.entry("nov.", "11"), Map.entry("dec.", "12"));

    private TranslationChecks() {
    }

    /** Texts are plain text (title, then one entry per paragraph). */
    public static List<Warning> check(String originalTitle, List<String> original, String englishTitle,
                                      List<String> english, List<Term> glossary, int titleLimit) {
        List<Warning> warnings = new ArrayList<>();
        if (englishTitle != null && englishTitle.length() > titleLimit) {
            warnings.add(new Warning(Kind.TITLE_LENGTH, 0, "The title has " + englishTitle.length()
                    + " characters; the app shows at most " + titleLimit + "."));
        }
        if (original.size() != english.size()) {
            warnings.add(new Warning(Kind.PARAGRAPHS, -1, "The original has " + original.size() + " paragraphs, the "
                    + "English " + english.size() + ": a paragraph may have been dropped or merged."));
        }
        for (int i = 0; i < english.size(); i++) {
            if (english.get(i).isBlank()) {
                warnings.add(new Warning(Kind.EMPTY_PARAGRAPH, i + 1, "Paragraph " + (i + 1) + " is empty."));
            }
        }
        boolean aligned = original.size() == english.size();
        // paragraph by paragraph when they line up; otherwise the whole text at once
        List<String> originalUnits = new ArrayList<>();
        List<String> englishUnits = new ArrayList<>();
        originalUnits.add(nullToEmpty(originalTitle));
        englishUnits.add(nullToEmpty(englishTitle));
        if (aligned) {
            originalUnits.addAll(original);
            englishUnits.addAll(english);
        } else {
            originalUnits.add(String.join("\n", original));
            englishUnits.add(String.join("\n", english));
        }
        for (int u = 0; u < originalUnits.size(); u++) {
            int paragraph = u == 0 ? 0 : aligned ? u : -1;
            String where = paragraph == 0 ? "The title" : paragraph > 0 ? "Paragraph " + paragraph : "The text";
            String o = originalUnits.get(u);
            String e = englishUnits.get(u);
            Set<String> englishNumbers = numbers(e, false);
            for (String n : numbers(o, true)) {
                if (!englishNumbers.contains(n)) {
                    warnings.add(new Warning(Kind.NUMBER, paragraph, where + ": the number " + n
                            + " of the original is not in the English."));
                }
            }
            int originalQuotes = count(ORIGINAL_QUOTE, o);
            int englishQuotes = count(ENGLISH_QUOTE, e);
            if (originalQuotes > englishQuotes) {
                warnings.add(new Warning(Kind.QUOTE, paragraph, where + ": the original quotes " + originalQuotes
                        + " passage(s), the English " + englishQuotes + "."));
            }
            Matcher left = SOURCE_SCRIPT.matcher(e);
            while (left.find()) {
                warnings.add(new Warning(Kind.UNTRANSLATED, paragraph, where + ": \"" + left.group()
                        + "\" was left untranslated."));
            }
            for (Term term : glossary) {
                if (o.contains(term.source())
                        && !e.toLowerCase(Locale.ROOT).contains(term.english().toLowerCase(Locale.ROOT))) {
                    warnings.add(new Warning(Kind.GLOSSARY, paragraph, where + ": \"" + term.source()
                            + "\" should be translated as \"" + term.english() + "\"."));
                }
            }
        }
        return warnings;
    }

    /**
     * Numbers as digits only, normalised: full-width and Arabic-Indic digits to ASCII, thousands separators dropped,
     * a decimal comma read as a point. The English side also counts month names as their numbers (23 August).
     */
    static Set<String> numbers(String text, boolean original) {
        String normalised = asciiDigits(text);
        Set<String> result = new HashSet<>();
        Matcher m = NUMBER.matcher(normalised);
        while (m.find()) {
            if (original && CJK_MAGNITUDE.matcher(normalised.substring(m.end())).find()) {
                continue;
            }
            result.add(normalise(m.group()));
        }
        if (!original) {
            String lower = text.toLowerCase(Locale.ROOT);
            MONTHS.forEach((name, number) -> {
                if (lower.matches("(?s).*\\b" + Pattern.quote(name) + "(\\W.*|$)")) {
                    result.add(number);
                }
            });
        }
        return result;
    }

    private static String normalise(String number) {
        // 1,234,567 or 1.234.567 -> 1234567; 3,2 -> 3.2; 3.2 stays
        if (number.matches("\\d{1,3}([.,]\\d{3})+")) {
            return number.replaceAll("[.,]", "");
        }
        return number.replace(',', '.');
    }

    private static String asciiDigits(String text) {
        var sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int digit = Character.digit(c, 10);
            if (c == '\u066B') {
                sb.append('.'); // Arabic decimal separator
            } else if (c == '\u066C') {
                sb.append(','); // Arabic thousands separator
            } else {
                sb.appendCodePoint(digit >= 0 && c > 127 ? '0' + digit : c);
            }
        });
        return sb.toString();
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
