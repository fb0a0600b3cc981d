package com.newsdesk.takes;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Near-duplicates as reviewers see them: an article's twins, and the recent groups of republished text. */
@Service
@Transactional(readOnly = true)
public class NearDuplicateService {

    private final NearDuplicateRepository repository;
    private final TakeRepository takes;

    NearDuplicateService(NearDuplicateRepository repository, TakeRepository takes) {
        this.repository = repository;
        this.takes = takes;
    }

    /** The other articles with (nearly) the same original text as this one. */
    @PreAuthorize(Roles.EDITORIAL)
    public List<TakeArticle> twins(long articleId) {
        var article = takes.article(articleId).orElseThrow(
                () -> new IllegalArgumentException("There is no article #" + articleId + "."));
        if (article.dupGroup() == null) {
            return List.of();
        }
        return sorted(takes.articles(repository.members(article.dupGroup()))).stream()
                .filter(a -> a.id() != articleId).toList();
    }

    /** Groups with a member published in the last {@code days} days, the most recent first. */
    @PreAuthorize(Roles.EDITORIAL)
    public List<DuplicateGroup> recentGroups(int days, int limit) {
        List<Long> groups = repository.recentGroups(Instant.now().minus(Duration.ofDays(days)), Math.min(limit, 200));
        if (groups.isEmpty()) {
            return List.of();
        }
        var members = repository.members(groups);
        var articles = takes.articles(members.values().stream().flatMap(List::stream).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(TakeArticle::id, a -> a));
        return groups.stream()
                .map(g -> new DuplicateGroup(g, sorted(members.getOrDefault(g, List.of()).stream()
                        .map(articles::get).filter(java.util.Objects::nonNull).toList())))
                .filter(g -> g.members().size() > 1)
                .toList();
    }

    private static List<TakeArticle> sorted(List<TakeArticle> articles) {
        return articles.stream().sorted(Comparator.comparing(TakeArticle::publishedAt).thenComparing(TakeArticle::id))
                .toList();
    }
}
