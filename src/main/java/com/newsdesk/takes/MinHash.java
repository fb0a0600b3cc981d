package com.newsdesk.takes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Near-duplicate fingerprints of a text: the MinHash signature of its word shingles (every run of
 * {@value #SHINGLE} words; in Chinese, Japanese and Korean every character counts as a word), which estimates the
 * Jaccard similarity of two texts' shingle sets as the share of equal values, and the locality-sensitive band
 * keys that find likely twins through an index: two texts sharing a band key are compared, others never are.
 *
 * <p>With {@value #BANDS} bands of {@value #ROWS} values, a pair with similarity 0.7 shares a band with probability
 * 0.99, a pair with 0.3 with 0.12 (and is then refused by the full comparison); unrelated texts (similarity near 0)
 * practically never meet.
 */
public final class MinHash {

    static final int SHINGLE = 3;
    static final int HASHES = 64;
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    /** Fewer shingles than this: too short to call anything a copy of it. */
    static final int MIN_SHINGLES = 12;
    /** Estimated similarity from which two texts are near-duplicates (the same text, lightly edited). */
    public static final double THRESHOLD = 0.5;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = x;
        }
    }

    /** A signature and its band keys; empty for a text too short to compare. */
    public record Fingerprint(int[] signature, int[] bands) {

        public boolean empty() {
            return signature.length == 0;
        }
    }

    private MinHash() {
    }

    /** The fingerprint of a title and an HTML body. */
    public static Fingerprint of(String title, String bodyHtml) {
        String text = (title == null ? "" : title) + "\n"
                + (bodyHtml == null ? "" : TAG.matcher(bodyHtml).replaceAll(" ").replace("&nbsp;", " "));
        Set<Long> shingles = shingles(words(text));
        if (shingles.size() < MIN_SHINGLES) {
            return new Fingerprint(new int[0], new int[0]);
        }
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (Long.compareUnsigned(h, min[i]) < 0) {
                    min[i] = h;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = (int) (min[i] >>> 32);
        }
        return new Fingerprint(signature, bands(signature));
    }

    /** The estimated Jaccard similarity of two signatures' shingle sets: the share of equal values. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != HASHES || b.length != HASHES) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    static int[] bands(int[] signature) {
        int[] keys = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x51_7CC1B727220A95L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (signature[b * ROWS + r] & 0xFFFFFFFFL));
            }
            keys[b] = (int) (h ^ (h >>> 32));
        }
        return keys;
    }

    /** Lower-cased words of letters and digits; each CJK character a word of its own. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cjk(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    private static Set<Long> shingles(List<String> words) {
        Set<Long> shingles = new LinkedHashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0xCBF29CE484222325L;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ hash(words.get(i + k)));
            }
            shingles.add(h);
        }
        return shingles;
    }

    private static long hash(String s) {
        long h = 0x84222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
