package com.newsdesk.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The properties as Spring binds them (with the binder alone, no application context) and the translator chosen. */
class TranslationConfigTest {

    private static TranslationProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("newsdesk.translation", TranslationProperties.class);
    }

    @Test
    void defaults_to_no_machine_translation() {
        TranslationProperties properties = bind(Map.of());

        assertThat(properties.provider()).isEqualTo(TranslationProperties.Provider.NONE);
        assertThat(properties.url()).isNull();
        assertThat(properties.apiKey()).isNull();
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.maxAttempts()).isEqualTo(3);
        assertThat(properties.backoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.maxCharsPerRequest()).isEqualTo(20_000);
        assertThat(new TranslationConfig().machineTranslator(properties)).isInstanceOf(NoMachineTranslator.class);
    }

    @Test
    void binds_every_property() {
        TranslationProperties properties = bind(Map.of(
                "newsdesk.translation.provider", "libretranslate",
                "newsdesk.translation.url", "http://localhost:5000",
                "newsdesk.translation.api-key", "secret-key",
                "newsdesk.translation.connect-timeout", "2s",
                "newsdesk.translation.read-timeout", "1m",
                "newsdesk.translation.max-attempts", "5",
                "newsdesk.translation.backoff", "250ms",
                "newsdesk.translation.max-chars-per-request", "5000"));

        assertThat(properties).isEqualTo(new TranslationProperties(TranslationProperties.Provider.LIBRETRANSLATE,
                URI.create("http://localhost:5000"), "secret-key", Duration.ofSeconds(2), Duration.ofMinutes(1), 5,
                Duration.ofMillis(250), 5000));
        assertThat(properties.toString()).doesNotContain("secret-key");

        MachineTranslator translator = new TranslationConfig().machineTranslator(properties);
        assertThat(translator).isInstanceOf(LibreTranslateTranslator.class);
        assertThat(translator.isConfigured()).isTrue();
        assertThat(translator.engine()).isEqualTo("libretranslate");
        ((LibreTranslateTranslator) translator).close();
    }

    @Test
    void refuses_libretranslate_without_an_address() {
        TranslationProperties properties = bind(Map.of("newsdesk.translation.provider", "libretranslate"));

        assertThatThrownBy(() -> new TranslationConfig().machineTranslator(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newsdesk.translation.url");
    }

    @Test
    void refuses_an_address_that_is_not_http() {
        assertThatThrownBy(() -> new LibreTranslateTranslator(
                TranslationProperties.libreTranslate(URI.create("ftp://localhost/"), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
    }

    @Test
    void refuses_nonsense_numbers() {
        assertThatThrownBy(() -> TranslationProperties.libreTranslate(URI.create("http://localhost:5000"), null)
                .withRetries(0, Duration.ZERO))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> TranslationProperties.libreTranslate(URI.create("http://localhost:5000"), null)
                .withTimeouts(Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("read-timeout");
        assertThatThrownBy(() -> TranslationProperties.libreTranslate(URI.create("http://localhost:5000"), null)
                .withMaxCharsPerRequest(0))
                .hasMessageContaining("max-chars-per-request");
    }
}
