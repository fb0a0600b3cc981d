package com.newsdesk.takes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

    @Test
    void counts_shared_trigrams_as_pg_trgm_does() {
        // pg_trgm: similarity('word', 'words') = 0.5714286 (4 shared of 7)
        assertThat(TitleSimilarity.of("word", "words")).isCloseTo(4 / 7.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TitleSimilarity.of("SCO Summit in Tianjin", "sco summit in tianjin")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("SCO Summit in Tianjin", "Brazil beat Argentina")).isLessThan(0.1);
        assertThat(TitleSimilarity.of(null, "x")).isZero();
    }
}
