package com.newsdesk.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void reads_rss_090() {
        var feed = parse("rss090.xml");

        assertThat(feed.feedTitle()).isEqualTo("Harbour Gazette");
        assertThat(feed.items()).extracting(FeedItem::canonicalUrl).containsExactly(
                "https://gazette.example/news/ferry-service", "https://gazette.example/news/festival");
        var first = feed.items().getFirst();
        assertThat(first.title()).isEqualTo("Ferry service resumes after the storm");
        assertThat(first.bodyHtml()).isNull();
        assertThat(first.guid()).as("the link is not a GUID").isNull();
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void reads_rss_091_and_ignores_its_netscape_doctype() {
        var feed = parse("rss091.xml");

        assertThat(feed.feedTitle()).isEqualTo("Valley Courier");
        assertThat(feed.items()).hasSize(2);
        var bridge = feed.items().getFirst();
        assertThat(bridge.title()).as("&nbsp; is understood, and a space in a title").isEqualTo(
                "Council approves new bridge plan");
        assertThat(bridge.bodyHtml()).as("entity-encoded HTML in the description is HTML").isEqualTo(
                "<p>The council voted <b>9 to 2</b> in favour of the new bridge.</p><p>Work is due to start in spring.</p>");
        assertThat(feed.items().get(1).canonicalUrl()).as("relative to the channel link")
                .isEqualTo("https://courier.example/local/school-reopens");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void reads_rss_092_with_an_image_enclosure() {
        var feed = parse("rss092.xml");

        var pass = feed.items().getFirst();
        assertThat(pass.bodyHtml()).isEqualTo("<p>The pass was closed on <em>Tuesday</em> after heavy snowfall.</p>");
        assertThat(pass.imageUrl()).isEqualTo("https://post.example/img/pass.jpg");
        assertThat(feed.items().get(1).imageUrl()).as("an audio enclosure is no image").isNull();
    }

    @Test
    void reads_rss_10_rdf_with_dublin_core_and_full_content() {
        var feed = parse("rss10-rdf.xml");

        assertThat(feed.feedTitle()).isEqualTo("みなと新聞");
        var first = feed.items().getFirst();
        assertThat(first).isEqualTo(new FeedItem("https://shinbun.example/articles/20250301-1",
                "https://shinbun.example/articles/20250301-1", "港の再開発計画、市議会が承認",
                "<p>市議会は１日、港の再開発計画を賛成多数で承認した。</p><p>工事は来年春に始まる予定だ。</p>",
                Instant.parse("2025-03-01T00:30:00Z"), "山田 花子", null, null, null));
        assertThat(feed.items().get(1).bodyHtml()).isEqualTo("<p>気象台は桜の開花を発表した。</p>");
    }

    @Test
    void reads_everything_an_rss_20_item_can_carry() {
        var feed = parse("rss20-full.xml");

        assertThat(feed.feedTitle()).isEqualTo("Le Quotidien du Port & de la Côte");
        assertThat(feed.items().getFirst()).isEqualTo(new FeedItem(
                "https://quotidien.example/economie/nouveau-terminal?id=42",
                "quotidien-2025-0042",
                "Le port accueille un nouveau terminal",
                "<p>Le nouveau terminal <strong>ouvrira en juin</strong>, a annoncé la direction du port.</p>"
                        + "<p>Il pourra accueillir deux navires à la fois.</p>",
                Instant.parse("2025-03-01T07:15:00Z"),
                "Marie Dupont",
                "https://quotidien.example/img/terminal.jpg",
                "Le nouveau terminal, vu du large.",
                "Photo : Jean Martin / Quotidien"));
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void finds_the_image_in_media_groups_thumbnails_and_enclosures() {
        var items = parse("rss20-full.xml").items();

        var group = items.get(1);
        assertThat(group.canonicalUrl()).isEqualTo("https://quotidien.example/societe/pecheurs");
        assertThat(group.author()).as("the name out of 'e-mail (name)'").isEqualTo("Paul Leroy");
        assertThat(group.imageUrl()).as("the image, not the video, made absolute")
                .isEqualTo("https://quotidien.example/img/pecheurs.jpg");
        assertThat(group.imageCaption()).isEqualTo("Des chalutiers à quai");
        assertThat(group.imageCredit()).isEqualTo("AFP");

        var thumbnail = items.get(2);
        assertThat(thumbnail.imageUrl()).isEqualTo("https://quotidien.example/img/maree-thumb.jpg");
        assertThat(thumbnail.imageCaption()).isEqualTo("La digue à marée haute.");

        var enclosure = items.get(3);
        assertThat(enclosure.imageUrl()).isEqualTo("https://quotidien.example/img/bus.png");
        assertThat(enclosure.imageCredit()).isEqualTo("Ville de Port");
        assertThat(enclosure.imageCaption()).isNull();
    }

    @Test
    void reads_atom_10() {
        var feed = parse("atom10.xml");

        assertThat(feed.feedTitle()).isEqualTo("Nordic Wire");
        assertThat(feed.items().getFirst()).isEqualTo(new FeedItem("https://wire.example/2025/03/ice",
                "tag:wire.example,2025:ice", "Ice breaks early on the lake",
                "<p>The ice broke <strong>two weeks</strong> early.</p><p>Scientists blame the mild winter.</p>",
                Instant.parse("2025-03-01T07:00:00Z"), "Astrid Berg", "https://wire.example/img/ice.jpg", null,
                null));
        var text = feed.items().get(1);
        assertThat(text.publishedAt()).as("updated, when not published").isEqualTo("2025-03-01T07:00:00Z");
        assertThat(text.bodyHtml()).as("Atom's plain text stays text").isEqualTo(
                "<p>Ferries run every hour from Monday.</p><p>The night ferry is cancelled &lt;for now&gt;.</p>");
        assertThat(feed.items().get(2).bodyHtml()).as("the summary when there is no content")
                .isEqualTo("<p>Just the summary.</p>");
    }

    @Test
    void reads_atom_03() {
        var item = parse("atom03.xml").items().getFirst();

        assertThat(item.canonicalUrl()).isEqualTo("https://old.example/2025/atom03");
        assertThat(item.bodyHtml()).isEqualTo("<p>Some feeds never change.</p>");
        assertThat(item.publishedAt()).as("issued").isEqualTo("2025-03-01T08:00:00Z");
        assertThat(item.author()).isEqualTo("Old Timer");
    }

    @Test
    void a_broken_item_is_a_problem_and_never_stops_the_others() {
        var feed = parse("rss20-items.xml");

        assertThat(feed.items()).extracting(FeedItem::canonicalUrl).containsExactly(
                "https://edge.example/news/no-date",
                "https://edge.example/news/bad-date",
                "https://edge.example/news/guid-only",
                "https://edge.example/news/scripts",
                "https://edge.example/news/2025/relative");
        assertThat(feed.problems()).containsExactly(
                "Item 4 has no link and no URL-like GUID; skipped.",
                "Item 5 has neither a title nor any text; skipped.",
                "Item 7 has no usable link (not an http(s) address: ftp://files.edge.example/report.pdf) and no "
                        + "URL-like GUID; skipped.");
    }

    @Test
    void a_missing_or_unreadable_publication_date_is_null() {
        var items = parse("rss20-items.xml").items();

        assertThat(items.get(0).publishedAt()).isNull();
        assertThat(items.get(1).publishedAt()).isNull();
    }

    @Test
    void an_address_guid_stands_in_for_a_missing_link() {
        var item = parse("rss20-items.xml").items().get(2);

        assertThat(item.canonicalUrl()).isEqualTo("https://edge.example/news/guid-only");
        assertThat(item.guid()).isEqualTo("https://edge.example/news/guid-only?utm_source=feed");
    }

    @Test
    void scripts_in_items_are_sanitised_away() {
        var item = parse("rss20-items.xml").items().get(3);

        assertThat(item.title()).isEqualTo("Scripts everywhere");
        assertThat(item.bodyHtml()).isEqualTo("<p>Before</p><p>click</p><p>After</p>");
    }

    @Test
    void relative_addresses_fall_back_to_where_the_feed_came_from() {
        byte[] noChannelLink = """
                <rss version="2.0"><channel><title>No link</title><description>x</description>
                <item><title>Relative</title><link>story/1</link></item></channel></rss>
                """.getBytes(StandardCharsets.UTF_8);
        var fetched = new FeedFetcher.Fetched(noChannelLink, "application/rss+xml",
                URI.create("https://feeds.example/world/rss.xml"), 200);

        assertThat(parser.parse(fetched).items().getFirst().canonicalUrl())
                .isEqualTo("https://feeds.example/world/story/1");
    }

    // --- hostile documents

    @Test
    void an_external_entity_is_never_read() throws IOException {
        assertThatThrownBy(() -> parse("xxe-file.xml")).isInstanceOf(FeedException.class)
                .hasMessage("The feed is not well-formed XML: The entity \"xxe\" was referenced, but not declared. "
                        + "(line 8, column 31). Entities declared in a DOCTYPE are never read, for security.")
                .message().doesNotContain("root:");

        // declared but not used: the feed is read, and nothing of the file is in it
        String declaredOnly = read("xxe-file.xml").replace("&xxe;", "");
        var feed = parser.parse(declaredOnly.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(feed.items()).hasSize(1);
        assertThat(feed.toString()).doesNotContain("root:");
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            String firstLine = Files.readAllLines(passwd).getFirst();
            assertThat(feed.toString()).doesNotContain(firstLine);
        }
    }

    @Test
    void no_dtd_or_parameter_entity_is_ever_fetched() throws IOException {
        var requests = new AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY stolen \"from the DTD\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + dtd + "\">"
                    + "<rss version=\"2.0\"><channel><title>T</title><description>d</description>"
                    + "<item><title>Item</title><link>https://x.example/1</link></item></channel></rss>";
            String parameterEntity = externalDtd.replace("SYSTEM \"" + dtd + "\">",
                    "[<!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote;]>");

            assertThat(parser.parse(externalDtd.getBytes(StandardCharsets.UTF_8), null, null).items()).hasSize(1);
            assertThat(parser.parse(parameterEntity.getBytes(StandardCharsets.UTF_8), null, null).items()).hasSize(1);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void an_entity_expansion_bomb_is_refused_at_once() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> parse("billion-laughs.xml")).isInstanceOf(FeedException.class)
                .hasMessageStartingWith("The feed is not well-formed XML: The entity \"lol9\" was referenced, but "
                        + "not declared.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_doctype_that_never_ends_is_refused() {
        byte[] unclosed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\"><rss version=\"2.0\"></rss>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(unclosed, null, null)).isInstanceOf(FeedException.class)
                .hasMessageStartingWith("The feed has a DOCTYPE declaration that could not be removed");
    }

    // --- not a feed

    @Test
    void an_html_page_is_not_a_feed() {
        assertThatThrownBy(() -> parse("html-instead-of-feed.html")).isInstanceOf(FeedException.class)
                .hasMessage("The address serves an HTML page, not a feed.");
        assertThatThrownBy(() -> parser.parse("<html><body>Hi</body></html>".getBytes(), "text/html", null))
                .hasMessage("The address serves an HTML page, not a feed.");
    }

    @Test
    void a_truncated_document_is_not_well_formed() {
        assertThatThrownBy(() -> parse("truncated.xml")).isInstanceOf(FeedException.class)
                .hasMessage("The feed is not well-formed XML: XML document structures must start and end within "
                        + "the same entity. (line 12, column 23).");
    }

    @Test
    void an_empty_answer_or_one_that_is_not_xml_is_refused() {
        assertThatThrownBy(() -> parser.parse(new byte[0], "application/rss+xml", null))
                .isInstanceOf(FeedException.class).hasMessage("The feed is empty: the server sent no content.");
        assertThatThrownBy(() -> parser.parse(" \n\t ".getBytes(), null, null))
                .isInstanceOf(FeedException.class).hasMessage("The feed is empty: the server sent only blank space.");
        assertThatThrownBy(() -> parser.parse("{\"version\": \"https://jsonfeed.org/version/1\"}".getBytes(), null,
                null)).isInstanceOf(FeedException.class)
                .hasMessage("The address does not serve a feed: the answer is not XML.");
        assertThatThrownBy(() -> parser.parse("<?xml version=\"1.0\"?><note><to>you</to></note>".getBytes(), null,
                null)).isInstanceOf(FeedException.class)
                .hasMessage("The address serves XML, but not an RSS or Atom feed (its root element is <note>).");
    }

    // --- encodings

    @Test
    void reads_iso_8859_1_as_browsers_do() {
        var feed = parse("iso-8859-1.xml");

        assertThat(feed.feedTitle()).isEqualTo("Diario de Málaga");
        assertThat(feed.items().getFirst().title()).isEqualTo("Señales de recuperación en la economía");
        assertThat(feed.items().getFirst().bodyHtml()).as("byte 0x80 is the euro sign, as in windows-1252")
                .isEqualTo("<p>El índice subió un 2 % (cuesta 5 €).</p>");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void reads_shift_jis() {
        var feed = parse("shift_jis.xml");

        assertThat(feed.feedTitle()).isEqualTo("大阪日報");
        assertThat(feed.items().getFirst().title()).isEqualTo("①大阪で桜が開花、平年より５日早く");
        assertThat(feed.items().getFirst().bodyHtml()).isEqualTo("<p>気象台は２０日、大阪で桜が開花したと発表した。</p>");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void reads_utf_16_with_a_byte_order_mark() {
        assertThat(parse("utf-16-bom.xml").items().getFirst().title()).isEqualTo("Η Αθήνα γιορτάζει");
    }

    @Test
    void utf_8_declared_as_iso_8859_1_is_read_as_utf_8_and_reported() {
        var feed = parse("utf8-declared-iso-8859-1.xml");

        assertThat(feed.items().getFirst().title()).isEqualTo("Zażółć gęślą jaźń w Łodzi");
        assertThat(feed.problems()).containsExactly(
                "The feed says it is in ISO-8859-1, but it is in UTF-8; read as UTF-8.");
    }

    @Test
    void windows_1252_without_a_declaration_is_read_as_windows_1252_and_reported() {
        var feed = parse("windows-1252-undeclared.xml");

        assertThat(feed.feedTitle()).isEqualTo("Café Chronicle");
        assertThat(feed.items().getFirst().title()).isEqualTo("“Smart quotes” – and a naïve café");
        assertThat(feed.problems()).containsExactly(
                "The feed names no encoding and is not in UTF-8; read as windows-1252.");
    }

    @Test
    void the_http_charset_counts_when_the_document_names_none() {
        byte[] cyrillic = feedWithTitle(null, "Новости Москвы").getBytes(Charset.forName("windows-1251"));

        var feed = parser.parse(cyrillic, "application/rss+xml; charset=windows-1251", null);

        assertThat(feed.items().getFirst().title()).isEqualTo("Новости Москвы");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void the_documents_own_declaration_beats_a_servers_default_charset() {
        byte[] japanese = feedWithTitle("EUC-JP", "東京の天気").getBytes(Charset.forName("EUC-JP"));

        var feed = parser.parse(japanese, "text/xml; charset=ISO-8859-1", null);

        assertThat(feed.items().getFirst().title()).isEqualTo("東京の天気");
    }

    @Test
    void a_declared_encoding_that_does_not_fit_falls_back_and_is_reported() {
        byte[] utf8 = feedWithTitle("x-no-such-encoding", "Grüße aus Köln").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = feedWithTitle("UTF-8", "Grüße aus Köln").getBytes(StandardCharsets.ISO_8859_1);

        var fromUtf8 = parser.parse(utf8, null, null);
        var fromLatin1 = parser.parse(latin1, null, null);

        assertThat(fromUtf8.items().getFirst().title()).isEqualTo("Grüße aus Köln");
        assertThat(fromUtf8.problems()).containsExactly(
                "The feed says it is in x-no-such-encoding, but it is in UTF-8; read as UTF-8.");
        assertThat(fromLatin1.items().getFirst().title()).isEqualTo("Grüße aus Köln");
        assertThat(fromLatin1.problems()).containsExactly(
                "The feed says it is in UTF-8, but it is not; read as windows-1252.");
    }

    // --- damage that is repaired

    @Test
    void control_characters_are_removed_and_reported() {
        byte[] withControls = feedWithTitle("UTF-8", "Bell\u0007 and\u000B tab\u0001s").getBytes(StandardCharsets.UTF_8);

        var feed = parser.parse(withControls, null, null);

        assertThat(feed.items().getFirst().title()).isEqualTo("Bell and tabs");
        assertThat(feed.problems()).containsExactly(
                "3 characters that XML does not allow (control characters) removed.");
    }

    @Test
    void text_printed_before_the_xml_declaration_is_ignored_and_reported() {
        byte[] withWarning = ("Warning: Undefined variable $x in /var/www/feed.php on line 3\n"
                + feedWithTitle("UTF-8", "Still a feed")).getBytes(StandardCharsets.UTF_8);

        var feed = parser.parse(withWarning, null, null);

        assertThat(feed.items().getFirst().title()).isEqualTo("Still a feed");
        assertThat(feed.problems()).containsExactly("Text before the XML declaration was ignored: "
                + "Warning: Undefined variable $x in /var/www/feed.php on line 3");
    }

    private static String feedWithTitle(String encoding, String title) {
        return "<?xml version=\"1.0\"" + (encoding == null ? "" : " encoding=\"" + encoding + "\"") + "?>\n"
                + "<rss version=\"2.0\"><channel><title>Feed</title><link>https://feed.example/</link>"
                + "<description>d</description><item><title>" + title + "</title>"
                + "<link>https://feed.example/1</link></item></channel></rss>\n";
    }

    private ParsedFeed parse(String fixture) {
        return parser.parse(bytes(fixture), null, null);
    }

    private static String read(String fixture) {
        return new String(bytes(fixture), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String fixture) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
