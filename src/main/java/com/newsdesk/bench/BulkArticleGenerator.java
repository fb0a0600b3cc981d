package com.newsdesk.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import com.newsdesk.article.SearchText;
import com.newsdesk.demo.DemoReferenceData;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills a benchmark database with N synthetic articles spread over the 150 demo sources, their countries and
 * languages, every workflow state and a year of dates. Loads with one COPY in one transaction (all or nothing),
 * with the article table's secondary indexes and unique constraints dropped during the load and rebuilt after it;
 * the take profiles are filled after the load, one statement per stream. Refuses any database whose name does not
 * contain "bench", so that it never replaces the demo or real data.
 */
@Component
public class BulkArticleGenerator {

    private static final Logger log = LoggerFactory.getLogger(BulkArticleGenerator.class);
    private static final String COLUMNS = "source_site_id, country_code, canonical_url, feed_guid, author, "
            + "original_language, original_title, original_body, source_published_at, image_url, image_caption, "
            + "image_credit, image_alt, mt_title, mt_body, mt_engine, mt_at, title, body, status, status_reason, "
            + "status_changed_at, approved_at, published_at, ingested_at, updated_at, search_original";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] IMAGES = {"summit", "city", "parliament", "market", "stadium", "climate",
        "technology", "harbour"};
    private static final String[] AUTHORS = {"Staff reporter", "Wire desk", "Political desk", "Business desk",
        "Correspondent", "Metro desk"};

    private final DataSource dataSource;
    private final DemoReferenceData reference;
    private final SyntheticText text = new SyntheticText();

    BulkArticleGenerator(DataSource dataSource, DemoReferenceData reference) {
        this.dataSource = dataSource;
        this.reference = reference;
    }

    /** What a load did and how long its parts took. */
    public record Result(long rows, Duration copy, Duration indexes) {

        public double rowsPerSecond() {
            return rows / Math.max(copy.toNanos() / 1e9, 1e-9);
        }

        public double rowsPerSecondWithIndexes() {
            return rows / Math.max(copy.plus(indexes).toNanos() / 1e9, 1e-9);
        }
    }

    /**
     * Replaces all articles (and what hangs on them) with {@code n} generated ones. The rows are copied by as many
     * parallel COPY streams as the machine has cores (computing the English full-text vector of each row is
     * PostgreSQL's largest cost), and the indexes are rebuilt in parallel afterwards. If anything fails, the table
     * is emptied and its indexes restored: all or nothing.
     */
    public Result generate(int n, long seed) {
        Map<String, DemoReferenceData.Site> sites = reference.ensureLoaded();
        List<WeightedSite> weighted = weights(sites);
        int streams = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        List<String> rebuild;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            refuseUnlessBenchDatabase(c);
            c.setAutoCommit(false);
            s.execute("TRUNCATE article CASCADE");
            rebuild = dropSecondaryIndexes(s, "article");
            rebuild.addAll(dropSecondaryIndexes(s, "take_profile"));
            // profiles are filled in one statement per stream after the load, not by the trigger row by row
            s.execute("ALTER TABLE article DISABLE TRIGGER take_profile_inserted");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk load failed: " + e.getMessage(), e);
        }
        try {
            Instant start = Instant.now();
            parallel(streams, k -> {
                int first = (int) ((long) n * k / streams);
                int last = (int) ((long) n * (k + 1) / streams);
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    c.setAutoCommit(false);
                    s.execute("SET LOCAL synchronous_commit = off");
                    copy(c, first, last, seed + k, weighted);
                    c.commit();
                }
            });
            Duration copy = Duration.between(start, Instant.now());
            log.info("Copied {} articles in {} s on {} streams; filling their take profiles", n, copy.toSeconds(),
                    streams);

            Instant indexStart = Instant.now();
            parallel(streams, k -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT take_profile_fill(" + k + ", " + streams + ")");
                }
            });
            enableProfileTrigger();
            log.info("Take profiles filled in {} s; rebuilding {} indexes and constraints",
                    Duration.between(indexStart, Instant.now()).toSeconds(), rebuild.size());
            rebuildInParallel(rebuild, streams);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                // statistics for the planner and the visibility map for index-only scans, as autovacuum would leave
                // them (autocommit: a rolled-back ANALYZE leaves no statistics)
                s.execute("VACUUM (ANALYZE) article");
                s.execute("ANALYZE");
            }
            Duration indexes = Duration.between(indexStart, Instant.now());
            return new Result(n, copy, indexes);
        } catch (SQLException | RuntimeException e) {
            restore(rebuild);
            throw new IllegalStateException("Bulk load failed: " + e.getMessage(), e);
        }
    }

    private interface Stream {
        void run(int k) throws SQLException;
    }

    private static void parallel(int streams, Stream work) throws SQLException {
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(streams)) {
            for (int k = 0; k < streams; k++) {
                final int stream = k;
                futures.add(pool.submit(() -> {
                    work.run(stream);
                    return null;
                }));
            }
            for (var f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof SQLException sql) {
                        throw sql;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }
        }
    }

    /** The DDL statements shared out over {@code streams} connections, the largest (GIN) ones first. */
    private void rebuildInParallel(List<String> rebuild, int streams) throws SQLException {
        var queue = new java.util.concurrent.ConcurrentLinkedQueue<>(rebuild.stream()
                .sorted(java.util.Comparator.comparing((String ddl) -> !ddl.contains("USING gin"))).toList());
        parallel(streams, k -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                // GIN builds run in memory up to this much; more memory, fewer merge passes (the machine has plenty)
                s.execute("SET maintenance_work_mem = '" + Math.max(256, 4096 / streams) + "MB'");
                for (String ddl = queue.poll(); ddl != null; ddl = queue.poll()) {
                    s.execute(ddl);
                }
            }
        });
    }

    private void enableProfileTrigger() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE article ENABLE TRIGGER take_profile_inserted");
        }
    }

    /** After a failed load: no half-loaded table, every index and the profile trigger back. */
    private void restore(List<String> rebuild) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE article CASCADE");
            s.execute("ALTER TABLE article ENABLE TRIGGER take_profile_inserted");
            for (String ddl : rebuild) {
                try {
                    s.execute(ddl);
                } catch (SQLException e) {
                    log.debug("Index already there: {}", e.getMessage());
                }
            }
        } catch (SQLException e) {
            log.error("Could not restore the article table after a failed load", e);
        }
    }

    static void refuseUnlessBenchDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            String name = rs.getString(1);
            if (!name.contains("bench")) {
                throw new IllegalStateException("Refusing to replace the articles of database '" + name
                        + "': the bulk generator only fills databases whose name contains 'bench'.");
            }
        }
    }

    /** Drops a table's unique constraints and secondary indexes; returns the DDL that restores them. */
    private static List<String> dropSecondaryIndexes(Statement s, String table) throws SQLException {
        List<String> constraints = new ArrayList<>();
        List<String> constraintNames = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE conrelid = '" + table + "'::regclass AND contype = 'u' ORDER BY conname")) {
            while (rs.next()) {
                constraintNames.add(rs.getString(1));
                constraints.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
            }
        }
        List<String> indexes = new ArrayList<>();
        List<String> indexNames = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                + "WHERE i.schemaname = current_schema() AND i.tablename = '" + table + "' "
                + "AND i.indexname <> '" + table + "_pkey' "
                + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY i.indexname")) {
            while (rs.next()) {
                indexNames.add(rs.getString(1));
                indexes.add(rs.getString(2));
            }
        }
        for (String name : constraintNames) {
            s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        }
        for (String name : indexNames) {
            s.execute("DROP INDEX " + name);
        }
        List<String> rebuild = new ArrayList<>(constraints);
        rebuild.addAll(indexes);
        return rebuild;
    }

    private void copy(Connection c, int first, int last, long seed, List<WeightedSite> sites) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY article (" + COLUMNS + ") FROM STDIN");
        try {
            var random = new SplittableRandom(seed);
            var now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
            var row = new StringBuilder(16_384);
            var buffer = new StringBuilder(1 << 21);
            for (int i = first; i < last; i++) {
                row.setLength(0);
                appendRow(row, i, random, now, pick(sites, random.nextDouble()));
                buffer.append(row);
                if (buffer.length() > (1 << 20)) {
                    write(copy, buffer);
                }
                if (i > first && (i - first) % 100_000 == 0) {
                    log.info("{} articles generated", i);
                }
            }
            write(copy, buffer);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private void appendRow(StringBuilder r, int i, SplittableRandom random, OffsetDateTime now,
                           DemoReferenceData.Site site) {
        OffsetDateTime ingested = now.minusSeconds(random.nextLong(365L * 24 * 3600));
        boolean recent = ingested.isAfter(now.minusDays(3));
        String status = status(random.nextInt(100), recent);
        boolean translated = !status.equals("INGESTED");
        boolean edited = status.equals("APPROVED") || status.equals("PUBLISHED") || status.equals("UNPUBLISHED");
        String lang = site.languageCode();
        String mtTitle = translated ? text.englishTitle(random) : null;
        String mtBody = translated ? text.englishBody(random, 2000 + random.nextInt(4000)) : null;
        boolean image = random.nextInt(10) < 8;
        String img = IMAGES[random.nextInt(IMAGES.length)];

        field(r, Long.toString(site.id()));
        field(r, site.countryCode());
        field(r, site.homeUrl() + "bench/" + i);
        field(r, "bench-" + i);
        field(r, AUTHORS[random.nextInt(AUTHORS.length)]);
        field(r, lang);
        String originalTitle = lang.equals("en") && mtTitle != null ? mtTitle : text.original(random, lang, 40, false);
        String originalBody = lang.equals("en") && mtBody != null ? mtBody
                : text.original(random, lang, 600 + random.nextInt(1400), true);
        field(r, originalTitle);
        field(r, originalBody);
        field(r, TIME.format(ingested.minusMinutes(5 + random.nextInt(600))));
        field(r, image ? "/images/demo/" + img + ".svg" : null);
        field(r, image ? "Illustration: " + img : null);
        field(r, image ? "Photo: " + AUTHORS[random.nextInt(AUTHORS.length)] : null);
        field(r, image ? "Illustration of " + img : null);
        field(r, mtTitle);
        field(r, mtBody);
        field(r, translated ? "bench-mt" : null);
        field(r, translated ? TIME.format(ingested.plusMinutes(2)) : null);
        field(r, edited ? mtTitle : null);
        field(r, edited ? mtBody : null);
        field(r, status);
        field(r, status.equals("REJECTED") ? "Duplicate of an earlier report"
                : status.equals("UNPUBLISHED") ? "Source retracted the story" : null);
        field(r, TIME.format(ingested.plusHours(1)));
        field(r, edited ? TIME.format(ingested.plusHours(1)) : null);
        field(r, status.equals("PUBLISHED") || status.equals("UNPUBLISHED") ? TIME.format(ingested.plusHours(2)) : null);
        field(r, TIME.format(ingested));
        field(r, TIME.format(ingested.plusHours(2)));
        // the original's search terms as a tsvector literal (SearchText); the English vector is computed by PostgreSQL
        field(r, SearchText.documentVector(originalTitle, originalBody));
        r.setCharAt(r.length() - 1, '\n');
    }

    /** Most articles end published or rejected; the last three days are still mostly waiting for review. */
    static String status(int percent, boolean recent) {
        if (recent) {
            return percent < 15 ? "INGESTED" : percent < 55 ? "TRANSLATED" : percent < 80 ? "IN_REVIEW"
                    : percent < 90 ? "APPROVED" : percent < 97 ? "PUBLISHED" : "REJECTED";
        }
        return percent < 2 ? "INGESTED" : percent < 6 ? "TRANSLATED" : percent < 10 ? "IN_REVIEW"
                : percent < 18 ? "APPROVED" : percent < 75 ? "PUBLISHED" : percent < 97 ? "REJECTED" : "UNPUBLISHED";
    }

    /** COPY text format: tab-separated, \N for null, backslash escapes. */
    private static void field(StringBuilder r, String value) {
        if (value == null) {
            r.append("\\N");
        } else {
            for (int k = 0; k < value.length(); k++) {
                char ch = value.charAt(k);
                switch (ch) {
                    case '\\' -> r.append("\\\\");
                    case '\t' -> r.append("\\t");
                    case '\n' -> r.append("\\n");
                    case '\r' -> r.append("\\r");
                    default -> r.append(ch);
                }
            }
        }
        r.append('\t');
    }

    record WeightedSite(DemoReferenceData.Site site, double cumulative) {
    }

    /**
     * Countries get Zipf-like shares (s = 0.8, Japan first): the largest has about 15% of all articles, so that a
     * country + status filter can be paged 50,000 rows deep at a million articles. Sites share their country's part.
     */
    static List<WeightedSite> weights(Map<String, DemoReferenceData.Site> sites) {
        List<String> countries = sites.values().stream().map(DemoReferenceData.Site::countryCode).distinct()
                .sorted(Comparator.comparing((String code) -> !code.equals("JP")))
                .toList();
        List<WeightedSite> result = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < countries.size(); k++) {
            total += Math.pow(k + 1, -0.8);
        }
        double cumulative = 0;
        for (int k = 0; k < countries.size(); k++) {
            String country = countries.get(k);
            List<DemoReferenceData.Site> inCountry = sites.values().stream()
                    .filter(s -> s.countryCode().equals(country)).toList();
            double share = Math.pow(k + 1, -0.8) / total / inCountry.size();
            for (var site : inCountry) {
                cumulative += share;
                result.add(new WeightedSite(site, cumulative));
            }
        }
        return result;
    }

    private static DemoReferenceData.Site pick(List<WeightedSite> sites, double u) {
        int lo = 0;
        int hi = sites.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sites.get(mid).cumulative() < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sites.get(lo).site();
    }

}
