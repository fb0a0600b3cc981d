package com.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SyntheticTextTest {

    private final SyntheticText text = new SyntheticText();

    @Test
    void english_bodies_have_the_requested_size_in_paragraphs() {
        var random = new SplittableRandom(7);
        for (int size : new int[] {2000, 4000, 6000}) {
            String body = text.englishBody(random, size);
            assertThat(body.length()).isBetween(size, size + 1500);
            assertThat(body).startsWith("<p>").endsWith("</p>").doesNotContain("\t", "\n");
        }
    }

    @Test
    void the_same_seed_gives_the_same_text() {
        assertThat(text.englishBody(new SplittableRandom(3), 3000))
                .isEqualTo(new SyntheticText().englishBody(new SplittableRandom(3), 3000));
    }

    @Test
    void content_words_are_many_so_that_a_word_search_is_selective() {
        var random = new SplittableRandom(11);
        var seen = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(text.contentWord(random));
        }
        assertThat(seen).hasSizeGreaterThan(15_000);
    }

    @Test
    void originals_are_written_in_the_script_of_their_language() {
        var random = new SplittableRandom(5);
        assertThat(text.original(random, "ja", 200, false)).matches("[\\p{IsHan}\\p{IsHiragana} ]+");
        assertThat(text.original(random, "ko", 200, false)).matches("[\\p{IsHangul} ]+");
        assertThat(text.original(random, "ar", 200, false)).matches("[\\p{IsArabic} ]+");
        assertThat(text.original(random, "ru", 200, false)).matches("[\\p{IsCyrillic} ]+");
        assertThat(text.original(random, "hi", 200, true)).startsWith("<p>").endsWith("</p>")
                .matches("<p>[\\p{IsDevanagari} ]+</p>");
    }

    @Test
    void chinese_characters_are_skewed_like_real_text_so_that_character_pairs_repeat() {
        var random = new SplittableRandom(13);
        int[] counts = new int[3000];
        for (int i = 0; i < 100_000; i++) {
            counts[SyntheticText.skewed(random, 3000)]++;
        }
        int top500 = 0;
        for (int i = 0; i < 500; i++) {
            top500 += counts[i];
        }
        assertThat(top500).isBetween(55_000, 75_000);
        assertThat(counts[2999] + counts[2998] + counts[2997]).isLessThan(100);
    }
}
