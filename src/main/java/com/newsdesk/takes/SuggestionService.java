package com.newsdesk.takes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleService;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a reviewer may link to an article: ranked suggestions, and any article found by text. */
@Service
@Transactional(readOnly = true)
public class SuggestionService {

    /** The most suggestions or search results one call returns. */
    public static final int MAX = 100;

    private final Suggestions suggestions;
    private final ArticleService articles;
    private final TakeRepository takes;

    SuggestionService(Suggestions suggestions, ArticleService articles, TakeRepository takes) {
        this.suggestions = suggestions;
        this.articles = articles;
        this.takes = takes;
    }

    /** The best suggestions for an article, best first, each with its score and reasons. */
    @PreAuthorize(Roles.EDITORIAL)
    public List<Suggestion> suggest(long articleId, int limit) {
        return suggestions.suggest(articleId, Math.max(1, Math.min(MAX, limit)));
    }

    /** The window around an article's publication time that suggestions come from, in days. */
    @PreAuthorize(Roles.EDITORIAL)
    public long windowDays() {
        return suggestions.window().toDays();
    }

    /**
     * Articles matching a text search (the article list's search: English stemmed, originals in any script, part of
     * a title), newest first, each marked if it is the article itself, already linked, or a near-duplicate of it.
     */
    @PreAuthorize(Roles.EDITORIAL)
    public List<SearchHit> search(long articleId, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var subject = takes.article(articleId).orElseThrow(
                () -> new IllegalArgumentException("There is no article #" + articleId + "."));
        List<ArticleListItem> found = articles.list(ArticleFilter.ALL.withText(text), null, 0,
                Math.max(1, Math.min(MAX, limit)));
        var linked = new HashSet<>(takes.takes(articleId).stream().map(Take::otherId).toList());
        Map<Long, TakeArticle> byId = takes.articles(found.stream().map(ArticleListItem::id).toList()).stream()
                .collect(Collectors.toMap(TakeArticle::id, Function.identity()));
        return found.stream().map(i -> byId.get(i.id())).filter(Objects::nonNull)
                .map(a -> new SearchHit(a, a.id() == articleId, linked.contains(a.id()),
                        a.dupGroup() != null && a.dupGroup().equals(subject.dupGroup())))
                .toList();
    }
}
