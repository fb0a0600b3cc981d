package com.newsdesk.feature;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.FEATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.TestArticles;
import com.newsdesk.delivery.ArticleSummary;
import com.newsdesk.delivery.DeliveryService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class FeatureServiceIT {

    @Autowired
    FeatureService features;
    @Autowired
    DeliveryService delivery;
    @Autowired
    DSLContext dsl;

    @Test
    void dont_miss_refuses_sources_in_the_united_states() {
        var dontMiss = dsl.selectFrom(FEATURE).where(FEATURE.CODE.eq("dont-miss")).fetchSingle();
        assertThat(dontMiss.getExcludedCountry()).isEqualTo("US");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void dont_miss_takes_a_japanese_story_and_refuses_an_american_one() {
        long dontMiss = feature("dont-miss").id();
        long american = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "US");
        assertThatThrownBy(() -> features.add(dontMiss, american, null, null))
                .isInstanceOf(FeatureRuleException.class).hasMessageContaining("outside United States");
        assertThat(features.entries(dontMiss)).noneMatch(e -> e.articleId() == american);
        assertThat(features.candidates(dontMiss, String.valueOf(american), 0, 10)).isEmpty();

        long japanese = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "JP");
        assertThat(features.candidates(dontMiss, String.valueOf(japanese), 0, 10)).extracting(FeatureCandidate::id)
                .containsExactly(japanese);
        features.add(dontMiss, japanese, null, null);
        assertThat(features.entries(dontMiss)).anyMatch(e -> e.articleId() == japanese && e.live());
        features.remove(dontMiss, japanese);
        assertThat(features.entries(dontMiss)).noneMatch(e -> e.articleId() == japanese);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_list_holds_no_more_than_its_maximum_each_article_once_and_only_approved_or_published_ones() {
        long id = testFeature(2);
        long a = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "FR");
        long b = TestArticles.create(dsl, ArticleStatus.APPROVED, "FR");
        long c = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "FR");
        long rejected = TestArticles.create(dsl, ArticleStatus.REJECTED, "FR");
        assertThatThrownBy(() -> features.add(id, rejected, null, null)).isInstanceOf(FeatureRuleException.class)
                .hasMessageContaining("approved or published");
        features.add(id, a, null, null);
        assertThatThrownBy(() -> features.add(id, a, null, null)).isInstanceOf(FeatureRuleException.class)
                .hasMessageContaining("already");
        features.add(id, b, null, null);
        assertThatThrownBy(() -> features.add(id, c, null, null)).isInstanceOf(FeatureRuleException.class)
                .hasMessageContaining("full (2 articles)");
        assertThat(features.entries(id)).extracting(FeatureEntryItem::articleId).containsExactly(a, b);
        // the approved one is an entry, not live: only published articles are live
        assertThat(features.entries(id)).extracting(FeatureEntryItem::live).containsExactly(true, false);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("FEATURE_ENTRY_ADDED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(code(id))))).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void entries_are_reordered_and_the_api_shows_only_published_ones_inside_their_time_window_in_order() {
        long id = testFeature(10);
        long first = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "BR");
        long second = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "BR");
        long later = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "BR");
        long ended = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "BR");
        long approved = TestArticles.create(dsl, ArticleStatus.APPROVED, "BR");
        Instant now = Instant.now();
        features.add(id, first, null, null);
        features.add(id, second, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        features.add(id, later, now.plus(Duration.ofHours(2)), null);
        features.add(id, ended, null, now.minus(Duration.ofMinutes(5)).plusMillis(1));
        features.add(id, approved, null, null);
        assertThatThrownBy(() -> features.setWindow(id, first, now, now.minusSeconds(1)))
                .isInstanceOf(FeatureRuleException.class).hasMessageContaining("after its start");

        features.move(id, second, 0);
        assertThat(features.entries(id)).extracting(FeatureEntryItem::articleId)
                .containsExactly(second, first, later, ended, approved);
        assertThat(features.entries(id)).extracting(FeatureEntryItem::position).containsExactly(0, 1, 2, 3, 4);

        var live = delivery.featureArticles(code(id));
        assertThat(live.value().items()).extracting(ArticleSummary::id).containsExactly(second, first);
        assertThat(live.value().next()).isNull();
        // the answer changes by itself when the next window opens or closes: the cache must know when
        assertThat(live.validFor()).isPresent();
        assertThat(live.validFor().get()).isLessThanOrEqualTo(Duration.ofHours(1));

        // unpublishing takes an entry out of the app at once
        dsl.update(ARTICLE).set(ARTICLE.STATUS, "UNPUBLISHED").set(ARTICLE.STATUS_REASON, "test")
                .where(ARTICLE.ID.eq(first)).execute();
        assertThat(delivery.featureArticles(code(id)).value().items()).extracting(ArticleSummary::id)
                .containsExactly(second);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void candidates_are_found_by_the_queues_text_search_among_approved_and_published_articles_only() {
        // a word no other article has: letters only, so that stemming and trigrams treat it as a word
        String word = "Zanzi" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        long published = titled(TestArticles.create(dsl, ArticleStatus.PUBLISHED, "FR"), word + " harbour reopens");
        long approved = titled(TestArticles.create(dsl, ArticleStatus.APPROVED, "JP"), "Fishermen of " + word);
        long rejected = titled(TestArticles.create(dsl, ArticleStatus.REJECTED, "FR"), word + " rejected story");
        long american = titled(TestArticles.create(dsl, ArticleStatus.PUBLISHED, "US"), word + " seen from Ohio");
        long id = testFeature(5);

        // English full text (stemmed: "harbours" finds "harbour") and a part of a title (trigram index)
        assertThat(features.candidates(id, word.toLowerCase() + " harbours", 0, 10)).extracting(FeatureCandidate::id)
                .containsExactly(published);
        assertThat(features.candidates(id, word, 0, 10)).extracting(FeatureCandidate::id)
                .containsExactlyInAnyOrder(published, approved, american).doesNotContain(rejected);
        assertThat(features.candidates(id, word.substring(0, 9), 0, 50)).extracting(FeatureCandidate::id)
                .contains(published, approved, american);
        // paging: the pages together are the whole list, each once
        var first = features.candidates(id, word, 0, 2);
        var rest = features.candidates(id, word, 2, 2);
        assertThat(first).hasSize(2);
        assertThat(rest).extracting(FeatureCandidate::id).hasSize(1).doesNotContainAnyElementsOf(
                first.stream().map(FeatureCandidate::id).toList());
        // Don't Miss leaves out the American story, also when asked by its id
        long dontMiss = feature("dont-miss").id();
        assertThat(features.candidates(dontMiss, word, 0, 10)).extracting(FeatureCandidate::id)
                .containsExactlyInAnyOrder(published, approved);
        assertThat(features.candidates(dontMiss, "#" + american, 0, 10)).isEmpty();
        assertThat(features.candidates(id, "#" + approved, 0, 10)).extracting(FeatureCandidate::id)
                .startsWith(approved);
        assertThat(features.candidates(id, String.valueOf(rejected), 0, 10)).extracting(FeatureCandidate::id)
                .doesNotContain(rejected);
    }

    private long titled(long article, String title) {
        dsl.update(ARTICLE).set(ARTICLE.TITLE, title).where(ARTICLE.ID.eq(article)).execute();
        return article;
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_cannot_curate_features() {
        long id = feature("top-stories").id();
        long article = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "MX");
        assertThatThrownBy(() -> features.features()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> features.add(id, article, null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> features.move(id, article, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> features.remove(id, article)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> features.setWindow(id, article, null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private FeatureInfo feature(String code) {
        return dsl.select(FEATURE.ID).from(FEATURE).where(FEATURE.CODE.eq(code)).fetchOptional(FEATURE.ID)
                .map(id -> new FeatureInfo(id, code, code, null, 20, null, null)).orElseThrow();
    }

    /** A feature list of this test's own, so that the seeded ones stay as other tests expect them. */
    private long testFeature(int max) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return dsl.insertInto(FEATURE).set(FEATURE.CODE, code).set(FEATURE.NAME, "Test " + code)
                .set(FEATURE.MAX_ENTRIES, max).returning(FEATURE.ID).fetchSingle(FEATURE.ID);
    }

    private String code(long id) {
        return dsl.select(FEATURE.CODE).from(FEATURE).where(FEATURE.ID.eq(id)).fetchSingle().value1();
    }
}
