package com.newsdesk.base.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private static final Set<String> ALLOWED = Set.of("p", "br", "em", "i", "strong", "b", "ul", "ol", "li",
            "blockquote", "q", "a", "h2", "h3");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>Text",
            "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>Text",
            "<img src=x onerror=alert(1)>Text",
            "<IMG SRC=\"javascript:alert('XSS');\">Text",
            "<a href=\"javascript:alert(1)\">Text</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">Text</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Text</a>",
            "<a href=\"&#x6A;avascript&#x3A;alert(1)\">Text</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">Text</a>",
            "<a href=\"jav\nascript:alert(1)\">Text</a>",
            "<a href=\" \u0001javascript:alert(1)\">Text</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Text</a>",
            "<a href=\"DATA:text/html,<script>alert(1)</script>\">Text</a>",
            "<a href=\"vbscript:msgbox(1)\">Text</a>",
            "<svg onload=alert(1)></svg>Text",
            "<svg><script>alert(1)</script></svg>Text",
            "<iframe src=\"javascript:alert(1)\"></iframe>Text",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>Text",
            "<style>@import 'javascript:alert(1)';</style>Text",
            "<p style=\"background:url(javascript:alert(1))\">Text</p>",
            "<div onclick=\"alert(1)\">Text</div>",
            "<body onload=alert(1)>Text</body>",
            "<p onmouseover=alert(1) class=x id=y title=z>Text</p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>Text",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>Text",
            "<form action=\"javascript:alert(1)\"><button formaction=javascript:alert(1)>go</button></form>Text",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">Text",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">Text",
            "<base href=\"javascript:alert(1)//\">Text",
            "<blockquote cite=\"javascript:alert(1)\">Text</blockquote>",
            "<q cite=\"data:text/html,x\">Text</q>",
            "<a href=\"https://news.example/a\" onclick=\"alert(1)\" target=\"_blank\" style=\"color:red\">Text</a>",
            "<<script>script>alert(1)<</script>/script>Text",
    })
    void nothing_that_can_run_script_or_load_anything_survives(String hostile) {
        String clean = sanitizer.body(hostile);

        assertThat(clean).contains("Text");
        String lower = clean.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<object", "<embed", "<meta",
                "<base", "<form", "<button", "<math", "javascript:", "vbscript:", "data:", "onerror", "onload",
                "onclick", "onmouseover", "style=", "srcdoc");
        for (Element element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
            if (element.nameIs("body")) {
                continue;
            }
            assertThat(ALLOWED).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("href", "rel", "cite");
                if (!attribute.getKey().equals("rel")) {
                    assertThat(attribute.getValue()).matches("https?://.*");
                }
            }
        }
        assertThat(sanitizer.body(clean)).as("sanitising again changes nothing").isEqualTo(clean);
    }

    @Test
    void links_keep_only_http_addresses_and_never_pass_on_the_referrer_or_the_window() {
        assertThat(sanitizer.body("<a href=\"https://news.example/a?b=1&c=2\" target=\"_blank\">Read</a>"))
                .isEqualTo("<p><a href=\"https://news.example/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">"
                        + "Read</a></p>");
        assertThat(sanitizer.body("<a href=\"mailto:desk@news.example\">Mail</a> us")).isEqualTo("<p>Mail us</p>");
    }

    @Test
    void relative_links_are_made_absolute_against_the_base_or_dropped_without_one() {
        assertThat(sanitizer.body("<a href=\"/world/1\">One</a>", "https://news.example/feed/"))
                .isEqualTo("<p><a href=\"https://news.example/world/1\" rel=\"nofollow noopener noreferrer\">One</a></p>");
        assertThat(sanitizer.body("<a href=\"/world/1\">One</a>")).isEqualTo("<p>One</p>");
        assertThat(sanitizer.body("<a href=\"java\tscript:alert(1)\">One</a>", "https://news.example/feed/"))
                .isEqualTo("<p>One</p>");
    }

    @Test
    void plain_text_becomes_one_paragraph_per_blank_line_separated_block() {
        assertThat(sanitizer.body("First paragraph,\nstill the first.\n\n  Second one & more.\n\n\n\n"))
                .isEqualTo("<p>First paragraph, still the first.</p><p>Second one &amp; more.</p>");
    }

    @Test
    void loose_text_is_wrapped_and_empty_paragraphs_are_dropped() {
        assertThat(sanitizer.body("Intro <em>text</em><p>Para</p>tail<p></p><p>&nbsp;</p><p><br></p><ul><li></li></ul>"))
                .isEqualTo("<p>Intro <em>text</em></p><p>Para</p><p>tail</p>");
        assertThat(sanitizer.body("One<br><br>Two<br>still two")).isEqualTo("<p>One</p><p>Two<br>still two</p>");
        assertThat(sanitizer.body("   ")).isEmpty();
        assertThat(sanitizer.body(null)).isNull();
    }

    @Test
    void block_containers_that_are_not_kept_still_separate_paragraphs() {
        assertThat(sanitizer.body("<div>One</div><div>Two</div>")).isEqualTo("<p>One</p><p>Two</p>");
        assertThat(sanitizer.body("<section>Intro<div>Inner</div><p>Para</p></section>"))
                .isEqualTo("<p>Intro</p><p>Inner</p><p>Para</p>");
        assertThat(sanitizer.body("<table><tr><td>Cell one</td><td>Cell two</td></tr></table>"))
                .isEqualTo("<p>Cell one</p><p>Cell two</p>");
    }

    @Test
    void lists_quotes_emphasis_and_subheadings_are_kept() {
        String html = "<h2>Background</h2><p>A <strong>strong</strong>, <b>bold</b>, <em>em</em> and <i>i</i>."
                + "</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote cite=\"https://source.example/\">"
                + "<p>Quoted</p></blockquote><p><q cite=\"https://source.example/\">short</q></p><h3>More</h3>";
        assertThat(sanitizer.body(html)).isEqualTo(html);
        assertThat(sanitizer.body("<h1>Top</h1><h5>Low</h5>")).isEqualTo("<h2>Top</h2><h3>Low</h3>");
    }

    @Test
    void text_in_any_script_is_kept_as_characters_without_pretty_printing() {
        String japanese = "<p>政府は１日、臨時閣議で補正予算案を決定した。</p><p>「国民の生活を守る」と首相は述べた。</p>";
        String arabic = "<p>قال رئيس الوزراء إن الحكومة ستواصل دعم الأسر.</p><p>وأضاف: «لن نتخلى عن أحد».</p>";
        assertThat(sanitizer.body(japanese)).isEqualTo(japanese);
        assertThat(sanitizer.body(arabic)).isEqualTo(arabic);
        assertThat(sanitizer.body("caf&eacute; &#8220;quoted&#8221; &lt;tag&gt; Tom &amp; Jerry"))
                .isEqualTo("<p>café “quoted” &lt;tag&gt; Tom &amp; Jerry</p>");
    }

    @Test
    void plain_text_has_no_markup_no_entities_and_one_space_between_words() {
        assertThat(sanitizer.plainText("  <b>Floods</b> in\n Valencia &amp; Murcia&nbsp;<script>alert(1)</script> "))
                .isEqualTo("Floods in Valencia & Murcia");
        assertThat(sanitizer.plainText("<p>One</p><p>Two</p>")).isEqualTo("One Two");
        assertThat(sanitizer.plainText("北京&#12289;上海")).isEqualTo("北京、上海");
        assertThat(sanitizer.plainText("مرحبا <i>بالعالم</i>")).isEqualTo("مرحبا بالعالم");
        assertThat(sanitizer.plainText("")).isEmpty();
        assertThat(sanitizer.plainText(null)).isNull();
    }
}
