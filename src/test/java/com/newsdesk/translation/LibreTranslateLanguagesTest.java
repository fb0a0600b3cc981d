package com.newsdesk.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LibreTranslateLanguagesTest {

    @ParameterizedTest
    @CsvSource({
            "fr, fr", "FR, fr", "de-AT, de", "pt-BR, pt", "sr-Latn-RS, sr", "en_GB, en",
            "zh, zh", "zh-CN, zh", "zh-Hans, zh", "zh-SG, zh",
            "zh-Hant, zt", "zh-TW, zt", "zh-HK, zt", "zh-MO, zt", "zh-Hant-TW, zt", "zh_TW, zt", "zh-hant, zt",
            "zh-Hans-HK, zh",
            "he, he", "iw, he", "fil, tl", "in, id", "no, nb", "nb, nb", "ar, ar", "ko, ko",
    })
    void maps_bcp47_tags_to_libretranslate_codes(String tag, String code) {
        assertThat(LibreTranslateLanguages.code(tag)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-", "12", "x"})
    void refuses_what_is_no_language_tag(String tag) {
        assertThatThrownBy(() -> LibreTranslateLanguages.code(tag))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.isRetryable()).isFalse());
    }
}
