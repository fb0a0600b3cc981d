package com.newsdesk.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jdom2.Element;

import com.newsdesk.base.html.HtmlSanitizer;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;

/**
 * An item's main image, from Media RSS or an image enclosure. Rome's core has no Media RSS module, so the
 * {@code media:*} elements are read from the entry's foreign markup.
 * <p>
 * The image is the first of: a {@code media:content} that is an image ({@code medium="image"}, an {@code image/*}
 * type, or neither but an image file name), directly in the item or in a {@code media:group}; a
 * {@code media:thumbnail}; an {@code enclosure} of an {@code image/*} type. Caption ({@code media:description},
 * else {@code media:title}) and credit ({@code media:credit}) are taken from the image's own element first, then
 * from its group, then from the item.
 *
 * @param url an absolute http(s) address
 * @param caption plain text or {@code null}
 * @param credit plain text or {@code null}
 */
record ItemImage(String url, String caption, String credit) {

    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss";
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif)([?#].*)?");

    /**
     * @param absolute turns an address as written in the feed into an absolute http(s) one, or {@code null}
     */
    static ItemImage of(SyndEntry entry, UnaryOperator<String> absolute, HtmlSanitizer sanitizer) {
        List<Element> itemLevel = entry.getForeignMarkup().stream().filter(ItemImage::isMedia).toList();
        List<Element> groups = named(itemLevel, "group");

        for (Element content : named(itemLevel, "content")) {
            String url = imageUrl(content, absolute);
            if (url != null) {
                return withTexts(url, sanitizer, List.of(content.getChildren(), itemLevel));
            }
        }
        for (Element group : groups) {
            for (Element content : named(group.getChildren(), "content")) {
                String url = imageUrl(content, absolute);
                if (url != null) {
                    return withTexts(url, sanitizer, List.of(content.getChildren(), group.getChildren(), itemLevel));
                }
            }
        }
        List<List<Element>> thumbnailScopes = new ArrayList<>();
        thumbnailScopes.add(itemLevel);
        groups.forEach(group -> thumbnailScopes.add(group.getChildren()));
        for (List<Element> scope : thumbnailScopes) {
            for (Element thumbnail : named(scope, "thumbnail")) {
                String url = absolute.apply(thumbnail.getAttributeValue("url"));
                if (url != null) {
                    return withTexts(url, sanitizer, List.of(scope, itemLevel));
                }
            }
        }
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String type = enclosure.getType() == null ? "" : enclosure.getType().toLowerCase(Locale.ROOT);
            String url = type.startsWith("image/") ? absolute.apply(enclosure.getUrl()) : null;
            if (url != null) {
                return withTexts(url, sanitizer, List.of(itemLevel));
            }
        }
        return null;
    }

    private static String imageUrl(Element content, UnaryOperator<String> absolute) {
        String url = content.getAttributeValue("url");
        String medium = content.getAttributeValue("medium");
        String type = content.getAttributeValue("type");
        boolean image = "image".equalsIgnoreCase(medium)
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("image/"))
                || (medium == null && type == null && url != null && IMAGE_FILE.matcher(url).matches());
        return image ? absolute.apply(url) : null;
    }

    /** The image with the caption and credit found first in the scopes, in order. */
    private static ItemImage withTexts(String url, HtmlSanitizer sanitizer, List<List<Element>> scopes) {
        String caption = text(sanitizer, scopes, "description");
        if (caption == null) {
            caption = text(sanitizer, scopes, "title");
        }
        String credit = text(sanitizer, scopes, "credit");
        return new ItemImage(url, caption, credit == null ? null : ItemConverter.atMost(credit, 500));
    }

    /** The first non-blank text of a media element so named, looking in the scopes in order. */
    private static String text(HtmlSanitizer sanitizer, List<List<Element>> scopes, String name) {
        for (List<Element> scope : scopes) {
            for (Element element : named(scope, name)) {
                String text = sanitizer.plainText(element.getValue());
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static List<Element> named(List<Element> elements, String name) {
        return elements.stream().filter(e -> isMedia(e) && e.getName().equals(name)).toList();
    }

    private static boolean isMedia(Element element) {
        return element.getNamespaceURI().startsWith(MEDIA_RSS);
    }
}
