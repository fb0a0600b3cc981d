package com.newsdesk.takes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stories: the connected groups of linked articles, their coverage by country and outlet, and what is missing. */
@Service
@Transactional(readOnly = true)
public class StoryService {

    /** Suggestions are looked up for this many of a story's articles (the most recent) to find missing countries. */
    static final int PROBED = 6;

    private final StoryRepository repository;
    private final TakeRepository takes;
    private final Suggestions suggestions;

    StoryService(StoryRepository repository, TakeRepository takes, Suggestions suggestions) {
        this.repository = repository;
        this.takes = takes;
        this.suggestions = suggestions;
    }

    /** The story an article belongs to (just the article, when it has no takes yet). */
    @PreAuthorize(Roles.EDITORIAL)
    public Story story(long articleId) {
        List<TakeArticle> articles = takes.articles(repository.connected(articleId)).stream()
                .sorted(Comparator.comparing(TakeArticle::publishedAt).thenComparing(TakeArticle::id)).toList();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("There is no article #" + articleId + ".");
        }
        Map<String, List<TakeArticle>> byCountry = new TreeMap<>();
        articles.forEach(a -> byCountry.computeIfAbsent(a.countryName(), k -> new ArrayList<>()).add(a));
        List<Story.Coverage> coverage = byCountry.values().stream()
                .map(list -> new Story.Coverage(list.getFirst().countryCode(), list.getFirst().countryName(),
                        list.stream().map(TakeArticle::sourceName).distinct().sorted().toList(), list.size()))
                .sorted(Comparator.comparingInt(Story.Coverage::articles).reversed()
                        .thenComparing(Story.Coverage::countryName))
                .toList();
        Set<String> covered = articles.stream().map(TakeArticle::countryCode).collect(Collectors.toSet());
        Set<Long> members = articles.stream().map(TakeArticle::id).collect(Collectors.toSet());
        Map<String, Story.Perspective> missing = new LinkedHashMap<>();
        articles.stream().sorted(Comparator.comparing(TakeArticle::publishedAt).reversed()).limit(PROBED)
                .forEach(member -> suggestions.suggest(member.id(), 20).forEach(s -> {
                    var a = s.article();
                    if (!covered.contains(a.countryCode()) && !members.contains(a.id())
                            && (!missing.containsKey(a.countryCode())
                                    || missing.get(a.countryCode()).score() < s.score())) {
                        missing.put(a.countryCode(), new Story.Perspective(a.countryCode(), a.countryName(), a,
                                s.score(), member.id()));
                    }
                }));
        return new Story(articles, coverage, missing.values().stream()
                .sorted(Comparator.comparingInt(Story.Perspective::score).reversed()).toList());
    }

    /** The most recently linked stories, newest first. */
    @PreAuthorize(Roles.EDITORIAL)
    public List<StorySummary> recent(int limit) {
        var links = repository.recentLinks(2_000);
        // union-find over the recent links: each story once, however many links it has
        Map<Long, Long> parent = new HashMap<>();
        for (var l : links) {
            union(parent, l.a(), l.b());
        }
        Map<Long, Set<Long>> groups = new LinkedHashMap<>();
        Map<Long, java.time.Instant> lastLinked = new HashMap<>();
        for (var l : links) {
            long root = find(parent, l.a());
            groups.computeIfAbsent(root, k -> new HashSet<>()).addAll(List.of(l.a(), l.b()));
            lastLinked.merge(root, l.created(), (x, y) -> x.isAfter(y) ? x : y);
        }
        List<Long> roots = groups.keySet().stream().limit(limit).toList();
        Map<Long, TakeArticle> byId = takes.articles(roots.stream().flatMap(r -> groups.get(r).stream()).toList())
                .stream().collect(Collectors.toMap(TakeArticle::id, a -> a));
        return roots.stream().map(r -> {
            List<TakeArticle> list = groups.get(r).stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparing(TakeArticle::publishedAt).thenComparing(TakeArticle::id)).toList();
            return new StorySummary(list.getFirst(), list.size(),
                    list.stream().map(TakeArticle::countryCode).distinct().sorted().toList(), lastLinked.get(r));
        }).toList();
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.getOrDefault(root, root) != root) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }
}
