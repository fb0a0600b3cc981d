package com.newsdesk.takes;

import java.util.List;

/** Near-duplicates: the same original text at several outlets, oldest first. */
public record DuplicateGroup(long id, List<TakeArticle> members) {
}
