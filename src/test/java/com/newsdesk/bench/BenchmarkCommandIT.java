package com.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.newsdesk.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command end to end, as README documents it, on a small N: a separate JVM with profile
 * {@code bench} fills its own database and writes the report. No times are asserted.
 */
class BenchmarkCommandIT {

    private static final String SERVER = System.getProperty("newsdesk.it.db-url",
            "jdbc:postgresql://127.0.0.1:5432/newsdesk_it").replaceFirst("/[^/?]*(\\?.*)?$", "/");
    private static final String USER = System.getProperty("newsdesk.it.db-user", "postgres");
    private static final String PASSWORD = System.getProperty("newsdesk.it.db-password", "");
    private static final String DATABASE = "newsdesk_it_bench";
    private static final int ARTICLES = 1200;
    /** Articles the ingestion benchmark sends in batches (a fifth as many singly, and as many again by COPY). */
    private static final int PUSHED = 100;
    /** The generator's rows, not those the ingestion benchmark pushed. */
    private static final String GENERATED = "canonical_url NOT LIKE 'https://push.bench.example/%'";
    private static final Path OUTPUT = Path.of("target", "bench-it").toAbsolutePath();

    private static String log;

    @BeforeAll
    static void runTheBenchmarkCommand() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Application.class.getName(),
                "--spring.profiles.active=bench",
                "--spring.datasource.url=" + SERVER + DATABASE,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--newsdesk.bench.articles=" + ARTICLES,
                "--newsdesk.bench.runs=5",
                "--newsdesk.bench.depth=20",
                "--newsdesk.bench.ingest-articles=" + PUSHED,
                "--newsdesk.bench.http-seconds=2",
                "--newsdesk.bench.output=" + OUTPUT));
        // run outside the project folder: the test class path may hold "." and the top-level db/ would then be found twice
        Files.createDirectories(OUTPUT);
        Process process = new ProcessBuilder(command).directory(OUTPUT.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("benchmark command finished").isTrue();
        log = new String(output);
        assertThat(process.exitValue()).as("exit code; output:%n%s", log).isZero();
    }

    @Test
    void writes_the_report_with_machine_data_size_and_every_figure() throws Exception {
        String md = Files.readString(OUTPUT.resolve("report.md"));
        String json = Files.readString(OUTPUT.resolve("report.json"));
        assertThat(md).contains("cores: ", "memory: ", "jdk: ", "postgresql: PostgreSQL", "articles: " + ARTICLES,
                "| bulk generator, COPY | rows/s |",
                "| article list, first page, keyset (service) | ms | 5 |",
                "| article list, first page, OFFSET 0 (service) | ms | 5 |",
                "| article list, page 20 rows deep, keyset (service) | ms | 5 |",
                "| article list, page 20 rows deep, OFFSET 20 (service) | ms | 5 |",
                "| counts per status, no filter (service) | ms | 5 |",
                "| review queue (translated + in review), first page, keyset (service) | ms | 5 |",
                "| text search, rare English word, first page (service) | ms | 5 |",
                "| text search, two Japanese characters, first page (service) | ms | 5 |",
                "| text search, part of a title, first page (service) | ms | 5 |",
                "| text search, word + country + status, first page (service) | ms | 5 |",
                "| take suggestions, 20 per article (service) | ms | 5 |",
                "| near-duplicate fingerprinting (MinHash + band lookup) | articles/s |",
                "| push API, single articles | articles/s |",
                "| push API, batches of 500 | articles/s |",
                "| COPY of the same rows (ceiling) | rows/s |");
        assertThat(json).contains("\"figures\"", "\"p95\"", "\"runs\" : 5");
        if (Files.isExecutable(Path.of("/usr/bin/wrk")) && Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            assertThat(md).contains("| delivery API, cached list GET /api/v1/articles?country=",
                    "| nginx, the same JSON from a file, throughput | req/s |", "| delivery API / nginx | × |",
                    "wrk -t1 -c32 -d2s over loopback");
        } else {
            assertThat(md).contains("delivery API throughput: skipped");
        }
    }

    @Test
    void the_generator_stores_exactly_n_valid_articles_and_restores_every_index() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, USER, PASSWORD);
             Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM article WHERE canonical_url NOT LIKE 'https://push.bench.example/%'"))
                    .isEqualTo(String.valueOf(ARTICLES));
            // the ingestion benchmark removes what it pushed and copied, so that the next run can reuse the table
            assertThat(single(s, "SELECT count(*) FROM article WHERE canonical_url LIKE 'https://push.bench.example/%'"))
                    .isEqualTo("0");
            assertThat(single(s, "SELECT count(*) FROM article WHERE search_original IS NULL")).isEqualTo("0");
            assertThat(single(s, "SELECT count(*) FROM article a JOIN source_site s ON s.id = a.source_site_id "
                    + "WHERE s.country_code <> a.country_code OR s.language_code <> a.original_language")).isEqualTo("0");
            assertThat(single(s, "SELECT count(DISTINCT status) FROM article")).isEqualTo("7");
            assertThat(single(s, "SELECT count(DISTINCT country_code) FROM article")).isEqualTo("50");
            assertThat(Integer.parseInt(single(s, "SELECT min(length(mt_body)) FROM article WHERE " + GENERATED)))
                    .isGreaterThanOrEqualTo(2000);
            assertThat(Integer.parseInt(single(s, "SELECT max(length(mt_body)) FROM article WHERE " + GENERATED)))
                    .isLessThan(7500);
            assertThat(single(s, "SELECT count(*) FROM article WHERE ingested_at < now() - interval '366 days'"))
                    .isEqualTo("0");
            // every article with English has its take profile, filled after the load, and the trigger is back on
            assertThat(single(s, "SELECT count(*) FROM take_profile")).isEqualTo(single(s,
                    "SELECT count(*) FROM article WHERE length(search_en) > 0")).isNotEqualTo("0");
            assertThat(single(s, "SELECT count(*) FROM take_profile p JOIN take_profile_source v USING (article_id) "
                    + "WHERE p.keys = v.keys AND p.published_at = v.published_at")).isEqualTo(single(s,
                    "SELECT count(*) FROM take_profile"));
            assertThat(single(s, "SELECT tgenabled FROM pg_trigger WHERE tgname = 'take_profile_inserted'"))
                    .isEqualTo("O");

            Set<String> indexes = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'article'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            assertThat(indexes).contains("article_pkey", "article_canonical_url_key",
                    "article_source_site_id_feed_guid_key", "article_ingested_idx", "article_status_ingested_idx",
                    "article_country_ingested_idx", "article_country_status_ingested_idx");
            assertThat(single(s, "SELECT count(*) FROM pg_indexes WHERE indexname = 'take_profile_keys_idx'"))
                    .isEqualTo("1");
        }
    }

    @Test
    void the_generator_refuses_a_database_that_is_not_for_benchmarks() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
            assertThatThrownBy(() -> BulkArticleGenerator.refuseUnlessBenchDatabase(c))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'postgres'");
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
