package com.newsdesk.takes;

/** An article found by text on the takes screen, and whether it can be linked to the article on screen. */
public record SearchHit(TakeArticle article, boolean self, boolean linked, boolean twin) {

    public boolean linkable() {
        return !self && !linked && !twin;
    }
}
