package com.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.newsdesk.article.TranslationChecks.Kind;
import com.newsdesk.article.TranslationChecks.Term;
import com.newsdesk.article.TranslationChecks.Warning;
import org.junit.jupiter.api.Test;

/** Each check with real Japanese, Korean, Chinese and Arabic examples. */
class TranslationChecksTest {

    private static List<Warning> check(String original, String english) {
        return TranslationChecks.check("見出し", List.of(original), "Headline", List.of(english), List.of(), 110);
    }

    @Test
    void japanese_numbers_and_dates_that_match_give_no_warning() {
        assertThat(check("日銀は8月23日、政策金利を0.75%から1%に引き上げた。",
                "On August 23 the Bank of Japan raised its policy rate from 0.75 percent to 1 percent.")).isEmpty();
        // 1億2000万 is written "120 million" in English: numbers with a CJK power of ten are not compared
        assertThat(check("人口は約1億2000万人。", "The population is about 120 million.")).isEmpty();
        // full-width digits count as digits
        assertThat(check("参加者は２５人だった。", "There were 25 participants.")).isEmpty();
    }

    @Test
    void a_japanese_number_changed_in_the_english_is_flagged() {
        assertThat(check("政策金利を0.75%に引き上げた。", "raised its policy rate to 0.57 percent."))
                .singleElement().satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(Kind.NUMBER);
                    assertThat(w.paragraph()).isEqualTo(1);
                    assertThat(w.message()).contains("0.75");
                });
    }

    @Test
    void arabic_indic_digits_and_the_arabic_decimal_separator_are_read() {
        assertThat(check("ارتفع التضخم بنسبة ٣٫٢ في المئة في عام ٢٠٢٦.",
                "Inflation rose by 3.2 percent in 2026.")).isEmpty();
        assertThat(check("ارتفع التضخم بنسبة ٣٫٢ في المئة.", "Inflation rose by 2.3 percent."))
                .extracting(Warning::kind).containsExactly(Kind.NUMBER);
    }

    @Test
    void korean_left_untranslated_in_the_english_is_flagged() {
        assertThat(check("정하윤 장관은 반도체 수출이 늘었다고 말했다.",
                "Minister 정하윤 said semiconductor exports rose."))
                .singleElement().satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(Kind.UNTRANSLATED);
                    assertThat(w.message()).contains("정하윤");
                });
    }

    @Test
    void a_chinese_quotation_that_lost_its_quotes_is_flagged() {
        assertThat(check("他表示，“合作共赢”是双方的共同目标。", "He said win-win cooperation was the common goal."))
                .extracting(Warning::kind).containsExactly(Kind.QUOTE);
        assertThat(check("他表示，“合作共赢”是双方的共同目标。", "He said \"win-win cooperation\" was the common goal."))
                .isEmpty();
        assertThat(check("石破首相は「安定した関係」を強調した。", "Ishiba stressed \u201cstable relations\u201d."))
                .isEmpty();
    }

    @Test
    void dropped_merged_and_empty_paragraphs_are_flagged() {
        var warnings = TranslationChecks.check("題", List.of("第一段落。", "第二段落。", "第三段落。"), "Title",
                List.of("First and second paragraph.", " "), List.of(), 110);
        assertThat(warnings).extracting(Warning::kind).contains(Kind.PARAGRAPHS, Kind.EMPTY_PARAGRAPH);
    }

    @Test
    void glossary_terms_must_be_respected() {
        var glossary = List.of(new Term("셔틀 외교", "shuttle diplomacy"));
        assertThat(TranslationChecks.check("제목", List.of("양국은 셔틀 외교를 재개했다."), "Title",
                List.of("The two countries resumed back-and-forth visits."), glossary, 110))
                .singleElement().satisfies(w -> assertThat(w.kind()).isEqualTo(Kind.GLOSSARY));
        assertThat(TranslationChecks.check("제목", List.of("양국은 셔틀 외교를 재개했다."), "Title",
                List.of("The two countries resumed Shuttle Diplomacy."), glossary, 110)).isEmpty();
    }

    @Test
    void a_title_longer_than_the_apps_limit_is_flagged() {
        assertThat(TranslationChecks.check("題", List.of(), "x".repeat(111), List.of(), List.of(), 110))
                .extracting(Warning::kind).containsExactly(Kind.TITLE_LENGTH);
    }
}
