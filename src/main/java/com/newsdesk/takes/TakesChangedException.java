package com.newsdesk.takes;

/** The takes of an article changed since the reviewer loaded them: the change is refused, nothing is lost. */
public class TakesChangedException extends RuntimeException {

    public TakesChangedException(String message) {
        super(message);
    }
}
