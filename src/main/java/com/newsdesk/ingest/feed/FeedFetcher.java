package com.newsdesk.ingest.feed;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

/**
 * Fetches a feed over HTTP(S) with hard limits, so that no source can hold a poller or fill its memory.
 * <p>
 * Guarantees: only http and https addresses are fetched; redirects are followed except from https to http; the
 * whole answer (headers and body) arrives within {@link Limits#readTimeout()} or the request is abandoned; no more
 * than {@link Limits#maxBytes()} of body are ever held (the body is read as it streams and reading stops at the
 * limit); a 2xx status is the only success. Every failure is a {@link FeedException} whose message is fit for an
 * admin. No compression is asked for, so the limit is on the feed's real size.
 * <p>
 * Instances are safe to share between threads; they hold one HTTP client, released by {@link #close()}.
 */
public final class FeedFetcher implements AutoCloseable {

    static final String USER_AGENT = "Newsdesk/1.0 (feed poller)";
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    /**
     * @param connectTimeout how long setting up the connection may take
     * @param readTimeout how long the whole answer may take, from sending the request to its last byte
     * @param maxBytes the largest body read; a larger one is an error
     */
    public record Limits(Duration connectTimeout, Duration readTimeout, long maxBytes) {

        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(20),
                5L * 1024 * 1024);

        public Limits {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                    || readTimeout.isZero() || maxBytes <= 0) {
                throw new IllegalArgumentException("timeouts and the size limit must be positive");
            }
        }
    }

    /**
     * A feed as the server sent it.
     *
     * @param contentType the Content-Type header, or {@code null} when there was none
     * @param finalUri the address answered from, after redirects
     * @param status the final HTTP status, always 2xx
     */
    public record Fetched(byte[] body, String contentType, URI finalUri, int status) {
    }

    private final Limits limits;
    private final HttpClient client;

    public FeedFetcher() {
        this(Limits.DEFAULT);
    }

    public FeedFetcher(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Fetches {@code address}; see the class description for what is guaranteed. */
    public Fetched fetch(URI address) {
        checkAddress(address);
        var request = HttpRequest.newBuilder(address)
                .GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, this::subscriberFor);
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(limits.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw noAnswer(address, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("Fetching " + address + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw describe(e.getCause(), address);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new FeedException("HTTP " + status + " from " + response.uri() + redirectNote(response));
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        return new Fetched(response.body(), contentType, response.uri(), status);
    }

    @Override
    public void close() {
        client.close();
    }

    private static void checkAddress(URI address) {
        Objects.requireNonNull(address, "address");
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException("Not an http(s) address: " + address);
        }
        if (address.getHost() == null) {
            throw new FeedException("The address has no valid host: " + address);
        }
    }

    private BodySubscriber<byte[]> subscriberFor(ResponseInfo info) {
        if (info.statusCode() / 100 != 2) {
            return LimitedBody.discarding(); // an error page is not worth reading
        }
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (announced > limits.maxBytes()) {
            return LimitedBody.tooLarge();
        }
        return LimitedBody.atMost(limits.maxBytes());
    }

    /** Why a redirect was not followed, when that is what the status means. */
    private static String redirectNote(HttpResponse<?> response) {
        if (response.statusCode() / 100 != 3) {
            return "";
        }
        return response.headers().firstValue("Location")
                .map(location -> " (a redirect to " + location + ", which is not followed)")
                .orElse("");
    }

    /** The exception to report for a failed exchange; package-private so the messages can be tested. */
    FeedException describe(Throwable failure, URI address) {
        String host = address.getHost();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLarge) {
                return new FeedException("The feed is larger than " + size(limits.maxBytes()) + "; stopped reading.",
                        failure);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new FeedException("Unknown host " + host + ": the name does not resolve to an address.",
                        failure);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FeedException("Could not connect to " + host + " within "
                        + seconds(limits.connectTimeout()) + ".", failure);
            }
            if (t instanceof HttpTimeoutException) {
                return noAnswer(address, failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new FeedException("Could not connect to " + authority(address)
                        + ": the connection was refused or the server is unreachable.", failure);
            }
            if (t instanceof SSLException ssl) {
                return new FeedException("Could not set up a secure connection to " + host + ": "
                        + reason(ssl) + ".", failure);
            }
        }
        String reason = reason(failure);
        if (reason.toLowerCase(Locale.ROOT).contains("redirect")) {
            return new FeedException("Too many redirects from " + address + ".", failure);
        }
        return new FeedException("Could not read the feed from " + address + ": " + reason + ".", failure);
    }

    private FeedException noAnswer(URI address, Throwable cause) {
        return new FeedException("No answer from " + address + " within " + seconds(limits.readTimeout()) + ".",
                cause);
    }

    private static String authority(URI address) {
        int port = address.getPort();
        return port < 0 ? address.getHost() : address.getHost() + ":" + port;
    }

    private static String reason(Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected error";
        }
        return message.strip();
    }

    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
