package com.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void japanese_runs_become_character_pairs_and_their_last_character() {
        String vector = SearchText.documentVector("日韓首脳が会談", "<p>石破茂首相は</p>");
        assertThat(vector.split(" ")).contains("'日韓'", "'韓首'", "'首脳'", "'脳が'", "'会談'", "'談'",
                "'石破'", "'破茂'", "'首相'", "'は'");
    }

    @Test
    void chinese_korean_and_arabic_terms() {
        assertThat(SearchText.documentVector("聚焦上合组织天津峰会", null)).contains("'天津'", "'峰会'");
        assertThat(SearchText.documentVector("이재명 대통령, 도쿄서", null).split(" "))
                .contains("'이재'", "'재명'", "'대통'", "'통령'", "'도쿄'", "'쿄서'");
        assertThat(SearchText.documentVector("«أوبك+» تتفق على زيادة الإنتاج", null).split(" "))
                .contains("'أوبك'", "'تتفق'", "'الإنتاج'");
    }

    @Test
    void latin_words_are_lower_cased_and_html_is_not_indexed() {
        String vector = SearchText.documentVector("Haute mer : à Lisbonne",
                "<p class=\"x\">Le monde <em>s'engage</em>&nbsp;enfin</p>");
        assertThat(vector.split(" ")).contains("'haute'", "'mer'", "'à'", "'lisbonne'", "'monde'", "'engage'",
                "'enfin'").doesNotContain("'class'", "'em'", "'p'", "'nbsp'");
    }

    @Test
    void terms_repeat_once_and_need_no_escaping() {
        String vector = SearchText.documentVector("It's it's IT", "<p>O'Brien \\ back\\slash</p>");
        assertThat(vector).isEqualTo("'it' 's' 'o' 'brien' 'back' 'slash'");
    }

    @Test
    void queries_ask_for_every_term_and_a_single_cjk_character_as_a_prefix() {
        assertThat(SearchText.query("石破茂")).isEqualTo("'石破' & '破茂'");
        assertThat(SearchText.query("熱")).isEqualTo("'熱':*");
        assertThat(SearchText.query("Lisbonne  30%")).isEqualTo("'lisbonne' & '30'");
        assertThat(SearchText.query("  \"!?  ")).isNull();
        assertThat(SearchText.query("天津 -峰会 OR x")).isEqualTo("'天津' & !'峰会' & 'x'");
        assertThat(SearchText.query("-only -exclusions")).isNull();
    }

    @Test
    void huge_bodies_are_capped() {
        var body = new StringBuilder();
        for (int i = 0; i < SearchText.MAX_TERMS + 100; i++) {
            body.append("w").append(i).append(' ');
        }
        assertThat(SearchText.documentVector(null, body.toString()).split(" ")).hasSize(SearchText.MAX_TERMS);
        assertThat(SearchText.documentVector("x".repeat(500), null)).hasSize(SearchText.MAX_TERM + 2);
    }
}
