package com.newsdesk.ingest.feed;

import java.io.Serial;

/**
 * A feed could not be fetched or read. The message is one or two sentences an admin understands in a source's
 * health panel (no class names, no stack trace); the cause, when there is one, is for the log.
 */
public class FeedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
