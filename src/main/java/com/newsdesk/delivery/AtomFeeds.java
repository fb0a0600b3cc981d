package com.newsdesk.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Atom 1.0 (RFC 4287) of a feed's entries, written by Rome: ids as URNs, links relative to the server (valid IRI
 * references, and the same bytes on every host), each entry's English body as HTML content and its source as author.
 */
final class AtomFeeds {

    private AtomFeeds() {
    }

    static String write(DeliveryService.FeedContent content) {
        var feed = new Feed("atom_1.0");
        feed.setId(content.id());
        feed.setTitle(content.title());
        feed.setOtherLinks(List.of(link("self", content.selfPath(), "application/atom+xml")));
        var author = new Person();
        author.setName("Newsdesk");
        feed.setAuthors(List.of(author));
        Instant updated = Instant.EPOCH;
        List<Entry> entries = new ArrayList<>();
        for (var e : content.entries()) {
            ArticleSummary a = e.article();
            var entry = new Entry();
            entry.setId("urn:newsdesk:article:" + a.id());
            entry.setTitle(a.title());
            entry.setPublished(Date.from(a.publishedAt()));
            entry.setUpdated(Date.from(a.updatedAt()));
            entry.setAlternateLinks(List.of(link("alternate", a.href(), "application/json")));
            var source = new Person();
            source.setName(a.source().name());
            entry.setAuthors(List.of(source));
            var body = new Content();
            body.setType("html");
            body.setValue(e.body() == null ? "" : e.body());
            entry.setContents(List.of(body));
            entries.add(entry);
            if (a.updatedAt().isAfter(updated)) {
                updated = a.updatedAt();
            }
        }
        feed.setUpdated(Date.from(updated));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
