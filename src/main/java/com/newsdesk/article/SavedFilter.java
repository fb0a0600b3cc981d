package com.newsdesk.article;

import java.io.Serializable;

/** A named filter of the article list; {@code query} is the list's query string, as in its address. */
public record SavedFilter(long id, String name, String query) implements Serializable {
}
