package com.newsdesk.ingest.api;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.admin.ApiClientService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The push API over real HTTP with the demo key: auth, validation, idempotency under concurrency, batches. */
@NewsdeskIntegrationTest
class IngestApiIT {

    static final String DEMO_KEY = "nd-demo-ingest-key";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApiClientService apiClients;

    final HttpClient http = HttpClient.newHttpClient();
    long source;

    @BeforeEach
    void japaneseSource() {
        source = dsl.select(SOURCE_SITE.ID).from(SOURCE_SITE).where(SOURCE_SITE.LANGUAGE_CODE.eq("ja"))
                .orderBy(SOURCE_SITE.ID).limit(1).fetchSingle(SOURCE_SITE.ID);
    }

    HttpResponse<String> post(String path, String key, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ingest/articles" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String article(String url, String body) {
        return JSON.writeValueAsString(Map.of("sourceSiteId", source, "canonicalUrl", url,
                "originalTitle", "日韓首脳が会談", "originalBody", body, "originalLanguage", "ja",
                "publishedAt", "2025-08-23T10:15:00+09:00", "imageUrl", "https://img.example/a.jpg",
                "imageCredit", "Photo: Kyodo"));
    }

    static String url() {
        return "https://www.tokyo-ledger.example/news/" + UUID.randomUUID();
    }

    @Test
    void without_a_valid_key_nothing_is_accepted() throws Exception {
        var none = post("", null, article(url(), "<p>本文</p>"));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(post("", "nd_wrong_key", article(url(), "<p>本文</p>")).statusCode()).isEqualTo(401);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_revoked_key_is_refused() throws Exception {
        var key = apiClients.create("Pipeline " + UUID.randomUUID());
        assertThat(post("", key.key(), article(url(), "<p>本文</p>")).statusCode()).isEqualTo(201);
        apiClients.revoke(key.id());
        assertThat(post("", key.key(), article(url(), "<p>本文</p>")).statusCode()).isEqualTo(401);
    }

    @Test
    void the_same_address_again_is_one_article_created_then_unchanged_then_updated() throws Exception {
        String url = url();
        var created = post("", DEMO_KEY, article(url, "<p>第一段落。</p><script>alert(1)</script>"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.body());
        assertThat(json.get("status").asString()).isEqualTo("created");
        long id = json.get("id").asLong();

        // the same address with tracking parameters, a fragment and an upper-case host is the same article
        String variant = url.replace("www.tokyo-ledger.example", "WWW.Tokyo-Ledger.example") + "?utm_source=x#top";
        var again = post("", DEMO_KEY, article(variant, "<p>第一段落。</p><script>alert(1)</script>"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("status").asString()).isEqualTo("unchanged");
        assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(id);

        var changed = post("", DEMO_KEY, article(url, "<p>第一段落を修正。</p>"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("status").asString()).isEqualTo("updated");

        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(row.getOriginalBody()).isEqualTo("<p>第一段落を修正。</p>");
        assertThat(row.getImageCredit()).isEqualTo("Photo: Kyodo");
        assertThat(row.getStatus()).isEqualTo("INGESTED");
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.CANONICAL_URL.eq(url))).isEqualTo(1);
    }

    @Test
    void twenty_identical_posts_at_once_make_exactly_one_article() throws Exception {
        String url = url();
        String body = article(url, "<p>同時送信</p>");
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("", DEMO_KEY, body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (var a : answers) {
                codes.add(a.get());
            }
            assertThat(codes).containsOnly(200, 201);
            assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        }
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.CANONICAL_URL.eq(url))).isEqualTo(1);
    }

