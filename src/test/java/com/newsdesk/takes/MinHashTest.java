package com.newsdesk.takes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Near-duplicate fingerprints on real-shaped text: wire copy as outlets republish it (a credit line, their own
 * headline, a sentence cut, a paragraph dropped) against genuinely different reports of the same event.
 */
class MinHashTest {

    private static final DemoTexts.Text WIRE = DemoTexts.story("eastern-turkey-earthquake", "en");

    @Test
    void wire_copy_republished_with_an_outlets_edits_is_a_near_duplicate() {
        List<String> edited = new ArrayList<>(WIRE.paragraphs());
        edited.set(0, "(ALN) " + edited.getFirst());
        // the outlet cuts the last sentence of the third paragraph and adds its credit line
        String third = edited.get(2);
        edited.set(2, third.substring(0, third.lastIndexOf(". ") + 1));
        edited.add("Reporting by ALN; editing by the Foreign desk.");
        var original = MinHash.of(WIRE.title(), WIRE.html());
        var copy = MinHash.of("Quake of 5.9 hits Muş province, dozens of buildings damaged",
                new DemoTexts.Text("", edited).html());

        assertThat(MinHash.similarity(original.signature(), copy.signature())).isGreaterThanOrEqualTo(0.6);
        assertThat(sharesABand(original, copy)).as("found through the band index").isTrue();
    }

    @Test
    void a_shortened_copy_without_its_last_paragraph_is_still_a_near_duplicate() {
        var original = MinHash.of(WIRE.title(), WIRE.html());
        var shortened = MinHash.of(WIRE.title(), new DemoTexts.Text("", WIRE.paragraphs().subList(0, 3)).html());
        assertThat(MinHash.similarity(original.signature(), shortened.signature()))
                .isGreaterThanOrEqualTo(MinHash.THRESHOLD);
    }

    @Test
    void different_reports_of_the_same_summit_are_not_near_duplicates() {
        var japanese = DemoTexts.seedEnglish("seed-summit");
        var korean = DemoTexts.seedEnglish("seed-korea");
        var a = MinHash.of(japanese.title(), japanese.html());
        var b = MinHash.of(korean.title(), korean.html());
        assertThat(MinHash.similarity(a.signature(), b.signature())).isLessThan(0.15);
    }

    @Test
    void the_same_wire_story_in_two_languages_is_not_a_near_duplicate() {
        var arabic = DemoTexts.story("opec-output-cut", "ar");
        var spanish = DemoTexts.story("opec-output-cut", "es");
        var a = MinHash.of(arabic.title(), arabic.html());
        var b = MinHash.of(spanish.title(), spanish.html());
        assertThat(MinHash.similarity(a.signature(), b.signature())).isLessThan(0.1);
        assertThat(sharesABand(a, b)).isFalse();
    }

    @Test
    void chinese_and_japanese_copies_are_compared_character_by_character() {
        var chinese = DemoTexts.story("typhoon-haitang-vietnam", "zh");
        var copy = MinHash.of("（新华社）" + chinese.title(), chinese.html());
        var original = MinHash.of(chinese.title(), chinese.html());
        var japanese = DemoTexts.story("typhoon-haitang-vietnam", "ja");
        var other = MinHash.of(japanese.title(), japanese.html());
        assertThat(MinHash.similarity(original.signature(), copy.signature())).isGreaterThan(0.8);
        assertThat(MinHash.similarity(original.signature(), other.signature())).isLessThan(0.2);
    }

    @Test
    void a_text_too_short_to_compare_has_no_fingerprint() {
        assertThat(MinHash.of("原題", "<p>第一段落。</p>").empty()).isTrue();
        assertThat(MinHash.of(WIRE.title(), WIRE.html()).signature()).hasSize(MinHash.HASHES);
    }

    private static boolean sharesABand(MinHash.Fingerprint a, MinHash.Fingerprint b) {
        return Arrays.stream(a.bands()).anyMatch(x -> Arrays.stream(b.bands()).anyMatch(y -> x == y));
    }
}
