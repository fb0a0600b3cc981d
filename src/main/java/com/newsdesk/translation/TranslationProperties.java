package com.newsdesk.translation;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of machine translation, {@code newsdesk.translation.*}.
 *
 * @param provider           {@code none} (default: no machine translation) or {@code libretranslate}
 * @param url                base address of the LibreTranslate-compatible service, e.g. {@code http://localhost:5000};
 *                           required for {@code libretranslate}
 * @param apiKey             API key, sent only when not blank
 * @param connectTimeout     how long to wait for a connection (default 5 s)
 * @param readTimeout        how long one request may take, from sending it to the last byte of the answer (default 30 s)
 * @param maxAttempts        attempts per request, including the first (default 3)
 * @param backoff            pause before the second attempt, doubled before each further one (default 500 ms)
 * @param maxCharsPerRequest longer articles are split into several requests of at most this many characters, never
 *                           splitting a paragraph (default 20,000)
 */
@ConfigurationProperties(prefix = "newsdesk.translation")
public record TranslationProperties(
        @DefaultValue("none") Provider provider,
        URI url,
        String apiKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("500ms") Duration backoff,
        @DefaultValue("20000") int maxCharsPerRequest) {

    public enum Provider { NONE, LIBRETRANSLATE }

    public TranslationProperties {
        if (provider == null) {
            provider = Provider.NONE;
        }
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
        connectTimeout = positive("connect-timeout", connectTimeout, Duration.ofSeconds(5));
        readTimeout = positive("read-timeout", readTimeout, Duration.ofSeconds(30));
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("newsdesk.translation.backoff must not be negative, but is " + backoff);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("newsdesk.translation.max-attempts must be at least 1, but is " + maxAttempts);
        }
        if (maxCharsPerRequest < 1) {
            throw new IllegalArgumentException(
                    "newsdesk.translation.max-chars-per-request must be at least 1, but is " + maxCharsPerRequest);
        }
    }

    /** LibreTranslate at {@code url} with the defaults for everything else; handy in tests. */
    public static TranslationProperties libreTranslate(URI url, String apiKey) {
        return new TranslationProperties(Provider.LIBRETRANSLATE, url, apiKey, null, null, 3, null, 20_000);
    }

    public TranslationProperties withTimeouts(Duration connectTimeout, Duration readTimeout) {
        return new TranslationProperties(provider, url, apiKey, connectTimeout, readTimeout, maxAttempts, backoff,
                maxCharsPerRequest);
    }

    public TranslationProperties withRetries(int maxAttempts, Duration backoff) {
        return new TranslationProperties(provider, url, apiKey, connectTimeout, readTimeout, maxAttempts, backoff,
                maxCharsPerRequest);
    }

    public TranslationProperties withMaxCharsPerRequest(int maxCharsPerRequest) {
        return new TranslationProperties(provider, url, apiKey, connectTimeout, readTimeout, maxAttempts, backoff,
                maxCharsPerRequest);
    }

    /** Without the API key, so that logging the settings does not leak it. */
    @Override
    public String toString() {
        return "TranslationProperties[provider=" + provider + ", url=" + url + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + ", maxCharsPerRequest=" + maxCharsPerRequest + "]";
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("newsdesk.translation." + name + " must be positive, but is " + value);
        }
        return value;
    }
}
