package com.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    /** The languages of the demo newsroom's sources, as the database spells them. */
    private static final LanguageCheck CHECK = new LanguageCheck(List.of("ja", "ko", "zh", "zh-Hant", "ar", "he",
            "fa", "ur", "ru", "fr", "de", "es", "pt", "it", "tr", "pl", "uk", "hi", "id", "vi", "th", "nl", "sv",
            "sw", "bn", "el", "ro", "cs", "hu", "nb", "am", "km-KH"));

    private static final String JAPANESE = "政府は１日の臨時閣議で、物価高への対応を柱とする総合経済対策の裏付けとなる"
            + "補正予算案を決定した。首相は記者会見で「国民の暮らしを守るため、あらゆる手段を尽くす」と述べ、"
            + "今月中の成立を目指す考えを示した。";
    private static final String KOREAN = "정부는 1일 국무회의에서 물가 안정을 위한 추가경정예산안을 의결했다. "
            + "총리는 기자회견에서 \"국민의 생활을 지키기 위해 모든 수단을 동원하겠다\"고 말했다.";
    private static final String CHINESE = "国务院总理主持召开国务院常务会议，部署进一步稳定就业的政策措施。"
            + "会议指出，要加大对中小企业的支持力度，帮助高校毕业生等重点群体就业。";
    private static final String TRADITIONAL_CHINESE = "行政院長今日在院會中表示，政府將持續推動住宅政策，"
            + "協助年輕人減輕租屋負擔，並加強社會住宅的興建進度。";
    private static final String ARABIC = "قال رئيس الوزراء في مؤتمر صحفي اليوم إن الحكومة ستواصل دعم الأسر "
            + "ذات الدخل المحدود، وأضاف أن الميزانية الجديدة تتضمن زيادة في مخصصات التعليم والصحة.";
    private static final String FRENCH = "Le gouvernement a présenté mercredi un projet de loi visant à renforcer "
            + "la protection des locataires. Selon la ministre du Logement, ces mesures entreront en vigueur "
            + "dès le début de l'année prochaine.";
    private static final String ENGLISH = "The government presented a bill on Wednesday to strengthen the "
            + "protection of tenants. According to the housing minister, the measures will take effect at the "
            + "beginning of next year.";

    @Test
    void text_in_the_sources_language_matches() {
        assertThat(CHECK.check("ja", JAPANESE)).isEqualTo(new LanguageCheck.Result(true, "ja"));
        assertThat(CHECK.check("ko", KOREAN)).isEqualTo(new LanguageCheck.Result(true, "ko"));
        assertThat(CHECK.check("zh", CHINESE)).isEqualTo(new LanguageCheck.Result(true, "zh"));
        assertThat(CHECK.check("ar", ARABIC)).isEqualTo(new LanguageCheck.Result(true, "ar"));
        assertThat(CHECK.check("fr", FRENCH)).isEqualTo(new LanguageCheck.Result(true, "fr"));
        assertThat(CHECK.check("en", ENGLISH)).isEqualTo(new LanguageCheck.Result(true, "en"));
    }

    @Test
    void languages_are_compared_by_their_primary_subtag() {
        assertThat(CHECK.check("zh-Hant", TRADITIONAL_CHINESE)).isEqualTo(new LanguageCheck.Result(true, "zh"));
        assertThat(CHECK.check("fr-CA", FRENCH).matches()).isTrue();
        assertThat(CHECK.check("EN_gb", ENGLISH).matches()).isTrue();
    }

    @Test
    void text_in_another_language_is_a_mismatch() {
        assertThat(CHECK.check("ja", ENGLISH)).isEqualTo(new LanguageCheck.Result(false, "en"));
        assertThat(CHECK.check("fr", ARABIC)).isEqualTo(new LanguageCheck.Result(false, "ar"));
        assertThat(CHECK.check("ko", JAPANESE)).isEqualTo(new LanguageCheck.Result(false, "ja"));
    }

    @Test
    void too_little_text_is_never_flagged() {
        assertThat(CHECK.check("ja", "Breaking news")).isEqualTo(new LanguageCheck.Result(true, null));
        assertThat(CHECK.check("ja", "2025-03-01 12:00 — 1,234.56 € (+3.4 %) / 100 km")).isEqualTo(
                new LanguageCheck.Result(true, null));
        assertThat(CHECK.check("ja", "")).isEqualTo(new LanguageCheck.Result(true, null));
        assertThat(CHECK.check("ja", null)).isEqualTo(new LanguageCheck.Result(true, null));
    }

    @Test
    void a_language_the_detector_does_not_know_is_never_flagged() {
        assertThat(CHECK.languages()).contains("en", "ja", "zh", "nb", "he").doesNotContain("am", "km");
        assertThat(CHECK.check("am", ENGLISH)).isEqualTo(new LanguageCheck.Result(true, "en"));
    }

    @Test
    void only_a_sample_of_a_long_text_is_read() {
        String longJapanese = JAPANESE.repeat(200) + ENGLISH.repeat(400);
        assertThat(longJapanese.length()).isGreaterThan(50_000);

        assertThat(CHECK.check("ja", longJapanese)).isEqualTo(new LanguageCheck.Result(true, "ja"));
    }

    @Test
    void with_english_alone_there_is_nothing_to_tell_apart() {
        var englishOnly = new LanguageCheck(List.of("en"));
        assertThat(englishOnly.languages()).containsExactly("en");
        assertThat(englishOnly.check("en", JAPANESE)).isEqualTo(new LanguageCheck.Result(true, null));
    }
}
