package com.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.newsdesk.article.TextDiff.Chunk;
import com.newsdesk.article.TextDiff.Kind;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void shows_the_words_removed_and_added() {
        assertThat(TextDiff.diff("Prices rose 2.3 percent in May.", "Prices rose 3.2 percent in May."))
                .containsExactly(new Chunk(Kind.SAME, "Prices rose "), new Chunk(Kind.REMOVED, "2.3"),
                        new Chunk(Kind.ADDED, "3.2"), new Chunk(Kind.SAME, " percent in May."));
    }

    @Test
    void identical_texts_are_one_unchanged_run_and_the_parts_add_up() {
        assertThat(TextDiff.diff("Same text.", "Same text.")).containsExactly(new Chunk(Kind.SAME, "Same text."));
        var chunks = TextDiff.diff("A b c.\n\nD e.", "A c.\n\nD e f.");
        String after = chunks.stream().filter(c -> c.kind() != Kind.REMOVED).map(Chunk::text).reduce("", String::concat);
        String before = chunks.stream().filter(c -> c.kind() != Kind.ADDED).map(Chunk::text).reduce("", String::concat);
        assertThat(after).isEqualTo("A c.\n\nD e f.");
        assertThat(before).isEqualTo("A b c.\n\nD e.");
    }

    @Test
    void plain_text_has_the_title_then_one_paragraph_per_block() {
        assertThat(TextDiff.plain("Title", List.of("<p>One &amp; two</p>", "<p>Three</p>")))
                .isEqualTo("Title\n\nOne & two\n\nThree");
    }
}
