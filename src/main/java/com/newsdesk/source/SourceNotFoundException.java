package com.newsdesk.source;

/** There is no source site with this id. */
public class SourceNotFoundException extends RuntimeException {

    public SourceNotFoundException(long id) {
        super("There is no source #" + id + ".");
    }
}
