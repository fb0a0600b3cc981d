package com.newsdesk.article;

import java.util.List;

/**
 * What stands between an article and its publication: {@code blocking} items stop it, {@code warnings} are for the
 * editor to weigh. Each item is a sentence a person understands.
 */
public record PublishChecklist(List<String> blocking, List<String> warnings) {

    public boolean publishable() {
        return blocking.isEmpty();
    }
}
