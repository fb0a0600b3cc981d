package com.newsdesk.takes;

/**
 * One alternative take of an article: the other article, its place in this article's list (each side has its own
 * order) and the reviewer's note.
 */
public record Take(TakeArticle other, int position, String note) {

    public long otherId() {
        return other.id();
    }
}