    @Test
    void every_bad_field_is_named_in_a_problem() throws Exception {
        String body = JSON.writeValueAsString(Map.of("canonicalUrl", "ftp://x.example/a", "originalTitle", "",
                "originalBody", "<p>x</p>", "originalLanguage", "japanese!", "publishedAt", "yesterday",
                "sourceSiteId", "one"));
        var response = post("", DEMO_KEY, body);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("sourceSiteId", "canonicalUrl", "originalTitle", "originalLanguage",
                "publishedAt");

        var unknownSource = post("", DEMO_KEY, article(url(), "<p>x</p>").replace("\"sourceSiteId\":" + source,
                "\"sourceSiteId\":99999999"));
        assertThat(unknownSource.statusCode()).isEqualTo(422);
        assertThat(unknownSource.body()).contains("sourceSiteId");

        var notJson = post("", DEMO_KEY, "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void a_batch_answers_each_article_in_order_and_one_bad_item_rejects_nothing_else() throws Exception {
        String first = url();
        String second = url();
        String batch = "{\"articles\": [" + article(first, "<p>一</p>") + ", {\"canonicalUrl\": \"nope\"}, "
                + article(second, "<p>二</p>") + ", " + article(first, "<p>一</p>") + "]}";
        var response = post("/batch", DEMO_KEY, batch);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body()).get("results");
        assertThat(results.size()).isEqualTo(4);
        assertThat(results.get(0).get("status").asString()).isEqualTo("created");
        assertThat(results.get(1).get("status").asString()).isEqualTo("invalid");
        assertThat(results.get(1).get("errors").size()).isPositive();
        assertThat(results.get(2).get("status").asString()).isEqualTo("created");
        assertThat(results.get(3).get("status").asString()).isEqualTo("unchanged");
        assertThat(results.get(3).get("id").asLong()).isEqualTo(results.get(0).get("id").asLong());

        var tooMany = new StringBuilder("{\"articles\": [");
        for (int i = 0; i <= IngestController.MAX_BATCH; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{}");
        }
        assertThat(post("/batch", DEMO_KEY, tooMany.append("]}").toString()).statusCode()).isEqualTo(422);
    }

    @Test
    void an_article_the_store_refuses_inside_a_batch_leaves_the_articles_around_it_stored() throws Exception {
        String before = url();
        String after = url();
        String unknownSource = JSON.writeValueAsString(Map.of("sourceSiteId", 987_654_321L,
                "canonicalUrl", url(), "originalTitle", "題", "originalBody", "<p>本文</p>",
                "originalLanguage", "ja"));
        var response = post("/batch", DEMO_KEY, "{\"articles\": [" + article(before, "<p>前</p>") + ", "
                + unknownSource + ", " + article(after, "<p>後</p>") + "]}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body()).get("results");
        assertThat(results.get(0).get("status").asString()).isEqualTo("created");
        assertThat(results.get(1).get("status").asString()).isEqualTo("invalid");
        assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("sourceSiteId");
        assertThat(results.get(2).get("status").asString()).isEqualTo("created");
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.CANONICAL_URL.in(before, after))).isEqualTo(2);
    }

    @Test
    void batches_sharing_articles_in_different_orders_at_once_make_each_article_once() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            urls.add(url());
        }
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (int b = 0; b < 6; b++) {
                List<String> mine = new ArrayList<>(urls);
                java.util.Collections.shuffle(mine, new java.util.Random(b));
                String batch = "{\"articles\": [" + String.join(", ",
                        mine.stream().map(u -> article(u, "<p>" + u + "</p>")).toList()) + "]}";
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("/batch", DEMO_KEY, batch);
                }));
            }
            start.countDown();
            int created = 0;
            for (var a : answers) {
                var response = a.get();
                assertThat(response.statusCode()).isEqualTo(200);
                for (JsonNode r : JSON.readTree(response.body()).get("results")) {
                    assertThat(r.get("status").asString()).isIn("created", "unchanged");
                    created += r.get("status").asString().equals("created") ? 1 : 0;
                }
            }
            assertThat(created).isEqualTo(20);
        }
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.CANONICAL_URL.in(urls))).isEqualTo(20);
    }

    @Test
    void a_machine_translation_that_comes_along_puts_the_article_in_the_queue() throws Exception {
        String url = url();
        String body = JSON.writeValueAsString(Map.of("sourceSiteId", source, "canonicalUrl", url,
                "originalTitle", "日韓首脳が会談", "originalBody", "<p>本文</p>", "originalLanguage", "ja",
                "translatedTitle", "Japan and South Korea hold summit", "translatedBody",
                "<p onmouseover=\"x()\">Body.</p>", "translationEngine", "pipeline-mt 2.1"));
        assertThat(post("", DEMO_KEY, body).statusCode()).isEqualTo(201);
        var row = dsl.selectFrom(ARTICLE).where(ARTICLE.CANONICAL_URL.eq(url)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("TRANSLATED");
        assertThat(row.getMtBody()).isEqualTo("<p>Body.</p>");
        assertThat(row.getMtEngine()).isEqualTo("pipeline-mt 2.1");
    }
}
