package com.newsdesk.bench;

import static com.newsdesk.jooq.Tables.ARTICLE;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The project's benchmark command (profile {@code bench}): fills the benchmark database with N articles, runs the
 * benchmarks and writes {@code report.md} and {@code report.json}. See README, "Benchmark".
 */
@Component
@Profile("bench")
class BenchmarkRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);

    private final BulkArticleGenerator generator;
    private final ArticleListBenchmark listBenchmark;
    private final IngestBenchmark ingestBenchmark;
    private final DeliveryBenchmark deliveryBenchmark;
    private final int httpSeconds;
    private final TakesBenchmark takesBenchmark;
    private final int ingestArticles;
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final int articles;
    private final int runs;
    private final int depth;
    private final long seed;
    private final boolean reuse;
    private final Path output;
    private final boolean closeWhenDone;
    private final ConfigurableApplicationContext context;

    BenchmarkRunner(BulkArticleGenerator generator, ArticleListBenchmark listBenchmark,
                    IngestBenchmark ingestBenchmark, DeliveryBenchmark deliveryBenchmark, TakesBenchmark takesBenchmark,
                    DSLContext dsl, DataSource dataSource, @Value("${newsdesk.bench.http-seconds:10}") int httpSeconds,
                    @Value("${newsdesk.bench.ingest-articles:10000}") int ingestArticles,
                    @Value("${newsdesk.bench.articles:1000000}") int articles,
                    @Value("${newsdesk.bench.runs:50}") int runs,
                    @Value("${newsdesk.bench.depth:50000}") int depth,
                    @Value("${newsdesk.bench.seed:1}") long seed,
                    @Value("${newsdesk.bench.reuse:false}") boolean reuse,
                    @Value("${newsdesk.bench.output:target/bench}") Path output,
                    @Value("${newsdesk.bench.close-when-done:true}") boolean closeWhenDone,
                    ConfigurableApplicationContext context) {
        this.generator = generator;
        this.listBenchmark = listBenchmark;
        this.ingestBenchmark = ingestBenchmark;
        this.deliveryBenchmark = deliveryBenchmark;
        this.httpSeconds = httpSeconds;
        this.takesBenchmark = takesBenchmark;
        this.ingestArticles = ingestArticles;
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.articles = articles;
        this.runs = runs;
        this.depth = depth;
        this.seed = seed;
        this.reuse = reuse;
        this.output = output;
        this.closeWhenDone = closeWhenDone;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            BulkArticleGenerator.refuseUnlessBenchDatabase(c);
        }
        var report = new BenchReport();
        describeMachine(report);

        int existing = dsl.fetchCount(ARTICLE);
        if (reuse && existing == articles) {
            log.info("Reusing the {} articles already in the benchmark database", existing);
            report.data("generated", "no: reused the existing " + existing + " articles");
        } else {
            log.info("Generating {} articles (this takes a few minutes at a million)", articles);
            var result = generator.generate(articles, seed);
            report.add(BenchReport.Figure.rate("bulk generator, COPY", "rows/s", result.rowsPerSecond(),
                    String.format(Locale.ROOT, "%d rows in %.1f s", result.rows(), result.copy().toMillis() / 1000.0)));
            report.add(BenchReport.Figure.rate("bulk generator, COPY + take profiles + index rebuild", "rows/s",
                    result.rowsPerSecondWithIndexes(), String.format(Locale.ROOT,
                            "take profiles filled and indexes rebuilt in %.1f s",
                            result.indexes().toMillis() / 1000.0)));
            report.data("generated", "yes, seed " + seed);
        }
        report.data("articles", dsl.fetchCount(ARTICLE));
        report.data("article table with indexes and TOAST",
                dsl.fetchValue("SELECT pg_size_pretty(pg_total_relation_size('article'))"));
        report.data("runs per figure", runs + " (after 5 warm-up runs)");
        report.data("when", Instant.now().toString());

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            listBenchmark.run(report, runs, depth);
            takesBenchmark.run(report, runs, seed);
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (ingestArticles > 0) {
            try {
                ingestBenchmark.run(report, Math.max(1, ingestArticles / 5), ingestArticles);
            } catch (Exception e) {
                throw new IllegalStateException("Ingestion benchmark failed: " + e.getMessage(), e);
            }
        }

        if (httpSeconds > 0) {
            try {
                deliveryBenchmark.run(report, httpSeconds);
            } catch (Exception e) {
                throw new IllegalStateException("Delivery benchmark failed: " + e.getMessage(), e);
            }
        }

        report.write(output);
        log.info("Benchmark report written to {}\n{}", output.toAbsolutePath(), report.markdown());
        if (closeWhenDone) {
            // a command, not a server: stop once the report is written
            context.close();
        }
    }

    private void describeMachine(BenchReport report) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        report.machine("cores", Runtime.getRuntime().availableProcessors());
        report.machine("memory", String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / 1024.0 / 1024 / 1024));
        report.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        report.machine("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        report.machine("postgresql", dsl.fetchValue("SELECT version()"));
        report.machine("max heap", Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB");
    }
}
