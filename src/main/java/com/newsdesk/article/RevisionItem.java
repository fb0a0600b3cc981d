package com.newsdesk.article;

import java.time.Instant;

/** One saved change of an article's English, for the history. */
public record RevisionItem(int number, String kind, String author, Instant createdAt, String title) {
}
