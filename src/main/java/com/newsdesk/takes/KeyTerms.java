package com.newsdesk.takes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An article's most distinctive English terms: lexemes of its stored full-text vector weighted by how often the
 * article uses them (damped), whether the title has them, and how rare they are in the sample (inverse document
 * frequency). Pure arithmetic, so that the ranking can be tested without a database.
 */
final class KeyTerms {

    /** A lexeme of the article: how often it occurs, whether in the title, in how many sampled articles. */
    record Lexeme(String lexeme, int count, boolean inTitle, Integer sampledIn) {
    }

    /** A key term and its weight. */
    record Term(String lexeme, double weight) {
    }

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]{2,}");

    private KeyTerms() {
    }

    /** The {@code limit} heaviest terms, heaviest first; numbers, one- and two-letter lexemes are left out. */
    static List<Term> pick(List<Lexeme> lexemes, int sampleSize, int limit) {
        List<Term> terms = weigh(lexemes, sampleSize);
        return List.copyOf(terms.subList(0, Math.min(limit, terms.size())));
    }

    /** Every term worth comparing, heaviest first. */
    static List<Term> weigh(List<Lexeme> lexemes, int sampleSize) {
        int n = Math.max(sampleSize, 1);
        List<Term> terms = new ArrayList<>();
        for (Lexeme l : lexemes) {
            if (!PLAIN.matcher(l.lexeme()).matches()) {
                continue;
            }
            int df = l.sampledIn() == null ? 1 : l.sampledIn();
            double idf = Math.log((n + 1.0) / (df + 0.5));
            if (idf <= 0.2) {
                continue; // in most articles: says nothing about this one
            }
            double tf = 1 + Math.log(Math.max(1, l.count()));
            terms.add(new Term(l.lexeme(), tf * idf * (l.inTitle() ? 1.6 : 1.0)));
        }
        terms.sort(Comparator.comparingDouble(Term::weight).reversed().thenComparing(Term::lexeme));
        return terms;
    }

    /**
     * The words a person reads for stemmed lexemes ("bilater" → "bilateral"): the most frequent word of the text
     * that the lexeme is a prefix of (or, for stems ending in i, of the word ending in y: "countri" → "country").
     */
    static Map<String, String> readable(List<String> lexemes, String text) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            for (String l : lexemes) {
                String alt = l.endsWith("i") ? l.substring(0, l.length() - 1) + "y" : null;
                if (w.startsWith(l) || (alt != null && w.startsWith(alt))) {
                    seen.computeIfAbsent(l, k -> new HashMap<>()).merge(word, 1, Integer::sum);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String l : lexemes) {
            var words = seen.get(l);
            out.put(l, words == null ? l : words.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(e -> -e.getKey().length()))
                    .map(Map.Entry::getKey).orElse(l));
        }
        return out;
    }
}
