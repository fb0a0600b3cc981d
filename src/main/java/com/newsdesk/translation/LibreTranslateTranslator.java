package com.newsdesk.translation;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client of a LibreTranslate-compatible service ({@code POST /translate} with a list of texts in {@code q}, answer
 * {@code {"translatedText": [...]}} in the same order). The title and the paragraphs go in one request as HTML
 * ({@code format=html}), so the service keeps the markup; long articles are split into several requests, whole
 * paragraphs each. Connection errors, time-outs, HTTP 429 and 5xx are retried with exponential backoff; other
 * answers fail at once.
 */
public final class LibreTranslateTranslator implements MachineTranslator, AutoCloseable {

    public static final String ENGINE = "libretranslate";

    /** Longest pause between attempts, and the longest Retry-After this client is willing to wait for. */
    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(LibreTranslateTranslator.class);
    private static final String FAILED_ANSWER = "The translation service answered with something that is not a translation: ";
    private static final int MAX_SNIPPET = 200;

    private final URI endpoint;
    private final String apiKey;
    private final Duration readTimeout;
    private final int maxAttempts;
    private final Duration backoff;
    private final int maxCharsPerRequest;
    private final HttpClient http;
    /** Our own mapper, so that application-wide Jackson settings cannot change the wire format. */
    private final JsonMapper json = JsonMapper.builder().build();

