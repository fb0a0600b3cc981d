package com.newsdesk.feature;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.newsdesk.article.ArticleCursor;
import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleService;
import com.newsdesk.article.ArticleStatus;
import org.springframework.stereotype.Component;

/**
 * Finds articles an editor could add to a feature list with the review queue's own search: {@link ArticleService#list}
 * under the statuses a feature takes and the typed text, which the queue's GIN (full-text) and trigram indexes serve,
 * newest first by ingestion. An unindexed {@code ILIKE} over every title would read the whole table at 1M articles.
 *
 * <p>A feature's excluded country is not a filter of the queue, so its articles are dropped here, walking on with the
 * keyset cursor until the page is full: an offset into the list that remains counts accepted articles only, and the
 * pages a combo box asks for stay consistent with each other.
 */
@Component
class FeatureCandidates {

    private static final ArticleFilter FEATURABLE = new ArticleFilter(
            EnumSet.of(ArticleStatus.APPROVED, ArticleStatus.PUBLISHED), null, null, null, null, null);

    private final ArticleService articles;
    private final FeatureRepository repository;

    FeatureCandidates(ArticleService articles, FeatureRepository repository) {
        this.articles = articles;
        this.repository = repository;
    }

    List<FeatureCandidate> find(String excludedCountry, String text, int offset, int limit) {
        String t = text == null ? "" : text.strip();
        // "#123" or "123" also means the article with that id, shown first
        Optional<FeatureCandidate> byId = t.matches("#?\\d{1,18}")
                ? repository.candidate(Long.parseLong(t.replace("#", "")), excludedCountry)
                : Optional.empty();
        List<FeatureCandidate> found = new ArrayList<>(byId.stream().toList());
        int wanted = offset + limit;
        ArticleFilter filter = FEATURABLE.withText(t.startsWith("#") ? t.substring(1) : t);
        ArticleCursor after = null;
        while (found.size() < wanted) {
            int chunk = Math.min(ArticleService.MAX_PAGE, wanted - found.size() + 10);
            List<ArticleListItem> page = articles.list(filter, after, 0, chunk);
            for (ArticleListItem a : page) {
                boolean excluded = excludedCountry != null && excludedCountry.equals(a.countryCode());
                if (!excluded && byId.map(c -> c.id() != a.id()).orElse(true)) {
                    found.add(new FeatureCandidate(a.id(), a.title(), a.countryCode(), a.sourceName(),
                            a.status().name()));
                }
            }
            if (page.size() < chunk) {
                break;
            }
            after = page.getLast().cursor();
        }
        return offset >= found.size() ? List.of() : found.subList(offset, Math.min(found.size(), wanted));
    }
}
