package com.newsdesk.translation;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that stands in for a translation service: it records every request
 * and plays back the answers queued with {@link #answer}, in order. When the queue is empty it translates by
 * {@link #translateBy} if set, else it answers 500, which makes a forgotten answer obvious.
 */
final class StubTranslationServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param delay     pause before the response headers
     * @param bodyDelay pause after the headers and the first byte of the body, before the rest
     */
    record Answer(int status, String body, Map<String, String> headers, Duration delay, Duration bodyDelay) {
    }

    record RecordedRequest(String method, String path, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The texts sent in {@code q}. */
        List<String> q() {
            List<String> q = new ArrayList<>();
            json().get("q").values().forEach(node -> q.add(node.stringValue()));
            return q;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile UnaryOperator<String> translator;

    private StubTranslationServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // one thread per request, so that a slow answer does not hold up the retry that follows it
        server.setExecutor(executor);
        server.start();
    }

    static StubTranslationServer start() {
        try {
            return new StubTranslationServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base address, e.g. {@code http://127.0.0.1:41234}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    StubTranslationServer answer(int status, String body) {
        return answer(status, body, Map.of(), Duration.ZERO);
    }

    StubTranslationServer answer(int status, String body, Map<String, String> headers) {
        return answer(status, body, headers, Duration.ZERO);
    }

    StubTranslationServer answerAfter(Duration delay, int status, String body) {
        return answer(status, body, Map.of(), delay);
    }

    StubTranslationServer answer(int status, String body, Map<String, String> headers, Duration delay) {
        answers.add(new Answer(status, body, headers, delay, Duration.ZERO));
        return this;
    }

    /** Sends the headers and the first byte of the body at once, the rest after {@code bodyDelay}. */
    StubTranslationServer answerWithSlowBody(Duration bodyDelay, int status, String body) {
        answers.add(new Answer(status, body, Map.of(), Duration.ZERO, bodyDelay));
        return this;
    }

    /** From now on, when no answer is queued: translate each text by {@code translation}. */
    StubTranslationServer translateBy(UnaryOperator<String> translation) {
        this.translator = translation;
        return this;
    }

    static String translatedText(String... texts) {
        return JSON.writeValueAsString(Map.of("translatedText", List.of(texts)));
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.getFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body);
            requests.add(request);

            Answer answer = answers.poll();
            if (answer == null) {
                answer = translator != null ? translate(request) : new Answer(500,
                        "{\"error\":\"the test queued no answer for request " + requests.size() + "\"}", Map.of(),
                        Duration.ZERO, Duration.ZERO);
            }
            if (!pause(answer.delay())) {
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.putAll(answer.headers());
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (answer.bodyDelay().isPositive() && bytes.length > 1) {
                    out.write(bytes, 0, 1);
                    out.flush();
                    if (!pause(answer.bodyDelay())) {
                        return;
                    }
                    out.write(bytes, 1, bytes.length - 1);
                } else {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client gave up (time-out); nothing to answer
        }
    }

    private Answer translate(RecordedRequest request) {
        List<String> translated = request.q().stream().map(translator).toList();
        return new Answer(200, JSON.writeValueAsString(Map.of("translatedText", translated)), Map.of(), Duration.ZERO,
                Duration.ZERO);
    }

    /** False when interrupted: the server is closing. */
    private static boolean pause(Duration duration) {
        if (!duration.isPositive()) {
            return true;
        }
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
