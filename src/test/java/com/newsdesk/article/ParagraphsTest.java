package com.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void paragraphs_are_the_top_level_blocks_in_document_order() {
        var html = "<p>One</p><blockquote>Two</blockquote><ul><li>a</li><li>b</li></ul><h2>Three</h2>loose <em>text</em>";
        assertThat(Paragraphs.split(html)).containsExactly("<p>One</p>", "<blockquote>Two</blockquote>",
                "<ul><li>a</li><li>b</li></ul>", "<h2>Three</h2>", "<p>loose <em>text</em></p>");
    }

    @Test
    void typed_text_becomes_an_escaped_paragraph() {
        assertThat(Paragraphs.fromText(" Tom & Jerry <script>x</script> ")).isEqualTo(
                "<p>Tom &amp; Jerry &lt;script&gt;x&lt;/script&gt;</p>");
        assertThat(Paragraphs.text("<p>Tom &amp; <b>Jerry</b></p>")).isEqualTo("Tom & Jerry");
        assertThat(Paragraphs.split(null)).isEmpty();
    }
}
