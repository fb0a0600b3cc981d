package com.newsdesk.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newsdesk.base.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and working on articles. Every method checks the caller's role, whichever screen calls it. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    /** The most rows one call returns; a Grid asks for 50 at a time. */
    public static final int MAX_PAGE = 500;
    /** Under a text search, counts per status stop after this many matches. */
    public static final int SEARCH_COUNT_CAP = ArticleRepository.SEARCH_COUNT_CAP;

    private final ArticleRepository articles;
    /**
     * Counts per status under a filter, shared by every session for a few seconds: a hundred editors on the same
     * queue, refreshed live, cost one count query, not a hundred (about 140 ms without a filter at 1M articles).
     */
    private final Cache<ArticleFilter, Map<ArticleStatus, Integer>> counts;

    ArticleService(ArticleRepository articles,
                   @Value("${newsdesk.article.counts-cache:10s}") Duration countsCache) {
        this.articles = articles;
        this.counts = Caffeine.newBuilder().expireAfterWrite(countsCache).maximumSize(1_000).build();
    }

    /**
     * Articles newest first, after the given cursor (null: from the newest). Served by a keyset query, so a page
     * deep in the list costs what the first page costs; {@code skip} rows after the cursor are skipped with OFFSET.
     */
    @PreAuthorize(Roles.EDITORIAL)
    public List<ArticleListItem> list(ArticleFilter filter, ArticleCursor after, int skip, int limit) {
        if (skip < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("skip must be >= 0 and limit between 1 and " + MAX_PAGE);
        }
        return articles.list(filter == null ? ArticleFilter.ALL : filter, after, skip, limit);
    }

    /**
     * Articles per status under the filter's other conditions: the counts beside the queue. Under a text search the
     * counts stop after {@value #SEARCH_COUNT_CAP} matches: a total above it means "more than that".
     */
    @PreAuthorize(Roles.EDITORIAL)
    public Map<ArticleStatus, Integer> countsByStatus(ArticleFilter filter) {
        ArticleFilter f = filter == null ? ArticleFilter.ALL : filter;
        return counts.get(f.anyStatus(), articles::countsByStatus);
    }
}
