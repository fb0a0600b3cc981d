package com.newsdesk.takes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyTermsTest {

    @Test
    void rare_terms_and_title_terms_weigh_more_than_common_ones() {
        var terms = KeyTerms.pick(List.of(
                new KeyTerms.Lexeme("said", 9, false, 18_000),
                new KeyTerms.Lexeme("ishiba", 6, true, 12),
                new KeyTerms.Lexeme("summit", 4, true, 300),
                new KeyTerms.Lexeme("bilater", 4, false, 150),
                new KeyTerms.Lexeme("tariff", 1, false, 400),
                new KeyTerms.Lexeme("2025", 3, false, null),
                new KeyTerms.Lexeme("u", 2, false, null)), 20_000, 3);
        assertThat(terms).extracting(KeyTerms.Term::lexeme).containsExactly("ishiba", "summit", "bilater");
    }

    @Test
    void terms_in_nearly_every_article_are_left_out() {
        var terms = KeyTerms.pick(List.of(new KeyTerms.Lexeme("said", 9, false, 19_500),
                new KeyTerms.Lexeme("tianjin", 1, false, 3)), 20_000, 10);
        assertThat(terms).extracting(KeyTerms.Term::lexeme).containsExactly("tianjin");
    }

    @Test
    void stems_are_shown_as_the_words_the_article_uses() {
        var words = KeyTerms.readable(List.of("bilater", "countri", "ishiba", "xyz"),
                "Ishiba and Lee held bilateral talks; both countries, one country, bilateral ties. Ishiba said.");
        assertThat(words).containsEntry("bilater", "bilateral").containsEntry("ishiba", "Ishiba")
                .containsEntry("countri", "country").containsEntry("xyz", "xyz");
    }
}
