package com.newsdesk.bench;

import java.util.SplittableRandom;

/**
 * Fast, deterministic news-shaped filler text for the bulk generator. English bodies mix frequent function words
 * with a vocabulary of 40,000 made-up content words (Zipf-like draws), so that full-text queries on a content word
 * are selective, as they are in real news. Originals are written in the script of their language.
 */
final class SyntheticText {

    private static final String[] FUNCTION_WORDS = ("the of and to in a is that for on with as was by at from "
            + "it be has have are were which said its their will after more than about over this also but not "
            + "government minister officials country city year week people new president market police report "
            + "talks plan court election company prices workers region support crisis agreement").split(" ");
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l",
        "m", "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
    private static final String[] CODAS = {"", "n", "r", "s", "l", "t", "nd", "rk", "st", "m"};
    static final int VOCABULARY = 40_000;
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private final String[] vocabulary = new String[VOCABULARY];

    SyntheticText() {
        var random = new SplittableRandom(42);
        for (int i = 0; i < VOCABULARY; i++) {
            int syllables = 2 + random.nextInt(3);
            var w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            w.append(CODAS[random.nextInt(CODAS.length)]);
            vocabulary[i] = w.toString();
        }
    }

    /** The content word of the given rank (0 is the most frequent): what the benchmark searches for. */
    String word(int rank) {
        return vocabulary[rank];
    }

    /** A content word, rarer the larger its index: a few are common, most are rare. */
    String contentWord(SplittableRandom random) {
        double u = random.nextDouble();
        return vocabulary[(int) (Math.pow(u, 3) * VOCABULARY)];
    }

    String englishTitle(SplittableRandom random) {
        var sb = new StringBuilder();
        int words = 6 + random.nextInt(7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = i % 3 == 1 ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)] : contentWord(random);
            sb.append(i == 0 ? capitalise(w) : w);
        }
        return sb.toString();
    }

    /** An English body of about {@code bytes} characters as HTML paragraphs. */
    String englishBody(SplittableRandom random, int bytes) {
        var sb = new StringBuilder(bytes + 200);
        while (sb.length() < bytes) {
            sb.append("<p>");
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int words = 12 + random.nextInt(16);
                for (int i = 0; i < words; i++) {
                    String w = random.nextInt(5) < 2 ? contentWord(random)
                            : FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
                    sb.append(i == 0 ? capitalise(w) : w).append(i == words - 1 ? ". " : " ");
                    if (random.nextInt(40) == 0) {
                        sb.append(1 + random.nextInt(999)).append(' ');
                    }
                }
            }
            sb.setLength(sb.length() - 1);
            sb.append("</p>");
        }
        return sb.toString();
    }

    /**
     * Text in the script of the language: Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Devanagari, Thai, Greek or
     * Latin. Words come from a vocabulary of {@value #ORIGINAL_VOCABULARY} per language, drawn Zipf-like as real
     * words are, so that the originals' search index has the shape of a real one (a few very common terms, a long
     * tail), not one term per random string.
     */
    String original(SplittableRandom random, String language, int chars, boolean html) {
        String[] words = originalVocabulary(language);
        var sb = new StringBuilder(chars + 50);
        if (html) {
            sb.append("<p>");
        }
        int sinceBreak = 0;
        boolean spaced = !language.equals("zh") && !language.equals("ja");
        while (sb.length() < chars) {
            sb.append(words[(int) (Math.pow(random.nextDouble(), 3) * words.length)]);
            if (spaced) {
                sb.append(' ');
            }
            if (++sinceBreak > 60 && html) {
                sb.append("</p><p>");
                sinceBreak = 0;
            }
        }
        if (html) {
            sb.append("</p>");
        }
        return sb.toString().trim();
    }

    static final int ORIGINAL_VOCABULARY = 20_000;
    private final java.util.Map<String, String[]> originalVocabularies = new java.util.concurrent.ConcurrentHashMap<>();

    private String[] originalVocabulary(String language) {
        return originalVocabularies.computeIfAbsent(language, l -> {
            var random = new SplittableRandom(l.hashCode());
            boolean spaced = !l.equals("zh") && !l.equals("ja");
            String[] words = new String[ORIGINAL_VOCABULARY];
            for (int i = 0; i < words.length; i++) {
                int len = spaced ? 2 + random.nextInt(7) : 1 + random.nextInt(3);
                var w = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    w.appendCodePoint(letter(random, l));
                }
                words[i] = w.toString();
            }
            return words;
        });
    }

    private static int letter(SplittableRandom random, String language) {
        return switch (language) {
            case "zh" -> 0x4E00 + skewed(random, 3000);
            case "ja" -> random.nextInt(3) == 0 ? 0x4E00 + skewed(random, 2000) : 0x3041 + skewed(random, 83);
            case "ko" -> 0xAC00 + skewed(random, 2350);
            case "ar", "fa", "ur" -> ARABIC_LETTERS.charAt(random.nextInt(ARABIC_LETTERS.length()));
            case "he" -> 0x05D0 + random.nextInt(27);
            case "ru", "uk" -> 0x0430 + random.nextInt(32);
            case "hi" -> 0x0915 + random.nextInt(37);
            case "th" -> 0x0E01 + random.nextInt(46);
            case "el" -> 0x03B1 + random.nextInt(25);
            default -> 'a' + random.nextInt(26);
        };
    }

    /**
     * A character index in {@code [0, range)} drawn as characters occur in Chinese, Japanese and Korean text: a few
     * hundred carry most of it (in Chinese the 500 most frequent characters make up about three quarters of a
     * text), the rest are rare. Drawn uniformly instead, nearly every character pair of a text would be unique,
     * which no real text is and which would make the character-pair index several times larger than a real one.
     */
    static int skewed(SplittableRandom random, int range) {
        return (int) (Math.pow(random.nextDouble(), 4) * range);
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
