package com.newsdesk.ingest;

/** An incoming article that cannot be stored as it is; {@code field} names the push API's field at fault. */
public class InvalidArticleException extends IllegalArgumentException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
