package com.newsdesk.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

class FeedFetcherTest {

    private static final byte[] FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Test</title></channel></rss>
            """.getBytes(StandardCharsets.UTF_8);
    /** Generous timeouts: the first request in a JVM takes a while to set up the HTTP client. */
    private static final FeedFetcher.Limits SMALL = new FeedFetcher.Limits(Duration.ofSeconds(5),
            Duration.ofSeconds(10), 1000);

    private final Map<String, String> requestHeaders = new ConcurrentHashMap<>();
    private ExecutorService handlers;
    private HttpServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        handlers = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.start();
        fetcher = new FeedFetcher(SMALL);
    }

    @AfterEach
    void stopServer() {
        fetcher.close();
        server.stop(0);
        handlers.shutdownNow(); // ends handlers still sleeping
    }

    @Test
    void fetches_the_body_with_its_content_type_and_says_who_asks() {
        serve("/feed", exchange -> {
            requestHeaders.put("User-Agent", exchange.getRequestHeaders().getFirst("User-Agent"));
            requestHeaders.put("Accept", exchange.getRequestHeaders().getFirst("Accept"));
            respond(exchange, 200, "application/rss+xml; charset=UTF-8", FEED);
        });

        var fetched = fetcher.fetch(address("/feed"));

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=UTF-8");
        assertThat(fetched.finalUri()).isEqualTo(address("/feed"));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(requestHeaders.get("User-Agent")).isEqualTo("Newsdesk/1.0 (feed poller)");
        assertThat(requestHeaders.get("Accept")).startsWith("application/rss+xml, application/atom+xml");
    }

    @Test
    void follows_redirects_and_tells_where_it_ended() {
        serve("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new");
            respond(exchange, 301, null, new byte[0]);
        });
        serve("/new", exchange -> respond(exchange, 200, "application/xml", FEED));

        var fetched = fetcher.fetch(address("/old"));

        assertThat(fetched.finalUri()).isEqualTo(address("/new"));
        assertThat(fetched.body()).isEqualTo(FEED);
    }

    @Test
    void an_error_status_is_a_readable_failure() {
        serve("/missing", exchange -> respond(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes()));
        serve("/broken", exchange -> respond(exchange, 503, "text/plain", "down".getBytes()));

        assertThatThrownBy(() -> fetcher.fetch(address("/missing"))).isInstanceOf(FeedException.class)
                .hasMessage("HTTP 404 from " + address("/missing"));
        assertThatThrownBy(() -> fetcher.fetch(address("/broken"))).isInstanceOf(FeedException.class)
                .hasMessage("HTTP 503 from " + address("/broken"));
    }

    @Test
    void stops_reading_a_body_larger_than_the_limit() {
        serve("/streamed", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not known in advance
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(new byte[1000]);
                    out.flush();
                }
            }
        });
        serve("/announced", exchange -> respond(exchange, 200, "application/xml", new byte[5000]));
        serve("/exact", exchange -> respond(exchange, 200, "application/xml", new byte[1000]));

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(address("/streamed"))).isInstanceOf(FeedException.class)
                .hasMessage("The feed is larger than 1000 bytes; stopped reading.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> fetcher.fetch(address("/announced"))).isInstanceOf(FeedException.class)
                .hasMessage("The feed is larger than 1000 bytes; stopped reading.");
        assertThat(fetcher.fetch(address("/exact")).body()).hasSize(1000);
    }

    @Test
    void the_default_limit_reads_as_five_megabytes() {
        assertThat(FeedFetcher.Limits.DEFAULT).isEqualTo(new FeedFetcher.Limits(Duration.ofSeconds(10),
                Duration.ofSeconds(20), 5 * 1024 * 1024));
        assertThat(FeedFetcher.size(FeedFetcher.Limits.DEFAULT.maxBytes())).isEqualTo("5 MB");
        assertThat(FeedFetcher.seconds(FeedFetcher.Limits.DEFAULT.readTimeout())).isEqualTo("20 s");
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_cut_off() {
        serve("/silent", exchange -> {
            sleep(5_000);
            respond(exchange, 200, "application/xml", FEED);
        });
        serve("/dribbling", exchange -> {
            exchange.sendResponseHeaders(200, FEED.length);
            OutputStream out = exchange.getResponseBody();
            out.write(FEED, 0, 10);
            out.flush();
            sleep(5_000);
            out.write(FEED, 10, FEED.length - 10);
            out.close();
        });

        try (var impatient = new FeedFetcher(new FeedFetcher.Limits(Duration.ofSeconds(5), Duration.ofMillis(300),
                1000))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.fetch(address("/silent"))).isInstanceOf(FeedException.class)
                    .hasMessage("No answer from " + address("/silent") + " within 0.3 s.");
            assertThatThrownBy(() -> impatient.fetch(address("/dribbling"))).isInstanceOf(FeedException.class)
                    .hasMessage("No answer from " + address("/dribbling") + " within 0.3 s.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void a_closed_port_is_a_readable_failure() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI address = URI.create("http://127.0.0.1:" + closedPort + "/feed");

        assertThatThrownBy(() -> fetcher.fetch(address)).isInstanceOf(FeedException.class)
                .hasMessage("Could not connect to 127.0.0.1:" + closedPort
                        + ": the connection was refused or the server is unreachable.");
    }

    @Test
    void an_unknown_host_is_a_readable_failure() {
        var failure = new IOException(new UnresolvedAddressException());

        assertThat(fetcher.describe(failure, URI.create("https://no-such-host.invalid/feed")))
                .hasMessage("Unknown host no-such-host.invalid: the name does not resolve to an address.");
    }

    @Test
    void only_http_addresses_are_fetched() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("ftp://files.example/feed.xml")))
                .isInstanceOf(FeedException.class).hasMessage("Not an http(s) address: ftp://files.example/feed.xml");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOf(FeedException.class).hasMessage("Not an http(s) address: file:///etc/passwd");
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away, as it should when it gives up
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
