package com.newsdesk.article;

import java.util.List;

/** The pre-publish checklist has blocking items: the article is not published (or scheduled). */
public class PublishRefusedException extends IllegalTransitionException {

    private final transient List<String> blocking;

    public PublishRefusedException(List<String> blocking) {
        super("This article cannot be published yet: " + String.join(" ", blocking));
        this.blocking = List.copyOf(blocking);
    }

    public List<String> blocking() {
        return blocking;
    }
}
