package com.newsdesk.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Entities;

import com.newsdesk.ingest.CanonicalUrl;
import com.newsdesk.base.html.HtmlSanitizer;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;

/**
 * Turns one Rome entry of a feed into a {@link FeedItem}, or into a line of the feed's problems when the entry has
 * no usable address or neither a title nor any text.
 */
final class ItemConverter {

    static final Pattern HTTP_ADDRESS = Pattern.compile("(?i)^https?://\\S+$");

    private static final int MAX_GUID_LENGTH = 2000;
    private static final int MAX_AUTHOR_LENGTH = 500;
    /** RSS 2.0's author is an e-mail address, usually with the name in brackets: "jane@example.com (Jane Roe)". */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    private final HtmlSanitizer sanitizer;
    private final String feedType;
    private final String base;

    /**
     * @param feedType Rome's name for the feed's format, such as "rss_1.0"
     * @param base the absolute address relative ones are resolved against; may be {@code null}
     */
    ItemConverter(HtmlSanitizer sanitizer, String feedType, String base) {
        this.sanitizer = sanitizer;
        this.feedType = feedType;
        this.base = base;
    }

    /**
     * @param number the entry's position in the feed, from 1, for the problems
     * @param problems where a reason to skip the entry, or to ignore part of it, is added
     */
    Optional<FeedItem> convert(SyndEntry entry, int number, List<String> problems) {
        String title = blankToNull(sanitizer.plainText(entry.getTitle()));
        String body = body(entry);
        if (title == null && body == null) {
            problems.add("Item " + number + " has neither a title nor any text; skipped.");
            return Optional.empty();
        }
        String guid = blankToNull(guid(entry));
        if (guid != null && guid.length() > MAX_GUID_LENGTH) {
            problems.add("Item " + number + " has a GUID longer than " + MAX_GUID_LENGTH + " characters; ignored it.");
            guid = null;
        }
        String link = resolve(entry.getLink(), base);
        String canonicalUrl = null;
        String linkProblem = null;
        if (link != null) {
            try {
                canonicalUrl = CanonicalUrl.normalise(link);
            } catch (IllegalArgumentException e) {
                linkProblem = e.getMessage();
            }
        }
        if (canonicalUrl == null && guid != null && HTTP_ADDRESS.matcher(guid).matches()) {
            try {
                canonicalUrl = CanonicalUrl.normalise(guid);
            } catch (IllegalArgumentException e) {
                // reported below as no usable address
            }
        }
        if (canonicalUrl == null) {
            problems.add("Item " + number + (linkProblem == null ? " has no link" : " has no usable link ("
                    + linkProblem + ")") + " and no URL-like GUID; skipped.");
            return Optional.empty();
        }
        var image = ItemImage.of(entry, this::imageAddress, sanitizer);
        return Optional.of(new FeedItem(canonicalUrl, guid, title, body, publishedAt(entry), author(entry),
                image == null ? null : image.url(), image == null ? null : image.caption(),
                image == null ? null : image.credit()));
    }

    /** The full content when there is one, else the description (RSS) or summary (Atom). */
    private String body(SyndEntry entry) {
        boolean atom = entry.getWireEntry() instanceof Entry;
        for (SyndContent content : entry.getContents()) {
            String html = sanitised(content, atom && isPlainText(content));
            if (html != null) {
                return html;
            }
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : sanitised(description, atom && isPlainText(description));
    }

    private static boolean isPlainText(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain");
    }

    /**
     * @param plain whether the content is declared plain text; only Atom's is, RSS descriptions are HTML in practice
     *            whatever Rome calls them
     */
    private String sanitised(SyndContent content, boolean plain) {
        String value = content.getValue();
        if (value == null || value.isBlank()) {
            return null;
        }
        return blankToNull(sanitizer.body(plain ? Entities.escape(value) : value, base));
    }

    /**
     * The item's own identifier: RSS guid, RSS 1.0 rdf:about, Atom id; {@code null} when the feed gives none (Rome's
     * {@code SyndEntry.getUri()} would fall back to the link).
     */
    private String guid(SyndEntry entry) {
        return switch (entry.getWireEntry()) {
            case Item item when item.getGuid() != null -> item.getGuid().getValue();
            case Item item -> "rss_1.0".equals(feedType) ? item.getUri() : null;
            case Entry atom -> atom.getId();
            case null, default -> null;
        };
    }

    /** Atom: published (0.3: issued, created), else updated (0.3: modified). RSS: pubDate, else dc:date. */
    private static Instant publishedAt(SyndEntry entry) {
        Date date = switch (entry.getWireEntry()) {
            case Entry atom -> Stream.of(atom.getPublished(), atom.getIssued(), atom.getCreated(), atom.getUpdated(),
                    atom.getModified()).filter(Objects::nonNull).findFirst().orElse(null);
            case null, default -> entry.getPublishedDate() != null ? entry.getPublishedDate()
                    : entry.getUpdatedDate();
        };
        return date == null ? null : date.toInstant();
    }

    private String author(SyndEntry entry) {
        String author = blankToNull(sanitizer.plainText(entry.getAuthor()));
        for (SyndPerson person : entry.getAuthors()) {
            if (author != null) {
                break;
            }
            author = blankToNull(sanitizer.plainText(person.getName() != null ? person.getName() : person.getEmail()));
        }
        if (author == null) {
            return null;
        }
        var emailWithName = EMAIL_WITH_NAME.matcher(author);
        return atMost(emailWithName.matches() ? emailWithName.group(1).strip() : author, MAX_AUTHOR_LENGTH);
    }

    private String imageAddress(String href) {
        String address = resolve(href, base);
        return address != null && address.length() <= CanonicalUrl.MAX_LENGTH
                && HTTP_ADDRESS.matcher(address).matches() ? address : null;
    }

    /** {@code href} made absolute against {@code base} where possible, else as it is; {@code null} when blank. */
    static String resolve(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String trimmed = href.strip();
        if (base == null || HTTP_ADDRESS.matcher(trimmed).matches()) {
            return trimmed;
        }
        try {
            var baseUri = new URI(base);
            if (baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty()) {
                baseUri = new URI(base + "/"); // URI.resolve would otherwise glue host and path together
            }
            return baseUri.resolve(new URI(trimmed)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }

    /** At most {@code maxLength} characters, never half a surrogate pair. */
    static String atMost(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
