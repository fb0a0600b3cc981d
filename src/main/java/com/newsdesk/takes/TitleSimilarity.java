package com.newsdesk.takes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trigram similarity of two titles as pg_trgm counts it: each word lower-cased and padded ("  word "), its
 * three-character pieces collected, and the shared share of both sets (Jaccard). Cheap enough for every candidate.
 */
final class TitleSimilarity {

    private TitleSimilarity() {
    }

    static double of(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : x) {
            if (y.contains(t)) {
                shared++;
            }
        }
        return shared / (double) (x.size() + y.size() - shared);
    }

    static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }
}
