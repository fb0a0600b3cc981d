package com.newsdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outside world of the integration tests, as a real HTTP server on 127.0.0.1: a LibreTranslate-compatible
 * translation service (under {@code /lt}) that "translates" by marking each text with {@code EN }, and news sites
 * whose feeds tests put in place (under {@code /sites}). One server per test JVM, started before the shared
 * Spring context, which is pointed at it.
 */
public final class ItHttpStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpServer SERVER = start();
    private static final Map<String, Page> PAGES = new ConcurrentHashMap<>();
    private static final AtomicInteger TRANSLATION_FAILURE = new AtomicInteger();
    private static final AtomicInteger TRANSLATIONS = new AtomicInteger();

    /** A page a site serves: status, content type, bytes, and how long to wait before answering. */
    public record Page(int status, String contentType, byte[] body, long delayMillis) {

        public static Page of(String contentType, String body) {
            return new Page(200, contentType, body.getBytes(StandardCharsets.UTF_8), 0);
        }
    }

    private ItHttpStub() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    /** Serves {@code page} at {@code /sites/<path>}; returns its full address. */
    public static String serve(String path, Page page) {
        PAGES.put("/sites/" + path, page);
        return baseUrl() + "/sites/" + path;
    }

    /** From now on the translation service answers with this HTTP status (0: it works again). */
    public static void failTranslations(int status) {
        TRANSLATION_FAILURE.set(status);
    }

    /** Requests the translation service has answered so far. */
    public static int translations() {
        return TRANSLATIONS.get();
    }

    /** How the stub translates one text: "EN " in front of its words, inside its first tag when it has one. */
    public static String translate(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        int close = text.startsWith("<") ? text.indexOf('>') : -1;
        return close < 0 ? "EN " + text : text.substring(0, close + 1) + "EN " + text.substring(close + 1);
    }

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(8, r -> {
                var t = new Thread(r, "it-http-stub");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/lt/translate", ItHttpStub::translateRequest);
            server.createContext("/sites/", ItHttpStub::site);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void translateRequest(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            TRANSLATIONS.incrementAndGet();
            int failure = TRANSLATION_FAILURE.get();
            if (failure != 0) {
                send(exchange, failure, "application/json", "{\"error\":\"Stub failure\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            JsonNode request = JSON.readTree(in);
            List<String> out = new ArrayList<>();
            JsonNode q = request.get("q");
            if (q.isArray()) {
                q.forEach(n -> out.add(translate(n.asString())));
                send(exchange, 200, "application/json", JSON.writeValueAsBytes(Map.of("translatedText", out)));
            } else {
                send(exchange, 200, "application/json",
                        JSON.writeValueAsBytes(Map.of("translatedText", translate(q.asString()))));
            }
        }
    }

    private static void site(HttpExchange exchange) throws IOException {
        try (exchange) {
            Page page = PAGES.get(exchange.getRequestURI().getPath());
            if (page == null) {
                send(exchange, 404, "text/plain", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (page.delayMillis() > 0) {
                try {
                    Thread.sleep(page.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            send(exchange, page.status(), page.contentType(), page.body());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Points the shared context's translation client at the stub. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("it-http-stub", Map.of(
                    "newsdesk.translation.provider", "libretranslate",
                    "newsdesk.translation.url", baseUrl() + "/lt",
                    "newsdesk.translation.backoff", "10ms")));
        }
    }
}
