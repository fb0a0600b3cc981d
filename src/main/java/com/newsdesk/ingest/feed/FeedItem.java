package com.newsdesk.ingest.feed;

import java.time.Instant;

/**
 * One item of a feed, cleaned and ready to be stored as an article's original. Text fields are plain text
 * (sanitised, one line) and {@code bodyHtml} is sanitised HTML; a field the feed does not give is {@code null},
 * never blank. An item always has a canonical URL and at least a title or a body.
 *
 * @param canonicalUrl the item's link, or its GUID when that is an http(s) address, normalised by
 *            {@link com.newsdesk.ingest.CanonicalUrl}
 * @param guid the item's own identifier (RSS {@code guid}, RSS 1.0 {@code rdf:about}, Atom {@code id}), as given
 * @param title plain text
 * @param bodyHtml the full content ({@code content:encoded}, Atom {@code content}), else the description or summary;
 *            sanitised
 * @param publishedAt the publication time (Atom: else the update time); {@code null} when missing or unreadable
 * @param author the byline, plain text of at most 500 characters
 * @param imageUrl the main image, an absolute http(s) address; caption and credit are only ever set with it
 * @param imageCaption plain text
 * @param imageCredit plain text of at most 500 characters
 */
public record FeedItem(String canonicalUrl, String guid, String title, String bodyHtml, Instant publishedAt,
        String author, String imageUrl, String imageCaption, String imageCredit) {
}
