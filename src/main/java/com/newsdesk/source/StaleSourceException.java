package com.newsdesk.source;

/** Someone saved the source after this admin loaded it: the change is refused and nothing is overwritten. */
public class StaleSourceException extends RuntimeException {

    public StaleSourceException(long id) {
        super("Someone else changed this source (#" + id + ") after you opened it. Nothing was overwritten: "
                + "reload it to see their changes.");
    }
}
