package com.newsdesk.ingest;

import static com.newsdesk.jooq.Tables.SOURCE_FEED;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.newsdesk.ingest.feed.FeedException;
import com.newsdesk.ingest.feed.FeedFetcher;
import com.newsdesk.ingest.feed.FeedItem;
import com.newsdesk.ingest.feed.FeedParser;
import com.newsdesk.ingest.feed.ParsedFeed;
import jakarta.annotation.PreDestroy;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a source's feeds and stores their items. A fetch first claims its source in the database, so that two app
 * instances never fetch the same source at once (a claim older than {@link #CLAIM_TIMEOUT} is a crashed instance's
 * and is taken over). Each feed and each item is handled on its own: a broken feed or item is recorded and the
 * others go on. The outcome lands on the source for the health panel: last success, last error in words,
 * consecutive failures, and a summary of what the last fetch found.
 */
@Component
public class FeedPoller {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final DSLContext dsl;
    private final ArticleIngestion ingestion;
    private final FeedFetcher fetcher;
    private final FeedParser parser = new FeedParser();

    FeedPoller(DSLContext dsl, ArticleIngestion ingestion,
               @Value("${newsdesk.feeds.connect-timeout:10s}") Duration connectTimeout,
               @Value("${newsdesk.feeds.read-timeout:20s}") Duration readTimeout,
               @Value("${newsdesk.feeds.max-bytes:5242880}") long maxBytes) {
        this.dsl = dsl;
        this.ingestion = ingestion;
        this.fetcher = new FeedFetcher(new FeedFetcher.Limits(connectTimeout, readTimeout, maxBytes));
    }

    @PreDestroy
    void close() {
        fetcher.close();
    }

    /** What one fetch of a source did. {@code error} is null when at least one feed was read. */
    public record Report(long sourceId, int created, int updated, int unchanged, List<String> problems,
                         String error, boolean skipped) {

        public String summary() {
            if (skipped) {
                return "Another fetch of this source is running; nothing was done.";
            }
            String s = (created + updated + unchanged) + " items: " + created + " new, " + updated + " updated, "
                    + unchanged + " unchanged";
            if (!problems.isEmpty()) {
                s += "; " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                        + String.join(" · ", problems.subList(0, Math.min(5, problems.size())))
                        + (problems.size() > 5 ? " · …" : "");
            }
            return s + ".";
        }
    }

    /** Active sources whose interval has passed since their last fetch, oldest first. */
    public List<Long> due(int limit) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return dsl.select(SOURCE_SITE.ID).from(SOURCE_SITE)
                .where(SOURCE_SITE.ACTIVE)
                .and(SOURCE_SITE.LAST_FETCH_AT.isNull().or(DSL.condition("{0} <= {1} - make_interval(mins => {2})",
                        SOURCE_SITE.LAST_FETCH_AT, DSL.val(now), SOURCE_SITE.POLL_INTERVAL_MINUTES)))
                .and(SOURCE_SITE.FETCHING_SINCE.isNull().or(SOURCE_SITE.FETCHING_SINCE.lt(now.minus(CLAIM_TIMEOUT))))
                .orderBy(SOURCE_SITE.LAST_FETCH_AT.asc().nullsFirst())
                .limit(limit)
                .fetch(SOURCE_SITE.ID);
    }

    /** Fetches every feed of the source now and stores their items. */
    public Report poll(long sourceId) {
        if (!claim(sourceId)) {
            return new Report(sourceId, 0, 0, 0, List.of(), null, true);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> problems = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> feeds = dsl.select(SOURCE_FEED.URL).from(SOURCE_FEED)
                .where(SOURCE_FEED.SOURCE_SITE_ID.eq(sourceId)).orderBy(SOURCE_FEED.ID).fetch(SOURCE_FEED.URL);
        int read = 0;
        try {
            for (String feed : feeds) {
                ParsedFeed parsed;
                try {
                    parsed = parser.parse(fetcher.fetch(URI.create(feed)));
                    read++;
                } catch (FeedException | IllegalArgumentException e) {
                    failures.add(feed + ": " + e.getMessage());
                    continue;
                }
                problems.addAll(parsed.problems());
                int index = 0;
                for (FeedItem item : parsed.items()) {
                    index++;
                    try {
                        var result = ingestion.ingest(new IncomingArticle(sourceId, item.canonicalUrl(), item.guid(),
                                item.title(), item.bodyHtml(), null, item.publishedAt(), item.author(),
                                item.imageUrl(), item.imageCaption(), item.imageCredit(), null, null, null));
                        switch (result.status()) {
                            case CREATED -> created++;
                            case UPDATED -> updated++;
                            case UNCHANGED -> unchanged++;
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add("Item " + index + " (" + item.canonicalUrl() + "): " + e.getMessage());
                    } catch (RuntimeException e) {
                        log.warn("Storing item {} of {} failed", index, feed, e);
                        problems.add("Item " + index + " could not be stored.");
                    }
                }
            }
            String error = feeds.isEmpty() ? "The source has no feed address."
                    : failures.isEmpty() ? null : String.join(" · ", failures);
            var report = new Report(sourceId, created, updated, unchanged, problems, read == 0 ? error : null, false);
            release(sourceId, read > 0, error, report.summary());
            return report;
        } catch (RuntimeException e) {
            release(sourceId, false, "The fetch stopped on an unexpected error; see the server log.", null);
            throw e;
        }
    }

    private boolean claim(long sourceId) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return dsl.update(SOURCE_SITE)
                .set(SOURCE_SITE.FETCHING_SINCE, now)
                .where(SOURCE_SITE.ID.eq(sourceId))
                .and(SOURCE_SITE.FETCHING_SINCE.isNull().or(SOURCE_SITE.FETCHING_SINCE.lt(now.minus(CLAIM_TIMEOUT))))
                .execute() == 1;
    }

    /** Ends the claim and records the outcome; a fetch that read no feed at all counts as a failure. */
    private void release(long sourceId, boolean success, String error, String summary) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var update = dsl.update(SOURCE_SITE)
                .set(SOURCE_SITE.FETCHING_SINCE, (OffsetDateTime) null)
                .set(SOURCE_SITE.LAST_FETCH_AT, now)
                .set(SOURCE_SITE.LAST_FETCH_SUMMARY, summary);
        if (success) {
            update = update.set(SOURCE_SITE.LAST_SUCCESS_AT, now).set(SOURCE_SITE.CONSECUTIVE_FAILURES, 0);
        } else {
            update = update.set(SOURCE_SITE.CONSECUTIVE_FAILURES, SOURCE_SITE.CONSECUTIVE_FAILURES.plus(1));
        }
        if (error != null) {
            // also a partial failure (one feed of several) is shown, while the source counts as fetched
            update = update.set(SOURCE_SITE.LAST_ERROR, error).set(SOURCE_SITE.LAST_ERROR_AT, now);
        }
        update.where(SOURCE_SITE.ID.eq(sourceId)).execute();
    }
}
