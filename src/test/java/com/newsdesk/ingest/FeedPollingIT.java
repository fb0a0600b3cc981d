package com.newsdesk.ingest;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.newsdesk.ItHttpStub;
import com.newsdesk.ItHttpStub.Page;
import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.jooq.tables.records.ArticleRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Polling real feeds from a local HTTP server into the queue: sanitised, deduplicated, failures on the source. */
@NewsdeskIntegrationTest
class FeedPollingIT {

    @Autowired
    FeedPoller poller;
    @Autowired
    SourceFetchService fetchService;
    @Autowired
    DSLContext dsl;

    static String rss(String site, String secondBody) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Le Quotidien</title><link>https://%1$s/</link>
                    <item>
                      <title>Le port accueille un nouveau terminal</title>
                      <link>https://%1$s/eco/terminal?utm_source=rss&amp;id=42#top</link>
                      <guid isPermaLink="false">%1$s-42</guid>
                      <pubDate>Sat, 01 Mar 2025 08:15:00 +0100</pubDate>
                      <dc:creator>Marie Dupont</dc:creator>
                      <content:encoded><![CDATA[<p onclick="steal()">Le nouveau terminal <strong>ouvrira en juin</strong>, a annoncé la direction du port autonome.</p><script>alert('x')</script><p>Il pourra accueillir deux grands navires porte-conteneurs à la fois dès cet été.</p>]]></content:encoded>
                      <media:content url="https://%1$s/img/terminal.jpg" medium="image">
                        <media:description>Le terminal, vu du large.</media:description>
                        <media:credit>Jean Martin / Quotidien</media:credit>
                      </media:content>
                    </item>
                    <item>
                      <title>Les pêcheurs inquiets pour la saison</title>
                      <link>https://%1$s/societe/pecheurs</link>
                      <description>%2$s</description>
                    </item>
                    <item><description>Une brève sans titre ni lien.</description></item>
                  </channel>
                </rss>
                """.formatted(site, secondBody);
    }

    private static String site() {
        return "quotidien-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    @Test
    void a_feed_fills_the_queue_sanitised_and_a_second_poll_adds_nothing() {
        String site = site();
        String feed = ItHttpStub.serve(site + "/rss", Page.of("application/rss+xml",
                rss(site, "Les quotas de pêche baissent encore cette année, disent les syndicats du port.")));
        long source = TestSources.create(dsl, "FR", "fr", feed);

        var first = poller.poll(source);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.error()).isNull();
        assertThat(first.problems()).anyMatch(p -> p.contains("Item 3"));

        ArticleRecord terminal = dsl.selectFrom(ARTICLE)
                .where(ARTICLE.CANONICAL_URL.eq("https://" + site + "/eco/terminal?id=42")).fetchSingle();
        assertThat(terminal.getOriginalBody()).contains("<strong>ouvrira en juin</strong>")
                .doesNotContain("script", "onclick", "alert");
        assertThat(terminal.getFeedGuid()).isEqualTo(site + "-42");
        assertThat(terminal.getAuthor()).isEqualTo("Marie Dupont");
        assertThat(terminal.getImageUrl()).isEqualTo("https://" + site + "/img/terminal.jpg");
        assertThat(terminal.getImageCaption()).isEqualTo("Le terminal, vu du large.");
        assertThat(terminal.getImageCredit()).isEqualTo("Jean Martin / Quotidien");
        assertThat(terminal.getSourcePublishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-01T07:15:00Z"));
        assertThat(terminal.getPublishedAtEstimated()).isFalse();
        assertThat(terminal.getStatus()).isEqualTo("INGESTED");
        assertThat(terminal.getLanguageMismatch()).isFalse();

        ArticleRecord fishers = dsl.selectFrom(ARTICLE)
                .where(ARTICLE.CANONICAL_URL.eq("https://" + site + "/societe/pecheurs")).fetchSingle();
        assertThat(fishers.getPublishedAtEstimated()).as("no pubDate: ingestion time, flagged").isTrue();

        var second = poller.poll(source);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.SOURCE_SITE_ID.eq(source))).isEqualTo(2);

        var health = dsl.selectFrom(SOURCE_SITE).where(SOURCE_SITE.ID.eq(source)).fetchSingle();
        assertThat(health.getLastSuccessAt()).isNotNull();
        assertThat(health.getConsecutiveFailures()).isZero();
        assertThat(health.getLastFetchSummary()).startsWith("2 items: 0 new, 0 updated, 2 unchanged");
        assertThat(health.getFetchingSince()).isNull();
    }

    @Test
    void a_changed_original_is_kept_and_marks_a_translated_article_as_source_changed() {
        String site = site();
        String feed = ItHttpStub.serve(site + "/rss", Page.of("application/rss+xml",
                rss(site, "Les quotas de pêche baissent encore cette année, disent les syndicats du port.")));
        long source = TestSources.create(dsl, "FR", "fr", feed);
        poller.poll(source);
        var url = ARTICLE.CANONICAL_URL.eq("https://" + site + "/societe/pecheurs");
        dsl.update(ARTICLE).set(ARTICLE.STATUS, "TRANSLATED").set(ARTICLE.MT_TITLE, "Fishers worried")
                .set(ARTICLE.MT_BODY, "<p>Quotas fall again.</p>").where(url).execute();

        ItHttpStub.serve(site + "/rss", Page.of("application/rss+xml",
                rss(site, "Les quotas de pêche baissent de vingt pour cent, annonce le ministère ce matin.")));
        var report = poller.poll(source);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        var fishers = dsl.selectFrom(ARTICLE).where(url).fetchSingle();
        assertThat(fishers.getOriginalBody()).contains("vingt pour cent");
        assertThat(fishers.getSourceChanged()).isTrue();
        assertThat(fishers.getMtBody()).isEqualTo("<p>Quotas fall again.</p>");
    }

    @Test
    void a_broken_feed_is_recorded_and_never_stops_the_other_feed() {
        String site = site();
        String good = ItHttpStub.serve(site + "/rss", Page.of("application/rss+xml",
                rss(site, "Les quotas de pêche baissent encore cette année, disent les syndicats du port.")));
        String html = ItHttpStub.serve(site + "/page", Page.of("text/html",
                "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"));
        long source = TestSources.create(dsl, "FR", "fr", html, good);

        var report = poller.poll(source);
        assertThat(report.created()).isEqualTo(2);
        var health = dsl.selectFrom(SOURCE_SITE).where(SOURCE_SITE.ID.eq(source)).fetchSingle();
        assertThat(health.getLastError()).contains("HTML page");
        assertThat(health.getConsecutiveFailures()).isZero();
    }

    @Test
    void a_source_whose_feeds_all_fail_counts_its_failures_with_readable_messages() {
        String site = site();
        String missing = ItHttpStub.baseUrl() + "/sites/" + site + "/nothing-here";
        String slow = ItHttpStub.serve(site + "/slow", new Page(200, "application/rss+xml",
                rss(site, "x").getBytes(java.nio.charset.StandardCharsets.UTF_8), 5_000));
        long source = TestSources.create(dsl, "FR", "fr", missing, slow);

        var report = poller.poll(source);
        assertThat(report.created()).isZero();
        assertThat(report.error()).contains("404").contains("within");
        poller.poll(source);
        var health = dsl.selectFrom(SOURCE_SITE).where(SOURCE_SITE.ID.eq(source)).fetchSingle();
        assertThat(health.getConsecutiveFailures()).isEqualTo(2);
        assertThat(health.getLastSuccessAt()).isNull();
        assertThat(health.getLastError()).doesNotContain("Exception");
    }

    @Test
    void two_fetches_of_one_source_at_once_never_overlap() throws Exception {
        String site = site();
        String slowFeed = ItHttpStub.serve(site + "/rss", new Page(200, "application/rss+xml",
                rss(site, "Les quotas de pêche baissent encore cette année, disent les syndicats du port.")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), 700));
        long source = TestSources.create(dsl, "FR", "fr", slowFeed);
        var start = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> {
            await(start);
            return poller.poll(source);
        });
        var b = CompletableFuture.supplyAsync(() -> {
            await(start);
            return poller.poll(source);
        });
        start.countDown();
        var reports = java.util.List.of(a.get(), b.get());
        assertThat(reports).filteredOn(FeedPoller.Report::skipped).hasSize(1);
        assertThat(reports.stream().mapToInt(FeedPoller.Report::created).sum()).isEqualTo(2);
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.SOURCE_SITE_ID.eq(source))).isEqualTo(2);
    }

    @Test
    void due_sources_are_the_active_ones_whose_interval_has_passed() {
        long fresh = TestSources.create(dsl, "FR", "fr", "https://never.example/rss");
        long recent = TestSources.create(dsl, "FR", "fr", "https://never.example/rss2");
        dsl.update(SOURCE_SITE).set(SOURCE_SITE.LAST_FETCH_AT, OffsetDateTime.now().minusMinutes(5))
                .set(SOURCE_SITE.POLL_INTERVAL_MINUTES, 30).where(SOURCE_SITE.ID.eq(recent)).execute();
        long inactive = TestSources.create(dsl, "FR", "fr", "https://never.example/rss3");
        dsl.update(SOURCE_SITE).set(SOURCE_SITE.ACTIVE, false).where(SOURCE_SITE.ID.eq(inactive)).execute();
        var due = poller.due(10_000);
        assertThat(due).contains(fresh).doesNotContain(recent, inactive);
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "REVIEWER"})
    void only_an_admin_may_fetch_a_source_now() {
        assertThatThrownBy(() -> fetchService.fetchNow(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
