package com.newsdesk.source;

/** A country the app covers (ISO 3166-1 alpha-2 code). */
public record Country(String code, String name) {
}
