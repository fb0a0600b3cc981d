package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class ArticleServiceIT {

    @Autowired
    ArticleService articles;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(roles = "EDITOR")
    void pages_continue_exactly_where_the_previous_page_ended_newest_first() {
        List<ArticleListItem> all = articles.list(ArticleFilter.ALL, null, 0, ArticleService.MAX_PAGE);
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(ArticleListItem::ingestedAt)
                .thenComparing(ArticleListItem::id).reversed());

        List<ArticleListItem> first = articles.list(ArticleFilter.ALL, null, 0, 15);
        List<ArticleListItem> second = articles.list(ArticleFilter.ALL, first.getLast().cursor(), 0, 15);
        List<ArticleListItem> skipped = articles.list(ArticleFilter.ALL, first.getLast().cursor(), 5, 10);

        assertThat(first).containsExactlyElementsOf(all.subList(0, 15));
        assertThat(second).containsExactlyElementsOf(all.subList(15, 30));
        assertThat(skipped).containsExactlyElementsOf(all.subList(20, 30));
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void filters_by_status_and_country() {
        var rejected = articles.list(ArticleFilter.of(ArticleStatus.REJECTED, null), null, 0, 100);
        assertThat(rejected).isNotEmpty().allMatch(a -> a.status() == ArticleStatus.REJECTED);

        var japan = articles.list(ArticleFilter.of(null, "JP"), null, 0, 100);
        assertThat(japan).isNotEmpty().allMatch(a -> a.countryCode().equals("JP"));

        var publishedInChina = articles.list(ArticleFilter.of(ArticleStatus.PUBLISHED, "CN"), null, 0,
                ArticleService.MAX_PAGE);
        assertThat(publishedInChina).extracting(ArticleListItem::title)
                .contains("SCO Summit in Tianjin", "Xi Jinping's Summit Attendance");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void filters_by_several_statuses_source_language_and_ingestion_time() {
        var queue = articles.list(new ArticleFilter(ArticleFilter.QUEUE, null, null, null, null, null), null, 0,
                ArticleService.MAX_PAGE);
        assertThat(queue).isNotEmpty().allMatch(a -> ArticleFilter.QUEUE.contains(a.status()));
        assertThat(queue).extracting(ArticleListItem::status).contains(ArticleStatus.TRANSLATED, ArticleStatus.IN_REVIEW);

        var korean = articles.list(new ArticleFilter(Set.of(), null, null, "ko", null, null), null, 0, 100);
        assertThat(korean).isNotEmpty().allMatch(a -> a.languageCode().equals("ko"));

        long sourceId = dslSourceOf(korean.getFirst().id());
        var oneSource = articles.list(new ArticleFilter(Set.of(), null, sourceId, null, null, null), null, 0, 100);
        assertThat(oneSource).isNotEmpty().allMatch(a -> a.sourceName().equals(korean.getFirst().sourceName()));

        Instant from = Instant.parse("2025-08-22T00:00:00Z");
        Instant to = Instant.parse("2025-08-24T00:00:00Z");
        var summitDays = articles.list(new ArticleFilter(Set.of(), null, null, null, from, to), null, 0, 100);
        assertThat(summitDays).isNotEmpty()
                .allMatch(a -> !a.ingestedAt().isBefore(from) && a.ingestedAt().isBefore(to))
                .extracting(ArticleListItem::title).contains("SCO Summit in Tianjin");
    }

    private long dslSourceOf(long articleId) {
        return dsl.select(ARTICLE.SOURCE_SITE_ID).from(ARTICLE).where(ARTICLE.ID.eq(articleId)).fetchSingle().value1();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void untranslated_articles_show_their_original_title() {
        var ingested = articles.list(ArticleFilter.of(ArticleStatus.INGESTED, null), null, 0, 100);
        assertThat(ingested).isNotEmpty().noneMatch(ArticleListItem::titleEnglish);
        var published = articles.list(ArticleFilter.of(ArticleStatus.PUBLISHED, null), null, 0, 100);
        assertThat(published).isNotEmpty().allMatch(ArticleListItem::titleEnglish);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void refuses_unreasonable_page_sizes() {
        assertThatThrownBy(() -> articles.list(ArticleFilter.ALL, null, 0, ArticleService.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> articles.list(ArticleFilter.ALL, null, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_without_an_editorial_role_is_refused_even_when_no_view_is_involved() {
        assertThatThrownBy(() -> articles.list(ArticleFilter.ALL, null, 0, 10))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_is_refused() {
        assertThatThrownBy(() -> articles.list(ArticleFilter.ALL, null, 0, 10))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
