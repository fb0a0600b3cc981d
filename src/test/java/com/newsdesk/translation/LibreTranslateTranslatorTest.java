package com.newsdesk.translation;

import static com.newsdesk.translation.StubTranslationServer.translatedText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.translation.StubTranslationServer.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LibreTranslateTranslatorTest {

    private static final Duration SHORT_BACKOFF = Duration.ofMillis(10);

    private final StubTranslationServer server = StubTranslationServer.start();
    private LibreTranslateTranslator translator;

    @AfterEach
    void stop() {
        if (translator != null) {
            translator.close();
        }
        server.close();
    }

    private LibreTranslateTranslator translator() {
        return translatorWithKey(null);
    }

    private LibreTranslateTranslator translatorWithKey(String apiKey) {
        return translator(TranslationProperties.libreTranslate(server.url(), apiKey));
    }

    private LibreTranslateTranslator translator(TranslationProperties properties) {
        translator = new LibreTranslateTranslator(properties.withRetries(properties.maxAttempts(), SHORT_BACKOFF));
        return translator;
    }

    // --- success -----------------------------------------------------------------------------------------------

    @Test
    void sends_title_and_paragraphs_as_html_in_one_request_and_returns_them_in_order() {
        server.answer(200, translatedText("Summit in Tokyo", "<p>The leaders met.</p>", "<blockquote>“Good talks.”</blockquote>"));

        Translation translation = translator().translate("ja", "東京で首脳会談",
                List.of("<p>首脳が会談した。</p>", "<blockquote>「良い会談だった」</blockquote>"));

        assertThat(translation.title()).isEqualTo("Summit in Tokyo");
        assertThat(translation.paragraphsHtml()).containsExactly("<p>The leaders met.</p>", "<blockquote>“Good talks.”</blockquote>");
        assertThat(translation.engine()).isEqualTo("libretranslate");

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/translate");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        JsonNode body = request.json();
        assertThat(request.q()).containsExactly("東京で首脳会談", "<p>首脳が会談した。</p>", "<blockquote>「良い会談だった」</blockquote>");
        assertThat(body.get("source").stringValue()).isEqualTo("ja");
        assertThat(body.get("target").stringValue()).isEqualTo("en");
        assertThat(body.get("format").stringValue()).isEqualTo("html");
        assertThat(body.has("api_key")).isFalse();
    }

    @Test
    void sends_the_api_key_when_one_is_configured() {
        server.answer(200, translatedText("Title", "<p>Text</p>"));

        translatorWithKey("secret-key").translate("fr", "Titre", List.of("<p>Texte</p>"));

        assertThat(server.onlyRequest().json().get("api_key").stringValue()).isEqualTo("secret-key");
    }

    @Test
    void sends_no_api_key_when_it_is_blank() {
        server.answer(200, translatedText("Title"));

        translatorWithKey("  ").translate("fr", "Titre", List.of());

        assertThat(server.onlyRequest().json().has("api_key")).isFalse();
    }

    @Test
    void asks_for_traditional_chinese_by_libretranslates_own_code() {
        server.answer(200, translatedText("Typhoon hits Taipei"));

        translator().translate("zh-Hant", "颱風襲擊台北", List.of());

        assertThat(server.onlyRequest().json().get("source").stringValue()).isEqualTo("zt");
    }

    @Test
    void keeps_a_path_in_the_base_url() {
        server.answer(200, translatedText("Title"));

        translator(TranslationProperties.libreTranslate(URI.create(server.url() + "/lt/"), null))
                .translate("de", "Titel", List.of());

        assertThat(server.onlyRequest().path()).isEqualTo("/lt/translate");
    }

    @Test
    void does_not_send_blank_paragraphs_and_keeps_their_place() {
        server.answer(200, translatedText("Title", "<p>Two</p>"));

        Translation translation = translator().translate("es", "Título", List.of(" ", "<p>Dos</p>"));

        assertThat(server.onlyRequest().q()).containsExactly("Título", "<p>Dos</p>");
        assertThat(translation.paragraphsHtml()).containsExactly(" ", "<p>Two</p>");
    }

    @Test
    void splits_a_long_article_into_requests_within_the_character_budget_keeping_the_order() {
        server.translateBy(text -> "EN " + text);
        String title = "T".repeat(10);
        String p1 = "<p>" + "a".repeat(23) + "</p>";     // 30 characters
        String p2 = "<p>" + "b".repeat(23) + "</p>";     // 30
        String p3 = "<p>" + "c".repeat(53) + "</p>";     // 60: over the budget, goes alone
        String p4 = "<p>d</p>";                           // 8

        Translation translation = translator(TranslationProperties.libreTranslate(server.url(), null)
                .withMaxCharsPerRequest(50))
                .translate("it", title, List.of(p1, p2, p3, p4));

        assertThat(server.requests()).extracting(RecordedRequest::q).containsExactly(
                List.of(title, p1), List.of(p2), List.of(p3), List.of(p4));
        assertThat(translation.title()).isEqualTo("EN " + title);
        assertThat(translation.paragraphsHtml()).containsExactly("EN " + p1, "EN " + p2, "EN " + p3, "EN " + p4);
    }

    @Test
    void sends_a_normal_article_in_one_request_with_the_default_budget() {
        server.translateBy(text -> "EN " + text);
        List<String> paragraphs = IntStream.range(0, 40).mapToObj(i -> "<p>" + "x".repeat(400) + "</p>").toList();

        Translation translation = translator().translate("nl", "Titel", paragraphs);

        assertThat(server.requests()).hasSize(1);
        assertThat(translation.paragraphsHtml()).hasSize(40);
    }

    // --- retries -----------------------------------------------------------------------------------------------

    @Test
    void retries_after_a_server_error_and_succeeds() {
        server.answer(500, "{\"error\":\"Cannot translate text\"}")
                .answer(200, translatedText("Title"));

        Translation translation = translator().translate("fr", "Titre", List.of());

        assertThat(translation.title()).isEqualTo("Title");
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
    }

    @Test
    void gives_up_after_max_attempts_with_a_readable_message() {
        server.answer(503, "<html><body><h1>503 Service Unavailable</h1></body></html>", Map.of("Content-Type", "text/html"))
                .answer(503, "", Map.of())
                .answer(503, "", Map.of());

        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator().translate("fr", "Titre", List.of()));

        assertThat(server.requests()).hasSize(3);
        assertThat(e.getMessage()).isEqualTo("The translation service failed: HTTP 503 Service Unavailable (tried 3 times)");
        assertThat(e.isRetryable()).isTrue();
        assertReadable(e);
    }

    @Test
    void waits_as_long_as_retry_after_asks_on_429() {
        server.answer(429, "{\"error\":\"Slowdown: 30 per 1 minute\"}", Map.of("Retry-After", "1"))
                .answer(200, translatedText("Title"));

        long start = System.nanoTime();
        Translation translation = translator().translate("fr", "Titre", List.of());
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(translation.title()).isEqualTo("Title");
        assertThat(server.requests()).hasSize(2);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void gives_up_at_once_when_retry_after_asks_for_too_long_a_break() {
        server.answer(429, "{\"error\":\"Slowdown: 30 per 1 minute\"}", Map.of("Retry-After", "3600"));

        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator().translate("fr", "Titre", List.of()));

        assertThat(server.requests()).hasSize(1);
        assertThat(e.getMessage()).isEqualTo("The translation service is busy and asks to slow down: "
                + "HTTP 429 Slowdown: 30 per 1 minute; it asks to wait 3600 s");
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void retries_429_without_retry_after_and_reports_it_when_it_persists() {
        server.answer(429, "").answer(429, "").answer(429, "");

        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator().translate("fr", "Titre", List.of()));

        assertThat(server.requests()).hasSize(3);
        assertThat(e.getMessage()).isEqualTo(
                "The translation service is busy and asks to slow down: HTTP 429 Too Many Requests (tried 3 times)");
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void does_not_retry_a_refused_request() {
        server.answer(400, "{\"error\":\"xx is not supported\"}");

        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator().translate("xx", "Titre", List.of()));

        assertThat(server.requests()).hasSize(1);
        assertThat(e.getMessage()).isEqualTo("The translation service refused the request: HTTP 400 xx is not supported");
        assertThat(e.isRetryable()).isFalse();
        assertReadable(e);
    }

    @Test
    void does_not_retry_a_wrong_api_key() {
        server.answer(403, "{\"error\":\"Invalid API key\"}");

        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translatorWithKey("wrong").translate("fr", "Titre", List.of()));

        assertThat(server.requests()).hasSize(1);
        assertThat(e.getMessage()).isEqualTo("The translation service refused the request: HTTP 403 Invalid API key");
        assertThat(e.getMessage()).doesNotContain("wrong");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void retries_when_the_service_does_not_answer_in_time() {
        server.answerAfter(Duration.ofSeconds(3), 200, translatedText("Too late"))
                .answer(200, translatedText("Title"));

        Translation translation = translator(TranslationProperties.libreTranslate(server.url(), null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)))
                .translate("fr", "Titre", List.of());

        assertThat(translation.title()).isEqualTo("Title");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void reports_a_service_that_never_answers_in_time() {
        server.answerAfter(Duration.ofSeconds(3), 200, translatedText("Too late"))
                .answerAfter(Duration.ofSeconds(3), 200, translatedText("Too late"));

        long start = System.nanoTime();
        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator(TranslationProperties.libreTranslate(server.url(), null)
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                        .withRetries(2, SHORT_BACKOFF))
                        .translate("fr", "Titre", List.of()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e.getMessage()).isEqualTo("The translation service did not answer within 300 ms (tried 2 times)");
        assertThat(e.isRetryable()).isTrue();
        assertThat(server.requests()).hasSize(2);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertReadable(e);
    }

    @Test
    void counts_a_slow_answer_body_against_the_read_timeout() {
        server.answerWithSlowBody(Duration.ofSeconds(3), 200, translatedText("Too late"))
                .answer(200, translatedText("Title"));

        Translation translation = translator(TranslationProperties.libreTranslate(server.url(), null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)))
                .translate("fr", "Titre", List.of());

        assertThat(translation.title()).isEqualTo("Title");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void reports_a_service_that_cannot_be_reached() {
        URI closed;
        try (StubTranslationServer gone = StubTranslationServer.start()) {
            closed = gone.url();
        }

        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator(TranslationProperties.libreTranslate(closed, null).withRetries(2, SHORT_BACKOFF))
                        .translate("fr", "Titre", List.of()));

        assertThat(e.getMessage()).isEqualTo("The translation service could not be reached: connection refused (tried 2 times)");
        assertThat(e.isRetryable()).isTrue();
    }

    // --- answers that are not translations -----------------------------------------------------------------------

    @Test
    void rejects_an_answer_that_is_not_json() {
        server.answer(200, "<html><body>Welcome to nginx!</body></html>", Map.of("Content-Type", "text/html"));

        assertNotATranslation("not JSON: Welcome to nginx!");
    }

    @Test
    void rejects_an_answer_without_translated_text() {
        server.answer(200, "{\"detectedLanguage\":{\"language\":\"fr\"}}");

        assertNotATranslation("no translatedText");
    }

    @Test
    void rejects_an_answer_with_the_wrong_number_of_texts() {
        server.answer(200, translatedText("Title", "<p>One</p>"));

        assertThatThrownBy(() -> translator().translate("fr", "Titre", List.of("<p>Un</p>", "<p>Deux</p>")))
                .isInstanceOf(TranslationException.class)
                .hasMessage("The translation service answered with something that is not a translation: "
                        + "2 texts came back for 3 sent");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void rejects_a_single_text_where_a_list_was_asked_for() {
        server.answer(200, "{\"translatedText\":\"Title One\"}");

        assertThatThrownBy(() -> translator().translate("fr", "Titre", List.of("<p>Un</p>")))
                .isInstanceOf(TranslationException.class)
                .hasMessage("The translation service answered with something that is not a translation: "
                        + "translatedText is a single string, not a list of 2 texts");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void rejects_a_list_with_something_else_than_texts() {
        server.answer(200, "{\"translatedText\":[\"Title\", null]}");

        assertThatThrownBy(() -> translator().translate("fr", "Titre", List.of("<p>Un</p>")))
                .isInstanceOf(TranslationException.class)
                .hasMessage("The translation service answered with something that is not a translation: "
                        + "text 2 of 2 is a null, not a text");
    }

    @Test
    void rejects_an_empty_answer() {
        server.answer(200, "");

        assertNotATranslation("an empty answer");
    }

    private void assertNotATranslation(String detail) {
        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> translator().translate("fr", "Titre", List.of()));
        assertThat(e.getMessage())
                .isEqualTo("The translation service answered with something that is not a translation: " + detail);
        assertThat(e.isRetryable()).isFalse();
        assertThat(server.requests()).hasSize(1);
        assertReadable(e);
    }

    private static void assertReadable(TranslationException e) {
        assertThat(e.getMessage()).doesNotContain("Exception", "\n", "\tat ", "java.");
    }

    // --- small parts -------------------------------------------------------------------------------------------

    @Test
    void doubles_the_backoff_up_to_a_limit() {
        LibreTranslateTranslator t = new LibreTranslateTranslator(TranslationProperties.libreTranslate(server.url(), null)
                .withRetries(8, Duration.ofMillis(500)));
        try (t) {
            assertThat(t.backoffBefore(2)).isEqualTo(Duration.ofMillis(500));
            assertThat(t.backoffBefore(3)).isEqualTo(Duration.ofSeconds(1));
            assertThat(t.backoffBefore(4)).isEqualTo(Duration.ofSeconds(2));
            assertThat(t.backoffBefore(8)).isEqualTo(LibreTranslateTranslator.MAX_DELAY);
        }
    }

    @Test
    void formats_durations_for_people() {
        assertThat(LibreTranslateTranslator.human(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(LibreTranslateTranslator.human(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(LibreTranslateTranslator.human(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    }
}
