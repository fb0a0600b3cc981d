package com.newsdesk.ingest.feed;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

import com.newsdesk.base.html.HtmlSanitizer;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Reads RSS (0.90 to 2.0, RDF included) and Atom (0.3, 1.0) feeds into {@link ParsedFeed}s with Rome.
 * <p>
 * Hostile or broken input never does harm and never ends in anything but a {@link FeedException} with a message
 * an admin understands:
 * <ul>
 * <li>No DTD is read and no entity of the document's own is ever expanded. A DOCTYPE declaration (RSS 0.91 feeds
 * from Netscape's days still carry one) is cut out before parsing, so a feed that only declares one is read as if
 * it did not, while a feed that uses an entity it declared there (external entities, "billion laughs") fails
 * quickly as not well-formed. Rome's own refusal of DOCTYPEs stays switched on behind that. HTML's named
 * entities ({@code &nbsp;}) are still understood, through Rome's healing of the text.</li>
 * <li>A wrong or missing encoding never fails the feed: see {@link FeedEncoding}; what was guessed is reported in
 * the problems.</li>
 * <li>Characters that XML does not allow (control characters) are removed, and reported.</li>
 * <li>An HTML page, an empty answer, a document that is not XML, XML that is not a feed and a truncated document
 * are refused.</li>
 * </ul>
 * Items are converted one by one: an item that cannot be used (no address, no title and no text) is skipped with a
 * line in the problems and never stops the others. Every text is sanitised with {@link HtmlSanitizer}; relative
 * addresses are resolved against the feed's link, else the address the feed was fetched from.
 * <p>
 * Instances are safe to share between threads.
 */
public final class FeedParser {

    private static final String DOCTYPE_REFUSED = "The feed has a DOCTYPE declaration that could not be removed; "
            + "it is refused, since a DOCTYPE can bring in outside content.";
    private static final Pattern NOT_XML_CHARACTER = Pattern.compile(
            "[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final HtmlSanitizer sanitizer;

    public FeedParser() {
        this(new HtmlSanitizer());
    }

    public FeedParser(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** Parses a fetched feed, resolving relative addresses against the feed's link or else the address it came from. */
    public ParsedFeed parse(FeedFetcher.Fetched fetched) {
        return parse(fetched.body(), fetched.contentType(), fetched.finalUri());
    }

    /**
     * Parses a feed's bytes.
     *
     * @param contentType the HTTP Content-Type, for its charset; may be {@code null}
     * @param address where the feed came from, the base for relative addresses when the feed has no link of its own;
     *            may be {@code null}
     * @throws FeedException when there is no feed to read at all
     */
    public ParsedFeed parse(byte[] body, String contentType, URI address) {
        List<String> problems = new ArrayList<>();
        SyndFeed feed = read(body, contentType, problems);
        var converter = new ItemConverter(sanitizer, feed.getFeedType(), base(feed.getLink(), address));
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            try {
                converter.convert(entry, number, problems).ifPresent(items::add);
            } catch (RuntimeException e) {
                problems.add("Item " + number + " could not be read (" + reason(e) + "); skipped.");
            }
        }
        return new ParsedFeed(blankToNull(sanitizer.plainText(feed.getTitle())), items, problems);
    }

    private SyndFeed read(byte[] body, String contentType, List<String> problems) {
        if (body == null || body.length == 0) {
            throw new FeedException("The feed is empty: the server sent no content.");
        }
        var decoded = FeedEncoding.decode(body, contentType);
        if (decoded.note() != null) {
            problems.add(decoded.note());
        }
        String text = decoded.text().stripLeading();
        if (text.isEmpty()) {
            throw new FeedException("The feed is empty: the server sent only blank space.");
        }
        int declaration = text.indexOf("<?xml");
        if (!text.startsWith("<") && declaration > 0 && declaration < 4096) {
            // typically a PHP warning printed before the feed
            problems.add("Text before the XML declaration was ignored: " + abbreviate(text.substring(0, declaration)));
            text = text.substring(declaration);
        }
        var prolog = XmlProlog.of(text);
        if (prolog.html()) {
            throw new FeedException("The address serves an HTML page, not a feed.");
        }
        if (prolog.hasDoctype() && prolog.doctypeEnd() < 0) {
            throw new FeedException(DOCTYPE_REFUSED);
        }
        if (prolog.rootName() == null) {
            throw new FeedException("The address does not serve a feed: the answer is not XML.");
        }
        text = withoutNonXmlCharacters(prolog.withoutDoctype(text), problems);

        var input = new SyndFeedInput();
        input.setAllowDoctypes(false); // Rome's default since 1.5.1; said here so that it stays so
        input.setXmlHealerOn(true);
        input.setPreserveWireFeed(true); // for the items' own GUIDs
        try {
            return input.build(new StringReader(text));
        } catch (com.rometools.rome.io.FeedException e) {
            throw notWellFormed(e, prolog.hasDoctype());
        } catch (IllegalArgumentException e) {
            throw new FeedException("The address serves XML, but not an RSS or Atom feed (its root element is <"
                    + prolog.rootName() + ">).", e);
        } catch (RuntimeException e) {
            throw new FeedException("The feed could not be read: " + reason(e) + ".", e);
        }
    }

    /** The feed's link when it is an absolute http(s) address (resolved against where the feed came from). */
    private static String base(String feedLink, URI address) {
        String fallback = address == null ? null : address.toString();
        String link = ItemConverter.resolve(feedLink, fallback);
        return link != null && ItemConverter.HTTP_ADDRESS.matcher(link).matches() ? link : fallback;
    }

    private static String withoutNonXmlCharacters(String text, List<String> problems) {
        var matcher = NOT_XML_CHARACTER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        long count = NOT_XML_CHARACTER.matcher(text).results().count();
        problems.add(count + (count == 1 ? " character" : " characters")
                + " that XML does not allow (control characters) removed.");
        return matcher.replaceAll("");
    }

    private static FeedException notWellFormed(com.rometools.rome.io.FeedException e, boolean hadDoctype) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                String message = sax.getMessage() == null ? "" : sax.getMessage().strip();
                if (message.contains("DOCTYPE")) {
                    return new FeedException(DOCTYPE_REFUSED, e);
                }
                String hint = hadDoctype && message.contains("entity")
                        ? " Entities declared in a DOCTYPE are never read, for security." : "";
                return new FeedException("The feed is not well-formed XML: " + message + " (line "
                        + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ")." + hint, e);
            }
        }
        return new FeedException("The feed could not be read: " + reason(e) + ".", e);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "an unexpected error"
                : e.getMessage().strip();
    }
}
