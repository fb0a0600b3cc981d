package com.newsdesk.ingest.feed;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What comes before a document's root element, read without an XML parser: whether there is a DOCTYPE declaration
 * (and where), what the root element is called, and whether the text looks like HTML rather than XML.
 *
 * @param doctypeStart where the DOCTYPE declaration starts, or -1 when there is none
 * @param doctypeEnd just after the declaration's closing {@code >}, or -1 when it is not closed
 * @param rootName the root element's name as written, or {@code null} when there is no element
 * @param html whether the document is an HTML page
 */
record XmlProlog(int doctypeStart, int doctypeEnd, String rootName, boolean html) {

    private static final Pattern NAME_END = Pattern.compile("[\\s/>]");

    static XmlProlog of(String text) {
        int doctypeStart = -1;
        int doctypeEnd = -1;
        boolean htmlDoctype = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                doctypeStart = i;
                doctypeEnd = doctypeEnd(text, i + 9);
                htmlDoctype = text.substring(i + 9).stripLeading().toLowerCase(Locale.ROOT).startsWith("html");
                i = doctypeEnd < 0 ? length : doctypeEnd;
            } else if (c == '<') {
                var end = NAME_END.matcher(text);
                int nameEnd = end.find(i + 1) ? end.start() : length;
                String root = text.substring(i + 1, nameEnd);
                String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
                boolean html = htmlDoctype || local.equals("html") || local.equals("head") || local.equals("body");
                return new XmlProlog(doctypeStart, doctypeEnd, root, html);
            } else {
                break; // text before the root element: not XML
            }
        }
        return new XmlProlog(doctypeStart, doctypeEnd, null, htmlDoctype);
    }

    boolean hasDoctype() {
        return doctypeStart >= 0;
    }

    /**
     * The text with the DOCTYPE declaration (internal subset and all) blanked out, keeping its line breaks so that
     * the parser's line numbers still match the source. Unchanged when the declaration is not closed.
     */
    String withoutDoctype(String text) {
        if (doctypeStart < 0 || doctypeEnd < 0) {
            return text;
        }
        String lineBreaks = text.substring(doctypeStart, doctypeEnd).replaceAll("[^\\n]", "");
        return text.substring(0, doctypeStart) + lineBreaks + text.substring(doctypeEnd);
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    /** The index after the {@code >} that closes a DOCTYPE declaration, minding quotes, comments and the subset. */
    private static int doctypeEnd(String text, int from) {
        char quote = 0;
        boolean subset = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (subset && text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subset = true;
            } else if (c == ']') {
                subset = false;
            } else if (c == '>' && !subset) {
                return i + 1;
            }
        }
        return -1;
    }
}
