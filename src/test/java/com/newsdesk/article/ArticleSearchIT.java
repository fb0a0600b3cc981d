package com.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.newsdesk.NewsdeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Text search in the queue over the demo's multilingual articles, and the order by publication time. */
@NewsdeskIntegrationTest
@WithMockUser(roles = "EDITOR")
class ArticleSearchIT {

    @Autowired
    ArticleService articles;
    @Autowired
    org.jooq.DSLContext dsl;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private List<String> titles(String text) {
        return articles.list(ArticleFilter.ALL.withText(text), null, 0, ArticleService.MAX_PAGE).stream()
                .map(ArticleListItem::title).toList();
    }

    @Test
    void english_search_is_stemmed_and_takes_phrases_and_exclusions() {
        assertThat(titles("summits tianjin")).contains("SCO Summit in Tianjin")
                .noneMatch(t -> t.startsWith("Bank of England"));
        assertThat(titles("\"Bank of England\"")).anyMatch(t -> t.startsWith("Bank of England holds rates"));
        assertThat(titles("tianjin -banquet")).contains("SCO Summit in Tianjin")
                .doesNotContain("Xi Jinping's Summit Attendance");
    }

    @Test
    void originals_in_chinese_japanese_korean_and_arabic_are_found_by_their_words() {
        assertThat(titles("天津")).contains("SCO Summit in Tianjin", "Xi Jinping's Summit Attendance");
        assertThat(titles("首脳")).anyMatch(t -> t.startsWith("Japan, S Korea leaders"));
        assertThat(titles("이시바")).anyMatch(t -> t.startsWith("Lee Jae Myung and Shigeru Ishiba meet in Tokyo"));
        assertThat(titles("أوبك")).anyMatch(t -> t.startsWith("OPEC+ agrees to raise output by 411,000"));
        // an untranslated article is found by its original alone; its title is the original's
        assertThat(titles("台風")).contains("台風接近で東海道新幹線が計画運休へ　あす午後から");
        // one character: every article where it starts a word pair or stands alone
        assertThat(titles("熱")).anyMatch(t -> t.startsWith("Tokyo nears 40C"));
    }

    @Test
    void a_search_past_its_walk_budget_finds_the_same_pages_through_the_text_indexes() {
        // without a budget for the walk along the time order, these searches look their matches up in the indexes
        var lookUp = new ArticleRepository(dsl, transactions, java.time.Duration.ZERO);
        var walk = new ArticleRepository(dsl, transactions);
        for (String text : List.of("summit", "天津", "mmit in", "the")) {
            var filter = ArticleFilter.ALL.withText(text);
            var first = walk.list(filter, null, 0, 20);
            assertThat(first).as(text).hasSizeGreaterThan(1);
            assertThat(lookUp.list(filter, null, 0, 20)).as(text).isEqualTo(first);
            var next = first.get(first.size() - 1).cursor(filter.order());
            assertThat(lookUp.list(filter, next, 0, 20)).as(text).isEqualTo(walk.list(filter, next, 0, 20));
            assertThat(lookUp.countsByStatus(filter)).as(text).isNotEmpty();
        }
        // the planner settings of the lookup hold for its query only, not for the rest of the transaction
        var inOneTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var settingsAfter = inOneTransaction.execute(tx -> {
            lookUp.list(ArticleFilter.ALL.withText("summit"), null, 0, 20);
            walk.list(ArticleFilter.ALL.withText("summit"), null, 0, 20);
            return dsl.fetchValue(
                    "select current_setting('enable_indexscan') || ' ' || current_setting('statement_timeout')");
        });
        assertThat(settingsAfter).isEqualTo("on " + dsl.fetchValue("select current_setting('statement_timeout')"));
        assertThat(walk.countsByStatus(ArticleFilter.ALL.withText("summit")).values().stream()
                .mapToInt(Integer::intValue).sum())
                .isEqualTo(walk.list(ArticleFilter.ALL.withText("summit"), null, 0, 10_000).size());
    }

    @Test
    void part_of_an_english_title_is_found() {
        assertThat(titles("Tianj")).contains("SCO Summit in Tianjin");
        // LIKE wildcards in the input are literal: "_" does not stand for the space in "Summit in"
        assertThat(titles("mmit in")).contains("SCO Summit in Tianjin");
        assertThat(titles("mmit_in")).doesNotContain("SCO Summit in Tianjin");
    }

    @Test
    void search_combines_with_filters_and_pages_by_keyset() {
        var filter = new ArticleFilter(Set.of(ArticleStatus.PUBLISHED), "CN", null, null, null, null, "summit",
                ArticleFilter.Order.INGESTED);
        var all = articles.list(filter, null, 0, ArticleService.MAX_PAGE);
        assertThat(all).isNotEmpty().allMatch(a -> a.status() == ArticleStatus.PUBLISHED && a.countryCode().equals("CN"));
        assertThat(all).extracting(ArticleListItem::title).contains("SCO Summit in Tianjin");
        if (all.size() > 2) {
            var first = articles.list(filter, null, 0, 2);
            var next = articles.list(filter, first.getLast().cursor(), 0, 2);
            assertThat(next.getFirst()).isEqualTo(all.get(2));
        }
    }

    @Test
    void counts_per_status_count_only_the_matches() {
        var counts = articles.countsByStatus(ArticleFilter.ALL.withText("天津"));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(titles("天津").size()).isLessThan(
                articles.countsByStatus(ArticleFilter.ALL).values().stream().mapToInt(Integer::intValue).sum());
        assertThat(counts.get(ArticleStatus.PUBLISHED)).isPositive();
    }

    @Test
    void newest_first_by_the_source_publication_time_pages_without_gaps() {
        var byPublished = ArticleFilter.ALL.withOrder(ArticleFilter.Order.PUBLISHED);
        var all = articles.list(byPublished, null, 0, 60);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(ArticleListItem::publishedAt)
                .thenComparing(ArticleListItem::id).reversed());
        var first = articles.list(byPublished, null, 0, 25);
        var second = articles.list(byPublished, first.getLast().cursor(ArticleFilter.Order.PUBLISHED), 0, 25);
        assertThat(second).containsExactlyElementsOf(all.subList(25, 50));
    }
}
