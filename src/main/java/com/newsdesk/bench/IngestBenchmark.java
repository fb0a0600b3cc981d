package com.newsdesk.bench;

import static com.newsdesk.jooq.Tables.API_CLIENT;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.newsdesk.article.SearchText;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push-API throughput over loopback HTTP, as the translation pipeline sends: single articles from several clients at
 * once, and batches of 500; beside a COPY of rows of the same shape into the same table, the ceiling. Each article
 * is an original (1–2 KB, in its source's script) with its machine translation (English, 2–6 KB), so that the
 * English full-text vector is computed as it is for real. The API key is made for the run and revoked after it.
 */
@Component
class IngestBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final Environment environment;
    private final SyntheticText text = new SyntheticText();

    IngestBenchmark(DSLContext dsl, DataSource dataSource, Environment environment) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    record Site(long id, String country, String language) {
    }

    void run(BenchReport report, int singles, int batched) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Site> sites = dsl.select(SOURCE_SITE.ID, SOURCE_SITE.COUNTRY_CODE, SOURCE_SITE.LANGUAGE_CODE)
                .from(SOURCE_SITE).orderBy(SOURCE_SITE.ID)
                .fetch(r -> new Site(r.value1(), r.value2(), r.value3()));
        String key = "nd_bench_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        long client = dsl.insertInto(API_CLIENT).set(API_CLIENT.NAME, "Benchmark " + run)
                .set(API_CLIENT.KEY_PREFIX, "nd_bench_" + run).set(API_CLIENT.KEY_HASH, sha256(key))
                .returning(API_CLIENT.ID).fetchSingle(API_CLIENT.ID);
        String base = "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                + "/api/v1/ingest/articles";
        var random = new SplittableRandom(7);
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            // warm-up: JIT, connection pool, Lingua's models
            post(http, base, key, JSON.writeValueAsString(article(run + "-warm", 0, sites, random)), 201);

            int clients = 8;
            List<Map<String, Object>> one = new ArrayList<>();
            for (int i = 0; i < singles; i++) {
                one.add(article(run + "-single", i, sites, random));
            }
            long start = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(clients)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    final int first = c;
                    futures.add(pool.submit(() -> {
                        for (int i = first; i < one.size(); i += clients) {
                            post(http, base, key, JSON.writeValueAsString(one.get(i)), 201);
                        }
                        return null;
                    }));
                }
                for (var f : futures) {
                    f.get();
                }
            }
            double singleSeconds = (System.nanoTime() - start) / 1e9;
            report.add(BenchReport.Figure.rate("push API, single articles", "articles/s", singles / singleSeconds,
                    String.format(Locale.ROOT, "%d articles, %d clients at once, HTTP/1.1 over loopback, %.1f s",
                            singles, clients, singleSeconds)));

            List<String> batches = new ArrayList<>();
            for (int b = 0; b * 500 < batched; b++) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (int i = b * 500; i < Math.min(batched, (b + 1) * 500); i++) {
                    items.add(article(run + "-batch", i, sites, random));
                }
                batches.add(JSON.writeValueAsString(Map.of("articles", items)));
            }
            int batchClients = 2;
            start = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(batchClients)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < batchClients; c++) {
                    final int first = c;
                    futures.add(pool.submit(() -> {
                        for (int i = first; i < batches.size(); i += batchClients) {
                            post(http, base + "/batch", key, batches.get(i), 200);
                        }
                        return null;
                    }));
                }
                for (var f : futures) {
                    f.get();
                }
            }
            double batchSeconds = (System.nanoTime() - start) / 1e9;
            report.add(BenchReport.Figure.rate("push API, batches of 500", "articles/s", batched / batchSeconds,
                    String.format(Locale.ROOT, "%d articles in %d batches, %d clients at once, %.1f s", batched,
                            batches.size(), batchClients, batchSeconds)));
        } finally {
            dsl.update(API_CLIENT).set(API_CLIENT.REVOKED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .where(API_CLIENT.ID.eq(client)).execute();
        }

        long start = System.nanoTime();
        copy(run + "-copy", batched, sites, random);
        double copySeconds = (System.nanoTime() - start) / 1e9;
        report.add(BenchReport.Figure.rate("COPY of the same rows (ceiling)", "rows/s", batched / copySeconds,
                String.format(Locale.ROOT, "%d rows in one COPY into the indexed table, %.1f s", batched,
                        copySeconds)));
        // leave the table as generated, so that the next run can reuse it (newsdesk.bench.reuse)
        dsl.deleteFrom(ARTICLE).where(ARTICLE.CANONICAL_URL.startsWith("https://push.bench.example/" + run + "-"))
                .execute();
    }

    private Map<String, Object> article(String run, int i, List<Site> sites, SplittableRandom random) {
        Site site = sites.get(random.nextInt(sites.size()));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("sourceSiteId", site.id());
        a.put("canonicalUrl", "https://push.bench.example/" + run + "/" + i);
        a.put("originalTitle", text.original(random, site.language(), 40, false));
        a.put("originalBody", text.original(random, site.language(), 1000 + random.nextInt(1000), true));
        a.put("originalLanguage", site.language());
        a.put("publishedAt", TIME.format(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(random.nextInt(600))));
        a.put("imageUrl", "https://push.bench.example/img/" + i + ".jpg");
        a.put("imageCaption", "Caption " + i);
        a.put("imageCredit", "Photo: Bench");
        a.put("translatedTitle", text.englishTitle(random));
        a.put("translatedBody", text.englishBody(random, 2000 + random.nextInt(4000)));
        a.put("translationEngine", "bench-mt");
        return a;
    }

    private static void post(HttpClient http, String url, String key, String body, int expected)
            throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Push API answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /** The same shape of rows through COPY: what the database can take at most, without HTTP, JSON and checks. */
    private void copy(String run, int n, List<Site> sites, SplittableRandom random) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY article (source_site_id, country_code, "
                    + "canonical_url, original_language, original_title, original_body, source_published_at, "
                    + "image_url, image_caption, image_credit, mt_title, mt_body, mt_engine, mt_at, status, "
                    + "search_original) FROM STDIN");
            var sb = new StringBuilder(1 << 20);
            for (int i = 0; i < n; i++) {
                Map<String, Object> a = article(run, i, sites, random);
                Site site = sites.stream().filter(s -> s.id() == (long) a.get("sourceSiteId")).findFirst().orElseThrow();
                String now = TIME.format(OffsetDateTime.now(ZoneOffset.UTC));
                String[] fields = {Long.toString(site.id()), site.country(), (String) a.get("canonicalUrl"),
                    site.language(), (String) a.get("originalTitle"), (String) a.get("originalBody"),
                    (String) a.get("publishedAt"), (String) a.get("imageUrl"), (String) a.get("imageCaption"),
                    (String) a.get("imageCredit"), (String) a.get("translatedTitle"), (String) a.get("translatedBody"),
                    "bench-mt", now, "TRANSLATED",
                    SearchText.documentVector((String) a.get("originalTitle"), (String) a.get("originalBody"))};
                for (int f = 0; f < fields.length; f++) {
                    sb.append(fields[f].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                            .replace("\r", "\\r")).append(f == fields.length - 1 ? '\n' : '\t');
                }
                if (sb.length() > (1 << 20)) {
                    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    sb.setLength(0);
                }
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
