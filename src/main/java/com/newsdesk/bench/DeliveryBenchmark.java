package com.newsdesk.bench;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.jooq.impl.DSL.count;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Throughput of the delivery API's cached list endpoint over loopback, measured by a real load generator (wrk)
 * beside nginx serving the very same JSON bytes from a file, in the same run and the same way: nginx gets a
 * temporary configuration (one worker, no access log) on a free port and is stopped afterwards. On a machine with
 * two cores or more, wrk runs on core 0 and each server in turn on core 1 ({@code taskset}: the app's JVM with all
 * its threads), so that load generator and server do not take turns on the same core; the app's affinity is
 * restored after. Without wrk or nginx the figures are skipped and the report says so.
 */
@Component
class DeliveryBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeliveryBenchmark.class);
    private static final int CONNECTIONS = 32;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILES = Pattern.compile("ND p50=(\\d+) p95=(\\d+) max=(\\d+) n=(\\d+)");
    /** wrk's Lua hook prints the percentiles the report wants (microseconds). */
    private static final String SCRIPT = """
            done = function(summary, latency, requests)
              io.write(string.format("ND p50=%d p95=%d max=%d n=%d\\n", latency:percentile(50),
                latency:percentile(95), latency.max, summary.requests))
            end
            """;

    private final DSLContext dsl;
    private final Environment environment;

    DeliveryBenchmark(DSLContext dsl, Environment environment) {
        this.dsl = dsl;
        this.environment = environment;
    }

    record Result(double requestsPerSecond, double p50, double p95, double max, long requests) {
    }

    void run(BenchReport report, int seconds) throws Exception {
        String wrk = executable("wrk");
        String nginx = executable("nginx");
        if (wrk == null || nginx == null) {
            report.data("delivery API throughput", "skipped: " + (wrk == null ? "wrk" : "nginx")
                    + " is not installed (Debian packages wrk and nginx-light)");
            return;
        }
        String country = dsl.select(ARTICLE.COUNTRY_CODE).from(ARTICLE).where(ARTICLE.STATUS.eq("PUBLISHED"))
                .groupBy(ARTICLE.COUNTRY_CODE).orderBy(count().desc()).limit(1).fetchOne(ARTICLE.COUNTRY_CODE);
        if (country == null) {
            report.data("delivery API throughput", "skipped: no published articles");
            return;
        }
        String path = "/api/v1/articles?country=" + country;
        String app = "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path;
        byte[] json;
        try (HttpClient http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(app)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            json = response.body();
        }
        // readable by nginx's worker, which runs as an unprivileged user when nginx is started as root
        Path dir = Files.createTempDirectory("newsdesk-bench-nginx",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.write(dir.resolve("articles.json"), json);
        Files.setPosixFilePermissions(dir.resolve("articles.json"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(dir.resolve("report.lua"), SCRIPT);
        int port = freePort();
        Files.writeString(dir.resolve("nginx.conf"), nginxConfig(dir, port));
        boolean pin = Runtime.getRuntime().availableProcessors() >= 2 && executable("taskset") != null;
        String nginxUrl = "http://127.0.0.1:" + port + path;

        long self = ProcessHandle.current().pid();
        String affinity = pin ? affinity(self) : null;
        List<String> serverCpu = pin ? List.of("taskset", "-c", "1") : List.of();
        Process server = new ProcessBuilder(concat(serverCpu, List.of(nginx, "-p", dir + "/", "-c",
                dir.resolve("nginx.conf").toString(), "-e", dir.resolve("error.log").toString())))
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        try {
            awaitServer(nginxUrl, json.length);
            if (pin) {
                exec("taskset", "-a", "-p", "-c", "1", Long.toString(self));
            }
            // warm up both (the app's JIT above all), then measure each for the same time
            wrk(wrk, dir, app, 3, pin);
            wrk(wrk, dir, nginxUrl, 2, pin);
            Result api = wrk(wrk, dir, app, seconds, pin);
            Result file = wrk(wrk, dir, nginxUrl, seconds, pin);

            String how = String.format(Locale.ROOT, "wrk -t1 -c%d -d%ds over loopback, %d-byte JSON (%s); %s",
                    CONNECTIONS, seconds, json.length, path,
                    pin ? "wrk on core 0, server on core 1 (taskset)" : "not pinned");
            report.add(BenchReport.Figure.rate("delivery API, cached list GET " + path + ", throughput", "req/s",
                    api.requestsPerSecond(), how + "; target ≥ 5,000 req/s"));
            report.add(BenchReport.Figure.rate("nginx, the same JSON from a file, throughput", "req/s",
                    file.requestsPerSecond(), how + "; one worker, no access log"));
            report.add(BenchReport.Figure.rate("delivery API / nginx", "×",
                    api.requestsPerSecond() / file.requestsPerSecond(), "goal ≥ 0.3×"));
            report.add(new BenchReport.Figure("delivery API, cached list, latency under load", "ms",
                    (int) Math.min(Integer.MAX_VALUE, api.requests()), api.p50(), api.p95(), api.max(),
                    "per request, " + CONNECTIONS + " connections"));
            report.add(new BenchReport.Figure("nginx, same JSON, latency under load", "ms",
                    (int) Math.min(Integer.MAX_VALUE, file.requests()), file.p50(), file.p95(), file.max(),
                    "per request, " + CONNECTIONS + " connections"));
            log.info("Delivery API {} req/s, nginx {} req/s", Math.round(api.requestsPerSecond()),
                    Math.round(file.requestsPerSecond()));
        } finally {
            if (pin && affinity != null) {
                exec("taskset", "-a", "-p", affinity, Long.toString(self));
            }
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private Result wrk(String wrk, Path dir, String url, int seconds, boolean pin) throws Exception {
        List<String> command = concat(pin ? List.of("taskset", "-c", "0") : List.of(), List.of(wrk, "-t1",
                "-c" + CONNECTIONS, "-d" + seconds + "s", "-s", dir.resolve("report.lua").toString(), url));
        String out = exec(command.toArray(String[]::new));
        Matcher rate = RATE.matcher(out);
        Matcher p = PERCENTILES.matcher(out);
        if (!rate.find() || !p.find() || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk against " + url + " gave no usable result:\n" + out);
        }
        return new Result(Double.parseDouble(rate.group(1)), Long.parseLong(p.group(1)) / 1000.0,
                Long.parseLong(p.group(2)) / 1000.0, Long.parseLong(p.group(3)) / 1000.0, Long.parseLong(p.group(4)));
    }

    private static String nginxConfig(Path dir, int port) {
        return """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    keepalive_requests 1000000;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s;
                        location = /api/v1/articles {
                            default_type application/json;
                            add_header Cache-Control no-cache;
                            try_files /articles.json =404;
                        }
                    }
                }
                """.formatted(dir, port);
    }

    private static void awaitServer(String url, int length) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < 100; i++) {
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() == 200 && response.body().length == length) {
                        return;
                    }
                    throw new IllegalStateException("nginx answered " + response.statusCode() + " with "
                            + response.body().length + " bytes instead of " + length);
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
        }
        throw new IllegalStateException("nginx did not start on " + url);
    }

    /** The process's CPU list as taskset prints it, e.g. {@code 0,1}, to restore it after. */
    private static String affinity(long pid) throws Exception {
        String out = exec("taskset", "-c", "-p", Long.toString(pid));
        return out.substring(out.lastIndexOf(':') + 1).strip();
    }

    private static String exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private static String executable(String name) {
        for (String dir : List.of("/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/bin", "/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
