package com.newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A body's paragraphs: its top-level block elements ({@code p}, {@code blockquote}, lists, headings) in document
 * order, as product.md defines them. Loose text between blocks counts as a paragraph of its own.
 */
public final class Paragraphs {

    private static final Set<String> BLOCKS = Set.of("p", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6");

    private Paragraphs() {
    }

    public static List<String> split(String html) {
        List<String> result = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return result;
        }
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        var body = document.body();
        var loose = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush(loose, result);
                result.add(e.outerHtml());
            } else if (node instanceof TextNode t && t.isBlank()) {
                continue;
            } else {
                loose.append(node.outerHtml());
            }
        }
        flush(loose, result);
        return result;
    }

    private static void flush(StringBuilder loose, List<String> result) {
        if (!loose.isEmpty()) {
            result.add("<p>" + loose.toString().trim() + "</p>");
            loose.setLength(0);
        }
    }

    /** The text of a paragraph, as an editor edits it. */
    public static String text(String paragraphHtml) {
        return Jsoup.parseBodyFragment(paragraphHtml).body().text();
    }

    /** A paragraph an editor typed: plain text, escaped, in a {@code p}. */
    public static String fromText(String text) {
        return "<p>" + Entities.escape(text.strip()) + "</p>";
    }

    public static String join(List<String> paragraphs) {
        return String.join("", paragraphs);
    }
}
