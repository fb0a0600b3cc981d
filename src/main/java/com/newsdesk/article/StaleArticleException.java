package com.newsdesk.article;

/**
 * Someone saved the article after this editor loaded it: the save is refused and nothing is overwritten.
 */
public class StaleArticleException extends RuntimeException {

    public StaleArticleException(long id) {
        super("Someone else changed this article (#" + id + ") after you opened it. Nothing was overwritten: "
                + "reload it to see their changes.");
    }
}
