package com.newsdesk.article;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Terms for searching original text in any script. PostgreSQL's parsers do not segment Chinese, Japanese or Korean:
 * a run of ideographs becomes one token, so a search for a two-character name inside a sentence finds nothing. Here
 * every run of CJK characters becomes its overlapping character pairs (bigrams), plus its last character alone, and
 * every other word is lower-cased as it is. The document side is stored as a {@code tsvector} literal (column
 * {@code article.search_original}); the query side becomes a {@code tsquery} that asks for all of its terms, so
 * "石破茂" finds documents holding "石破" and "破茂". One CJK character is searched as a prefix ("雨" matches
 * "雨が"), which every occurrence is: each character starts a pair or ends its run.
 *
 * <p>Terms hold letters and digits only, so the literals need no escaping.
 */
public final class SearchText {

    /** Lexemes longer than this are cut: nobody searches a 100-letter word, and tsvector limits lexeme size. */
    static final int MAX_TERM = 100;
    /** Enough terms for a long article; the rest are dropped so that one huge body cannot bloat the index. */
    static final int MAX_TERMS = 5_000;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The column the original's terms are stored in (not in the generated classes: a tsvector has no Java type). */
    public static final Field<String> ORIGINAL = DSL.field(DSL.name("search_original"), String.class);

    private SearchText() {
    }

    /** The value to store in {@link #ORIGINAL} for an original title and HTML body. */
    public static Field<String> originalVector(String title, String bodyHtml) {
        return DSL.field("cast({0} as tsvector)", String.class, DSL.val(documentVector(title, bodyHtml)));
    }

    /** The {@code tsvector} literal of an original title and HTML body: distinct terms, each quoted. */
    public static String documentVector(String title, String bodyHtml) {
        Set<String> terms = new LinkedHashSet<>();
        collect(title, terms, true);
        collect(bodyHtml == null ? null : TAG.matcher(bodyHtml).replaceAll(" ").replace("&nbsp;", " "), terms, true);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String t : terms) {
            if (n++ == MAX_TERMS) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append('\'').append(t).append('\'');
        }
        return out.toString();
    }

    /**
     * The {@code tsquery} literal for what a person typed: all its terms, joined by AND; a word written {@code -word}
     * excludes, as in the English web-search syntax, and {@code OR} and quotes are read as plain separators. Null when
     * it holds no term to look for. A single CJK character is a prefix term.
     */
    public static String query(String typed) {
        if (typed == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean positive = false;
        for (String token : typed.strip().split("\\s+")) {
            if (token.equals("OR")) {
                continue;
            }
            boolean exclude = token.startsWith("-") && token.length() > 1;
            Set<String> terms = new LinkedHashSet<>();
            collect(exclude ? token.substring(1) : token, terms, false);
            for (String t : terms) {
                if (!seen.add((exclude ? "-" : "") + t)) {
                    continue;
                }
                boolean singleCjk = t.codePointCount(0, t.length()) == 1 && isCjk(t.codePointAt(0));
                parts.add((exclude ? "!" : "") + '\'' + t + '\'' + (singleCjk ? ":*" : ""));
                positive |= !exclude;
            }
        }
        return positive ? String.join(" & ", parts) : null;
    }

    private static void collect(String text, Set<String> terms, boolean document) {
        if (text == null) {
            return;
        }
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                flushWord(word, terms);
                cjk.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, terms, document);
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                // vowel signs of Devanagari, Thai, Arabic harakat: part of the word they sit on
                if (!word.isEmpty()) {
                    word.appendCodePoint(cp);
                }
            } else {
                flushWord(word, terms);
                flushCjk(cjk, terms, document);
            }
        });
        flushWord(word, terms);
        flushCjk(cjk, terms, document);
    }

    private static void flushWord(StringBuilder word, Set<String> terms) {
        if (!word.isEmpty()) {
            String w = word.toString().toLowerCase(Locale.ROOT);
            terms.add(w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w);
            word.setLength(0);
        }
    }

    private static void flushCjk(StringBuilder run, Set<String> terms, boolean document) {
        if (run.isEmpty()) {
            return;
        }
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            terms.add(new String(cps, 0, 1));
        } else {
            for (int i = 0; i + 1 < cps.length; i++) {
                terms.add(new String(cps, i, 2));
            }
            if (document) {
                // the last character alone, so that a one-character search (a prefix) finds it too
                terms.add(new String(cps, cps.length - 1, 1));
            }
        }
        run.setLength(0);
    }

    static boolean isCjk(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL || cp == 0x30FC; // ー, the katakana length mark, is script COMMON
    }
}
