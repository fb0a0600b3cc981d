package com.newsdesk.delivery;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.FEATURE;
import static com.newsdesk.jooq.Tables.FEATURE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.TestArticles;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery API over HTTP, as the app calls it: JSON shape, cursor paging over ties, ETag and 304, 404s as
 * problem+json, nothing unpublished through takes, features or feeds, Atom validity, and changes visible within a
 * second.
 */
@NewsdeskIntegrationTest
class DeliveryApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_article_has_the_documented_fields_and_only_its_published_takes_in_order() throws Exception {
        long article = published("KR", future(0));
        long first = published("JP", future(-10));
        long unpublished = TestArticles.create(dsl, ArticleStatus.UNPUBLISHED, "CN");
        long second = published("CN", future(-20));
        long approved = TestArticles.create(dsl, ArticleStatus.APPROVED, "TW");
        link(article, second, 2);
        link(article, unpublished, 0);
        link(article, first, 1);
        link(article, approved, 3);
        dsl.update(ARTICLE).set(ARTICLE.IMAGE_URL, "/images/demo/a.jpg").set(ARTICLE.IMAGE_CAPTION, "Leaders meet")
                .set(ARTICLE.IMAGE_CREDIT, "Photo: Test").set(ARTICLE.IMAGE_ALT, "Two leaders")
                .where(ARTICLE.ID.eq(article)).execute();

        var response = get("/api/v1/articles/" + article);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode a = JSON.readTree(response.body());
        assertThat(names(a)).contains("id", "title", "body", "publishedAt", "updatedAt", "correction", "country",
                "source", "image", "originalLanguage", "translation", "alternativeTakes");
        assertThat(a.get("id").asLong()).isEqualTo(article);
        assertThat(a.get("country").asString()).isEqualTo("KR");
        assertThat(a.get("body").asString()).contains("<p>First paragraph.</p>");
        assertThat(a.get("publishedAt").asString()).isEqualTo(future(0).toInstant().toString());
        assertThat(a.get("correction").isNull()).isTrue();
        assertThat(names(a.get("source"))).containsExactlyInAnyOrder("id", "name", "country");
        assertThat(a.get("source").get("country").asString()).isEqualTo("KR");
        assertThat(names(a.get("image"))).containsExactlyInAnyOrder("url", "caption", "credit", "alt");
        assertThat(a.get("image").get("credit").asString()).isEqualTo("Photo: Test");
        assertThat(a.get("originalLanguage").asString()).isEqualTo("ko");
        assertThat(a.get("translation").get("engine").asString()).isEqualTo("test-mt");
        assertThat(a.get("translation").has("reviewedByPerson")).isTrue();
        List<Long> takes = new ArrayList<>();
        a.get("alternativeTakes").forEach(t -> {
            takes.add(t.get("id").asLong());
            assertThat(names(t)).contains("id", "title", "country", "source");
        });
        assertThat(takes).containsExactly(first, second);