    public LibreTranslateTranslator(TranslationProperties properties) {
        URI url = Objects.requireNonNull(properties.url(), "newsdesk.translation.url is required for LibreTranslate");
        this.endpoint = translateEndpoint(url);
        this.apiKey = properties.apiKey();
        this.readTimeout = properties.readTimeout();
        this.maxAttempts = properties.maxAttempts();
        this.backoff = properties.backoff();
        this.maxCharsPerRequest = properties.maxCharsPerRequest();
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // LibreTranslate runs on plain HTTP/1.1 servers (gunicorn, waitress); no h2c upgrade dance
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static URI translateEndpoint(URI baseUrl) {
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("newsdesk.translation.url must be an http or https address, but is " + baseUrl);
        }
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/translate");
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public Translation translate(String sourceLanguage, String title, List<String> paragraphsHtml) {
        String source = LibreTranslateLanguages.code(sourceLanguage);
        List<String> texts = new ArrayList<>();
        texts.add(title == null ? "" : title);
        if (paragraphsHtml != null) {
            for (String paragraph : paragraphsHtml) {
                texts.add(paragraph == null ? "" : paragraph);
            }
        }

        // Blank texts need no translation; the rest go out in requests within the character budget.
        String[] translated = new String[texts.size()];
        List<Integer> toTranslate = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                translated[i] = texts.get(i);
            } else {
                toTranslate.add(i);
            }
        }
        List<List<Integer>> requests = split(toTranslate, texts, maxCharsPerRequest);
        for (int r = 0; r < requests.size(); r++) {
            List<Integer> indexes = requests.get(r);
            List<String> q = indexes.stream().map(texts::get).toList();
            List<String> answer = translateTexts(source, q, r + 1, requests.size());
            for (int i = 0; i < indexes.size(); i++) {
                translated[indexes.get(i)] = answer.get(i);
            }
        }
        List<String> all = Arrays.asList(translated);
        return new Translation(all.getFirst(), all.subList(1, all.size()), ENGINE);
    }

    /**
     * Groups the texts at {@code indexes} into consecutive runs whose lengths add up to at most {@code budget}; a text
     * longer than the budget goes alone (a paragraph is never cut, it would lose its markup and its sense).
     */
    static List<List<Integer>> split(List<Integer> indexes, List<String> texts, int budget) {
        List<List<Integer>> requests = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long size = 0;
        for (int index : indexes) {
            int length = texts.get(index).length();
            if (!current.isEmpty() && size + length > budget) {
                requests.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(index);
            size += length;
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }

    /** One request (with its retries): the translations of {@code q}, in order. */
    private List<String> translateTexts(String source, List<String> q, int request, int requests) {
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(source, q), StandardCharsets.UTF_8))
                .build();
        for (int attempt = 1; ; attempt++) {
            Failure failure;
            try {
                HttpResponse<String> response = send(httpRequest);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return parse(response.body(), q.size());
                }
                failure = failure(response);
            } catch (IOException e) {
                failure = failure(e);
            }

            String tried = attempt > 1 ? " (tried " + attempt + " times)" : "";
            if (!failure.retryNow() || attempt >= maxAttempts) {
                throw new TranslationException(failure.message() + tried, failure.retryLater(), failure.cause());
            }
            Duration retryAfter = failure.retryAfter();
            if (retryAfter != null && retryAfter.compareTo(MAX_DELAY) > 0) {
                // the service asks for a longer break than is worth blocking a thread for: leave it to a later run
                throw new TranslationException(failure.message() + "; it asks to wait " + human(retryAfter) + tried,
                        true, failure.cause());
            }
            Duration delay = backoffBefore(attempt + 1);
            if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
                delay = retryAfter;
            }
            log.warn("Translation request {}/{} to {} failed on attempt {}/{}: {}; retrying in {}",
                    request, requests, endpoint, attempt, maxAttempts, failure.message(), human(delay));
            sleep(delay);
        }
    }

    /**
     * Pause before attempt {@code attempt} (2, 3, …): the backoff, doubled for each further attempt, at most
     * {@link #MAX_DELAY} (or the backoff itself, should that be configured longer).
     */
    Duration backoffBefore(int attempt) {
        Duration cap = backoff.compareTo(MAX_DELAY) > 0 ? backoff : MAX_DELAY;
        Duration delay = backoff;
        for (int i = 2; i < attempt && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private String requestBody(String source, List<String> q) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", q);
        body.put("source", source);
        body.put("target", "en");
        body.put("format", "html");
        if (apiKey != null) {
            body.put("api_key", apiKey);
        }
        return json.writeValueAsString(body);
    }

    /**
     * Sends and waits for the whole answer at most {@code readTimeout} (the request's own timeout covers only the
     * wait for the response headers).
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + readTimeout);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new TranslationException("The translation was interrupted", true, e);
        } catch (CancellationException e) {
            throw new IOException("request cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        }
    }

    private List<String> parse(String body, int expected) {
        if (body == null || body.isBlank()) {
            throw new TranslationException(FAILED_ANSWER + "an empty answer", false);
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new TranslationException(FAILED_ANSWER + "not JSON: " + snippet(body), false);
        }
        if (root == null || !root.isObject()) {
            throw new TranslationException(FAILED_ANSWER + "not a JSON object: " + snippet(body), false);
        }
        JsonNode translatedText = root.get("translatedText");
        if (translatedText == null || translatedText.isNull()) {
            JsonNode error = root.get("error");
            throw new TranslationException(FAILED_ANSWER + "no translatedText"
                    + (error != null && error.isString() ? ", but the error \"" + shorten(error.stringValue()) + "\"" : ""),
                    false);
        }
        if (!translatedText.isArray()) {
            throw new TranslationException(FAILED_ANSWER + "translatedText is a single "
                    + translatedText.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not a list of "
                    + expected + " texts", false);
        }
        if (translatedText.size() != expected) {
            throw new TranslationException(FAILED_ANSWER + translatedText.size() + " texts came back for "
                    + expected + " sent", false);
        }
        List<String> texts = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            JsonNode text = translatedText.get(i);
            if (!text.isString()) {
                throw new TranslationException(FAILED_ANSWER + "text " + (i + 1) + " of " + expected + " is a "
                        + text.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not a text", false);
            }
            texts.add(text.stringValue());
        }
        return texts;
    }

    private Failure failure(HttpResponse<String> response) {
        int status = response.statusCode();
        String detail = ("HTTP " + status + " " + errorText(status, response.body())).strip();
        if (status == 429) {
            return new Failure("The translation service is busy and asks to slow down: " + detail, true, true,
                    retryAfter(response), null);
        }
        if (status >= 500) {
            return new Failure("The translation service failed: " + detail, true, true,
                    status == 503 ? retryAfter(response) : null, null);
        }
        if (status >= 400) {
            return new Failure("The translation service refused the request: " + detail, false, false, null, null);
        }
        // 1xx left over, or a redirect: neither is an answer to a translation request
        String location = response.headers().firstValue("Location").map(l -> " to " + l).orElse("");
        return new Failure(FAILED_ANSWER + "HTTP " + status + location, false, false, null, null);
    }

    private Failure failure(IOException e) {
        String message;
        if (e instanceof HttpConnectTimeoutException) {
            message = "The translation service could not be reached: no connection within "
                    + human(http.connectTimeout().orElseThrow());
        } else if (e instanceof HttpTimeoutException) {
            message = "The translation service did not answer within " + human(readTimeout);
        } else if (e instanceof ConnectException) {
            message = "The translation service could not be reached: connection refused";
        } else {
            message = "The connection to the translation service failed"
                    + (e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + shorten(e.getMessage()));
        }
        return new Failure(message, true, true, null, e);
    }

    /** The {@code error} of LibreTranslate's JSON error answer, else the start of the body as text. */
    private String errorText(int status, String body) {
        if (body != null && !body.isBlank()) {
            try {
                JsonNode root = json.readTree(body);
                if (root != null && root.isObject() && root.get("error") != null && root.get("error").isString()) {
                    return shorten(root.get("error").stringValue());
                }
            } catch (JacksonException e) {
                // not JSON, e.g. a proxy's HTML error page
            }
            String text = snippet(body);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return reasonPhrase(status);
    }

    /** Retry-After in seconds (RFC 9110 also allows a date; that form is ignored and the normal backoff used). */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(null);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationException("The translation was interrupted", true, e);
        }
    }

    /** Markup removed, white space collapsed, shortened: fit for a message. */
    private static String snippet(String body) {
        if (body == null) {
            return "";
        }
        return shorten(body.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " "));
    }

    private static String shorten(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return collapsed.length() <= MAX_SNIPPET ? collapsed : collapsed.substring(0, MAX_SNIPPET) + "…";
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }

    /** "30 s", "500 ms", "1.5 s". */
    static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * @param retryNow   whether another immediate attempt may help
     * @param retryLater whether the final exception says it is worth trying again later
     * @param retryAfter the pause the service asked for, or null
     */
    private record Failure(String message, boolean retryNow, boolean retryLater, Duration retryAfter, Throwable cause) {
    }
}
