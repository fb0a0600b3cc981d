package com.newsdesk.ingest.feed;

import java.util.List;

/**
 * A feed as Newsdesk uses it.
 *
 * @param feedTitle the feed's title as plain text, or {@code null} when it has none
 * @param items the usable items in feed order; never {@code null}
 * @param problems one sentence per thing that was wrong with the feed (an item skipped, an encoding guessed), for
 *            the source's health panel; never {@code null}
 */
public record ParsedFeed(String feedTitle, List<FeedItem> items, List<String> problems) {

    public ParsedFeed {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
