package com.newsdesk.base.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML from outside (feeds, the push API) before it is stored.
 * <p>
 * {@link #body} keeps only paragraphs, line breaks, emphasis, lists, quotes, sub-headings ({@code h2}, {@code h3})
 * and links to http(s) addresses, which always get {@code rel="nofollow noopener noreferrer"}. No other element
 * and no other attribute survives, so nothing in the result can run script or load anything. Its top level is made
 * of block elements only, as {@link com.newsdesk.article.Paragraphs} expects: loose text is wrapped in {@code p},
 * a blank line or two line breaks in a row start a new paragraph, empty paragraphs are dropped. Sub-headings are
 * kept because explainers and live blogs are structured by them; {@code h1} becomes {@code h2} and
 * {@code h4}–{@code h6} become {@code h3}.
 * <p>
 * {@link #plainText} is for one-line fields (titles, bylines, captions): no markup at all.
 * <p>
 * Instances are immutable and safe to share between threads.
 */
public final class HtmlSanitizer {

    private static final String LINK_REL = "nofollow noopener noreferrer";

    /** The blocks a sanitised body's top level consists of. */
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "blockquote", "h2", "h3");

    /** Elements whose content is never text a reader should see; removed with everything inside. */
    private static final String INVISIBLE = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, applet, svg, math, canvas, audio, video, select, textarea, button, input, head, title, meta, "
            + "link, base";

    /** Block-level containers that are not kept: each becomes a paragraph, or disappears around its blocks. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "header", "footer", "main",
            "aside", "nav", "figure", "figcaption", "address", "center", "pre", "td", "th", "dd", "dt", "caption",
            "details", "summary", "fieldset", "hgroup");

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\f\\u00A0]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PLAIN_WHITESPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private final Cleaner cleaner;
    private final Document.OutputSettings output;

    public HtmlSanitizer() {
        var safelist = new Safelist()
                .addTags("p", "br", "em", "i", "strong", "b", "ul", "ol", "li", "blockquote", "q", "h2", "h3", "a")
                .addAttributes("a", "href")
                .addProtocols("a", "href", "http", "https")
                .addEnforcedAttribute("a", "rel", LINK_REL)
                .addAttributes("q", "cite")
                .addProtocols("q", "cite", "http", "https")
                .addAttributes("blockquote", "cite")
                .addProtocols("blockquote", "cite", "http", "https");
        cleaner = new Cleaner(safelist);
        output = new Document.OutputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
    }

    /** The sanitised body; relative links are dropped. {@code null} stays {@code null}. */
    public String body(String html) {
        return body(html, null);
    }

    /**
     * The sanitised body, with relative links made absolute against {@code baseUri} (those that cannot be are
     * dropped). {@code null} stays {@code null}; a body without any text gives an empty string.
     */
    public String body(String html, String baseUri) {
        if (html == null) {
            return null;
        }
        var dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        dirty.body().select(INVISIBLE).remove();
        keepBlockBoundaries(dirty.body());
        var clean = cleaner.clean(dirty);
        clean.outputSettings(output.clone());
        var body = clean.body();
        body.select("a:not([href])").unwrap();
        body.select("li").stream().filter(li -> !li.parentNameIs("ul") && !li.parentNameIs("ol"))
                .forEach(Element::unwrap);
        wrapLooseText(body);
        dropEmptyBlocks(body);
        return body.html();
    }

    /**
     * One line of plain text: tags removed (script and style content with them), entities decoded, every run of
     * whitespace (line breaks and non-breaking spaces included) made one space, trimmed. {@code null} stays
     * {@code null}.
     */
    public String plainText(String htmlOrText) {
        if (htmlOrText == null) {
            return null;
        }
        var text = Jsoup.parseBodyFragment(htmlOrText).body().text();
        return PLAIN_WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Unknown block elements would otherwise be unwrapped by the cleaner and run their texts together
     * ({@code <div>One</div><div>Two</div>} as "OneTwo"), so they become paragraphs first. Innermost first, so a
     * container holding blocks is just removed around them.
     */
    private static void keepBlockBoundaries(Element body) {
        body.select("h1").forEach(h -> h.tagName("h2"));
        body.select("h4, h5, h6").forEach(h -> h.tagName("h3"));
        body.select("table, thead, tbody, tfoot, tr, dl").forEach(Element::unwrap);
        List<Element> containers = new ArrayList<>(body.select(String.join(", ", CONTAINERS)));
        for (int i = containers.size() - 1; i >= 0; i--) {
            var container = containers.get(i);
            var parent = container.parent();
            boolean holdsBlocks = !container.select("p, ul, ol, blockquote, h2, h3").isEmpty();
            boolean blockParent = parent != null && (parent.nameIs("body") || parent.nameIs("blockquote")
                    || parent.nameIs("li") || CONTAINERS.contains(parent.normalName()));
            if (holdsBlocks || !blockParent) { // a paragraph inside a link or emphasis would be invalid
                container.unwrap();
            } else {
                container.tagName("p");
            }
        }
    }

    private static void wrapLooseText(Element body) {
        List<Node> children = new ArrayList<>(body.childNodes());
        children.forEach(Node::remove);
        List<Node> loose = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            var node = children.get(i);
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush(loose, body);
                body.appendChild(e);
            } else if (node instanceof TextNode t) {
                String[] pieces = BLANK_LINE.split(t.getWholeText(), -1);
                for (int p = 0; p < pieces.length; p++) {
                    if (p > 0) {
                        flush(loose, body);
                    }
                    loose.add(new TextNode(pieces[p]));
                }
            } else if (isBreak(node) && nextIsBreak(children, i)) {
                flush(loose, body);
                while (i + 1 < children.size() && (isBreak(children.get(i + 1)) || isBlankText(children.get(i + 1)))) {
                    i++;
                }
            } else {
                loose.add(node);
            }
        }
        flush(loose, body);
        body.nodeStream(TextNode.class)
                .forEach(text -> text.text(WHITESPACE.matcher(text.getWholeText()).replaceAll(" ")));
        body.select("p, li, blockquote, h2, h3").forEach(HtmlSanitizer::trimEdges);
    }

    private static void flush(List<Node> loose, Element body) {
        if (loose.stream().anyMatch(n -> !isBlankText(n) && !isBreak(n))) {
            var paragraph = body.appendElement("p");
            loose.forEach(paragraph::appendChild);
        }
        loose.clear();
    }

    private static boolean nextIsBreak(List<Node> nodes, int index) {
        for (int i = index + 1; i < nodes.size(); i++) {
            if (isBreak(nodes.get(i))) {
                return true;
            }
            if (!isBlankText(nodes.get(i))) {
                return false;
            }
        }
        return false;
    }

    /** Line breaks and spaces at the start and end of a block show as nothing but a gap. */
    private static void trimEdges(Element block) {
        while (block.childNodeSize() > 0 && (isBreak(block.childNode(0)) || isBlankText(block.childNode(0)))) {
            block.childNode(0).remove();
        }
        while (block.childNodeSize() > 0) {
            var last = block.childNode(block.childNodeSize() - 1);
            if (!isBreak(last) && !isBlankText(last)) {
                break;
            }
            last.remove();
        }
        if (block.childNodeSize() > 0 && block.childNode(0) instanceof TextNode first) {
            first.text(first.getWholeText().stripLeading());
        }
        if (block.childNodeSize() > 0 && block.childNode(block.childNodeSize() - 1) instanceof TextNode last) {
            last.text(last.getWholeText().stripTrailing());
        }
    }

    /** Innermost first, so a list whose items were all empty goes too. */
    private static void dropEmptyBlocks(Element body) {
        List<Element> elements = new ArrayList<>(body.select("p, li, blockquote, h2, h3, ul, ol, q, em, i, strong, b"));
        for (int i = elements.size() - 1; i >= 0; i--) {
            var element = elements.get(i);
            if (!isBlank(element.text())) {
                continue;
            }
            if (BLOCKS.contains(element.normalName()) || element.nameIs("li")) {
                element.remove();
            } else {
                element.unwrap(); // an empty inline element may still stand between two words
            }
        }
    }

    private static boolean isBreak(Node node) {
        return node instanceof Element e && e.nameIs("br");
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode t && isBlank(t.getWholeText());
    }

    private static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