        // the take's own page shows the link back, and the unpublished side is not there at all
        JsonNode back = JSON.readTree(get("/api/v1/articles/" + second).body());
        assertThat(back.get("alternativeTakes").get(0).get("id").asLong()).isEqualTo(article);
        for (long hidden : List.of(unpublished, approved)) {
            var notThere = get("/api/v1/articles/" + hidden);
            assertThat(notThere.statusCode()).isEqualTo(404);
            assertThat(notThere.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(JSON.readTree(notThere.body()).get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void unknown_things_are_404_and_bad_parameters_400_as_problem_json() throws Exception {
        for (String path : List.of("/api/v1/articles/999999999", "/api/v1/articles/abc", "/api/v1/features/nope/articles",
                "/api/v1/articles?country=QX", "/feeds/countries/QX.atom", "/feeds/features/nope.atom")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
        }
        for (String path : List.of("/api/v1/articles", "/api/v1/articles?country=JP&cursor=bogus",
                "/api/v1/articles?country=JP&limit=0", "/api/v1/articles?country=JP&limit=x")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asString()).as(path).isNotBlank();
        }
    }

    @Test
    void a_countrys_articles_come_newest_first_and_cursor_paging_neither_skips_nor_repeats_ties_in_time()
            throws Exception {
        // newer than anything of the demo's in this country: the first pages are exactly these
        long newest = published("NO", future(3600));
        List<Long> tied = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tied.add(published("NO", future(1800)));
        }
        long older = published("NO", future(600));
        long hidden = TestArticles.create(dsl, ArticleStatus.UNPUBLISHED, "NO");
        dsl.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, future(2000)).where(ARTICLE.ID.eq(hidden)).execute();

        List<Long> expected = new ArrayList<>();
        expected.add(newest);
        tied.stream().sorted(java.util.Comparator.reverseOrder()).forEach(expected::add);
        expected.add(older);

        List<Long> seen = new ArrayList<>();
        String next = "/api/v1/articles?country=NO&limit=2";
        int pages = 0;
        while (next != null && seen.size() < expected.size()) {
            var response = get(next);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            assertThat(names(page)).containsExactlyInAnyOrder("items", "next");
            page.get("items").forEach(i -> seen.add(i.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            if (next != null) {
                assertThat(next).startsWith("/api/v1/articles?country=NO&cursor=").endsWith("&limit=2");
            }
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen.subList(0, expected.size())).containsExactlyElementsOf(expected);
        assertThat(seen).doesNotContain(hidden);

        JsonNode countries = JSON.readTree(get("/api/v1/countries").body());
        assertThat(countries.get("next").isNull()).isTrue();
        JsonNode norway = null;
        for (JsonNode c : countries.get("items")) {
            if (c.get("code").asString().equals("NO")) {
                norway = c;
            }
        }
        assertThat(norway).isNotNull();
        assertThat(norway.get("publishedArticles").asLong()).isEqualTo(dsl.fetchCount(ARTICLE,
                ARTICLE.COUNTRY_CODE.eq("NO").and(ARTICLE.STATUS.eq("PUBLISHED"))));
    }

    @Test
    void every_answer_has_a_strong_etag_and_no_cache_and_a_matching_if_none_match_gets_304() throws Exception {
        long id = published("GR", future(0));
        for (String path : List.of("/api/v1/articles/" + id, "/api/v1/countries", "/api/v1/articles?country=GR",
                "/api/v1/features/top-stories/articles", "/feeds/countries/GR.atom")) {
            var first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).startsWith("\"").endsWith("\"");
            assertThat(first.headers().firstValue("Cache-Control")).as(path).contains("no-cache");
            var again = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            var other = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", "\"something-else\"")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void an_unpublication_and_a_correction_are_visible_through_the_api_within_a_second() throws Exception {
        long id = published("PL", future(0));
        var before = get("/api/v1/articles/" + id);
        assertThat(before.statusCode()).isEqualTo(200);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/v1/articles?country=PL").body()).contains("\"id\":" + id);

        dsl.update(ARTICLE).set(ARTICLE.TITLE, "Corrected").set(ARTICLE.CORRECTED_AT, OffsetDateTime.now())
                .set(ARTICLE.CORRECTION_NOTE, "A name was wrong.").where(ARTICLE.ID.eq(id)).execute();
        long start = System.nanoTime();
        HttpResponse<String> after = get("/api/v1/articles/" + id);
        while (after.headers().firstValue("ETag").orElseThrow().equals(etag) && elapsedMillis(start) < 1000) {
            after = get("/api/v1/articles/" + id);
        }
        assertThat(elapsedMillis(start)).isLessThan(1000);
        JsonNode corrected = JSON.readTree(after.body());
        assertThat(corrected.get("title").asString()).isEqualTo("Corrected");
        assertThat(corrected.get("correction").asString()).isEqualTo("A name was wrong.");
        assertThat(corrected.get("updatedAt").asString()).isNotEqualTo(corrected.get("publishedAt").asString());

        dsl.update(ARTICLE).set(ARTICLE.STATUS, "UNPUBLISHED").set(ARTICLE.STATUS_REASON, "test")
                .where(ARTICLE.ID.eq(id)).execute();
        start = System.nanoTime();
        while (get("/api/v1/articles/" + id).statusCode() != 404 && elapsedMillis(start) < 1000) {
            Thread.sleep(20);
        }
        assertThat(get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(elapsedMillis(start)).isLessThan(1000);
        assertThat(get("/api/v1/articles?country=PL").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(get("/feeds/countries/PL.atom").body()).doesNotContain("urn:newsdesk:article:" + id + "<");
    }

    @Test
    void feature_lists_and_feeds_show_published_entries_only_and_the_feeds_are_valid_atom() throws Exception {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        long feature = dsl.insertInto(FEATURE).set(FEATURE.CODE, code).set(FEATURE.NAME, "Feed test")
                .returning(FEATURE.ID).fetchSingle(FEATURE.ID);
        long live = published("AT", future(0));
        long unpublished = TestArticles.create(dsl, ArticleStatus.UNPUBLISHED, "AT");
        long approved = TestArticles.create(dsl, ArticleStatus.APPROVED, "AT");
        long second = published("CH", future(-5));
        int position = 0;
        for (long id : List.of(unpublished, live, approved, second)) {
            dsl.insertInto(FEATURE_ENTRY).set(FEATURE_ENTRY.FEATURE_ID, feature).set(FEATURE_ENTRY.ARTICLE_ID, id)
                    .set(FEATURE_ENTRY.POSITION, position++).execute();
        }

        JsonNode list = JSON.readTree(get("/api/v1/features/" + code + "/articles").body());
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).containsExactly(live, second);
        assertThat(list.get("next").isNull()).isTrue();

        var feed = get("/feeds/features/" + code + ".atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/atom+xml"));
        Document atom = validAtom(feed.body());
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList entryIds = (NodeList) xpath.evaluate("/*[local-name()='feed']/*[local-name()='entry']"
                + "/*[local-name()='id']", atom, XPathConstants.NODESET);
        assertThat(entryIds.getLength()).isEqualTo(2);
        assertThat(entryIds.item(0).getTextContent()).isEqualTo("urn:newsdesk:article:" + live);
        assertThat(entryIds.item(1).getTextContent()).isEqualTo("urn:newsdesk:article:" + second);
        assertThat(feed.body()).doesNotContain("urn:newsdesk:article:" + unpublished + "<")
                .doesNotContain("urn:newsdesk:article:" + approved + "<");

        var countryFeed = get("/feeds/countries/AT.atom");
        assertThat(countryFeed.statusCode()).isEqualTo(200);
        validAtom(countryFeed.body());
        assertThat(countryFeed.body()).contains("urn:newsdesk:article:" + live + "<")
                .doesNotContain("urn:newsdesk:article:" + unpublished + "<")
                .doesNotContain("urn:newsdesk:article:" + approved + "<");
        SyndFeed parsed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(
                countryFeed.body().getBytes(StandardCharsets.UTF_8))));
        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(parsed.getEntries().getFirst().getContents().getFirst().getValue()).contains("First paragraph.");
    }

    @Test
    void the_api_is_described_by_openapi_with_a_swagger_ui_and_the_back_office_still_needs_a_login()
            throws Exception {
        var docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(names(api.get("paths"))).contains("/api/v1/countries", "/api/v1/articles",
                "/api/v1/articles/{id}", "/api/v1/features/{code}/articles", "/feeds/countries/{code}.atom");
        assertThat(names(api.get("components").get("schemas").get("Article").get("properties")))
                .contains("id", "title", "body", "publishedAt", "updatedAt", "correction", "country", "source",
                        "image", "originalLanguage", "translation", "alternativeTakes");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);

        // no login for the API, but still one for the back office and nothing but GET on the API
        var noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var features = noRedirects.send(HttpRequest.newBuilder(uri("/features")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(features.statusCode()).isIn(302, 401, 403);
        var post = noRedirects.send(HttpRequest.newBuilder(uri("/api/v1/articles?country=JP"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(features.headers().firstValue("Set-Cookie")).isPresent();
        assertThat(get("/api/v1/countries").headers().firstValue("Set-Cookie")).isEmpty();
    }

    private static Document validAtom(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var xpath = XPathFactory.newInstance().newXPath();
        // RFC 4287: a feed has exactly one id, title and updated, and an author unless every entry has one
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(((Number) xpath.evaluate("count(/*/*[local-name()='" + required + "'])", doc,
                    XPathConstants.NUMBER)).intValue()).as(required).isEqualTo(1);
        }
        NodeList entries = (NodeList) xpath.evaluate("/*/*[local-name()='entry']", doc, XPathConstants.NODESET);
        for (int i = 0; i < entries.getLength(); i++) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(((Number) xpath.evaluate("count(*[local-name()='" + required + "'])", entries.item(i),
                        XPathConstants.NUMBER)).intValue()).as("entry " + required).isEqualTo(1);
            }
            String updated = xpath.evaluate("*[local-name()='updated']", entries.item(i));
            assertThat(Instant.parse(updated)).isNotNull(); // RFC 3339 date-time
            assertThat(xpath.evaluate("*[local-name()='id']", entries.item(i))).matches("[a-z][a-z0-9+.-]*:.+");
        }
        assertThat(Instant.parse(xpath.evaluate("/*/*[local-name()='updated']", doc))).isNotNull();
        return doc;
    }

    private long published(String country, OffsetDateTime at) {
        long id = TestArticles.create(dsl, ArticleStatus.PUBLISHED, country);
        dsl.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, at).set(ARTICLE.BODY, ARTICLE.MT_BODY)
                .where(ARTICLE.ID.eq(id)).execute();
        return id;
    }

    /** Times ahead of every demo article, so that a country's first pages are a test's own. */
    private static OffsetDateTime future(int seconds) {
        return OffsetDateTime.of(2099, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC).plusSeconds(seconds)
                .truncatedTo(ChronoUnit.MICROS);
    }

    private void link(long article, long other, int position) {
        long a = Math.min(article, other);
        long b = Math.max(article, other);
        dsl.insertInto(ALTERNATIVE_TAKE).set(ALTERNATIVE_TAKE.ARTICLE_A_ID, a).set(ALTERNATIVE_TAKE.ARTICLE_B_ID, b)
                .set(ALTERNATIVE_TAKE.POSITION_A, a == article ? position : 0)
                .set(ALTERNATIVE_TAKE.POSITION_B, b == article ? position : 0).execute();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
