package com.newsdesk.feature;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newsdesk.article.ArticleService;
import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feature lists for editors: add, remove, reorder entries and give them a time window. The rules: an entry is an
 * approved or published article (only published ones are live in the app), each article once, no more than the
 * feature's maximum, and none from a source in the feature's excluded country (Don't Miss: the United States).
 * Changes to one feature are serialised by locking its row, and every change is audited.
 */
@Service
@Transactional
public class FeatureService {

    private final FeatureRepository repository;
    private final FeatureCandidates candidates;
    private final AuditTrail audit;
    private final Clock clock;

    FeatureService(FeatureRepository repository, FeatureCandidates candidates, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.candidates = candidates;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_EDITOR)
    @Transactional(readOnly = true)
    public List<FeatureInfo> features() {
        return repository.features();
    }

    @PreAuthorize(Roles.IS_EDITOR)
    @Transactional(readOnly = true)
    public List<FeatureEntryItem> entries(long featureId) {
        return repository.entries(featureId, clock.instant());
    }

    /**
     * Articles that could be added to the feature, newest first: approved or published ones that the queue's text
     * search finds for {@code text} (its full-text and trigram indexes, see {@link ArticleService#list}), and the
     * article whose id {@code text} is ("123" or "#123"), first.
     */
    @PreAuthorize(Roles.IS_EDITOR)
    @Transactional(readOnly = true)
    public List<FeatureCandidate> candidates(long featureId, String text, int offset, int limit) {
        FeatureInfo feature = repository.features().stream().filter(f -> f.id() == featureId).findFirst()
                .orElseThrow(() -> new FeatureRuleException("There is no such feature list."));
        return candidates.find(feature.excludedCountry(), text, offset, Math.min(limit, 100));
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public void add(long featureId, long articleId, Instant startsAt, Instant endsAt) {
        FeatureInfo feature = lock(featureId);
        checkWindow(startsAt, endsAt);
        var article = repository.article(articleId)
                .orElseThrow(() -> new FeatureRuleException("There is no article #" + articleId + "."));
        if (!article.status().equals("APPROVED") && !article.status().equals("PUBLISHED")) {
            throw new FeatureRuleException("Only approved or published articles can be featured; #" + articleId
                    + " is " + article.status().toLowerCase().replace('_', ' ') + ".");
        }
        if (feature.excludedCountry() != null && feature.excludedCountry().equals(article.country())) {
            throw new FeatureRuleException(feature.name() + " takes only stories from sources outside "
                    + (feature.excludedCountryName() == null ? feature.excludedCountry() : feature.excludedCountryName())
                    + ".");
        }
        if (repository.contains(featureId, articleId)) {
            throw new FeatureRuleException("#" + articleId + " is in " + feature.name() + " already.");
        }
        if (repository.count(featureId) >= feature.maxEntries()) {
            throw new FeatureRuleException(feature.name() + " is full (" + feature.maxEntries()
                    + " articles): remove one first.");
        }
        repository.add(featureId, articleId, startsAt, endsAt, CurrentUser.actor());
        audit.record("FEATURE_ENTRY_ADDED", "feature", feature.code(), null, window(articleId, startsAt, endsAt),
                null);
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public void remove(long featureId, long articleId) {
        FeatureInfo feature = lock(featureId);
        if (!repository.remove(featureId, articleId)) {
            throw new FeatureRuleException("#" + articleId + " is not in " + feature.name() + ".");
        }
        repository.reorder(featureId, repository.order(featureId));
        audit.record("FEATURE_ENTRY_REMOVED", "feature", feature.code(), Map.of("articleId", articleId), null, null);
    }

    /** Moves the article to {@code index} (0 = first) in the feature's order. */
    @PreAuthorize(Roles.IS_EDITOR)
    public void move(long featureId, long articleId, int index) {
        FeatureInfo feature = lock(featureId);
        List<Long> order = new ArrayList<>(repository.order(featureId));
        int from = order.indexOf(articleId);
        if (from < 0) {
            throw new FeatureRuleException("#" + articleId + " is not in " + feature.name() + ".");
        }
        int to = Math.clamp(index, 0, order.size() - 1);
        if (from == to) {
            return;
        }
        order.remove(from);
        order.add(to, articleId);
        repository.reorder(featureId, order);
        audit.record("FEATURE_ENTRY_MOVED", "feature", feature.code(), Map.of("articleId", articleId, "position", from),
                Map.of("articleId", articleId, "position", to), null);
    }

    /** Sets the time window in which the entry is live (either end may be open: null). */
    @PreAuthorize(Roles.IS_EDITOR)
    public void setWindow(long featureId, long articleId, Instant startsAt, Instant endsAt) {
        FeatureInfo feature = lock(featureId);
        checkWindow(startsAt, endsAt);
        if (!repository.window(featureId, articleId, startsAt, endsAt)) {
            throw new FeatureRuleException("#" + articleId + " is not in " + feature.name() + ".");
        }
        audit.record("FEATURE_ENTRY_WINDOW", "feature", feature.code(), null, window(articleId, startsAt, endsAt),
                null);
    }

    private FeatureInfo lock(long featureId) {
        return repository.lock(featureId).orElseThrow(() -> new FeatureRuleException("There is no such feature list."));
    }

    private static void checkWindow(Instant startsAt, Instant endsAt) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new FeatureRuleException("The end of the time window must be after its start.");
        }
    }

    private static Map<String, Object> window(long articleId, Instant startsAt, Instant endsAt) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("articleId", articleId);
        map.put("startsAt", startsAt == null ? null : startsAt.toString());
        map.put("endsAt", endsAt == null ? null : endsAt.toString());
        return map;
    }
}
