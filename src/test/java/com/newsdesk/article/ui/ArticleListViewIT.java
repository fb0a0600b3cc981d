package com.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.TestArticles;
import com.newsdesk.source.Country;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class ArticleListViewIT extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("editor")
    void an_editor_lands_on_the_review_queue_newest_first() {
        navigate(ArticleListView.class);
        Grid<ArticleListItem> grid = grid();
        var tester = test(grid);
        assertThat(view().filter().statuses()).isEqualTo(ArticleFilter.QUEUE);
        assertThat(tester.size()).isGreaterThan(40);
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("title", "source", "country", "language", "status", "published", "ingested");
        for (int i = 0; i < 10; i++) {
            assertThat(tester.getRow(i).status()).isIn(ArticleStatus.TRANSLATED, ArticleStatus.IN_REVIEW);
        }
        assertThat(tester.getRow(0).ingestedAt()).isAfterOrEqualTo(tester.getRow(1).ingestedAt());
        assertThat(tester.getCellText(0, 0)).isNotBlank();

        // the counts beside the grid: every status, and the queue's two add up to what the grid holds
        var counts = view().shownCounts();
        assertThat(counts).containsOnlyKeys(ArticleStatus.values());
        assertThat(counts.get(ArticleStatus.TRANSLATED) + counts.get(ArticleStatus.IN_REVIEW))
                .isEqualTo(tester.size());
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_sees_every_status_and_pages_through_all_without_gaps_or_repeats() {
        navigate(ArticleListView.class);
        assertThat(view().filter().statuses()).isEmpty();
        Grid<ArticleListItem> grid = grid();
        // ask the grid's data provider page by page, as the browser does while scrolling
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            var page = grid.getDataCommunicator().getDataProvider()
                    .fetch(new Query<>(offset, 200, null, null, null)).map(ArticleListItem::id).toList();
            ids.addAll(page);
            if (page.size() < 200) {
                break;
            }
        }
        assertThat(ids).hasSizeGreaterThan(3000).doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails("reviewer")
    void filtering_by_status_and_country_narrows_the_grid_and_is_kept_in_the_url() {
        navigate(ArticleListView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ArticleStatus> status = find(MultiSelectComboBox.class).withLabel("Status").single();
        status.setValue(Set.of(ArticleStatus.PUBLISHED));
        int published = test(grid()).size();
        assertThat(published).isPositive();
        for (int i = 0; i < Math.min(published, 200); i++) {
            assertThat(test(grid()).getRow(i).status()).isEqualTo(ArticleStatus.PUBLISHED);
        }

        @SuppressWarnings("unchecked")
        ComboBox<Country> country = find(ComboBox.class).withLabel("Country").single();
        test(country).selectItem("China (CN)");
        assertThat(test(grid()).size()).isPositive().isLessThan(published);
        assertThat(test(grid()).getRow(0).countryCode()).isEqualTo("CN");
        assertThat(QueryParameters.fromString(view().toQuery(view().filter())).getParameters())
                .isEqualTo(Map.of("status", List.of("PUBLISHED"), "country", List.of("CN")));
    }

    @Test
    @WithUserDetails("editor")
    void filters_come_from_the_url_and_a_bad_date_is_ignored() {
        navigate(ArticleListView.class);
        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "REJECTED,UNPUBLISHED",
                "country", "US", "language", "en", "from", "2020-01-01", "to", "not-a-date")));
        var filter = view().filter();
        assertThat(filter.statuses()).containsExactlyInAnyOrder(ArticleStatus.REJECTED, ArticleStatus.UNPUBLISHED);
        assertThat(filter.countryCode()).isEqualTo("US");
        assertThat(filter.languageCode()).isEqualTo("en");
        assertThat(filter.ingestedFrom()).isNotNull();
        assertThat(filter.ingestedTo()).isNull();
        int rows = test(grid()).size();
        assertThat(rows).isPositive();
        for (int i = 0; i < rows; i++) {
            var row = test(grid()).getRow(i);
            assertThat(row.status()).isIn(ArticleStatus.REJECTED, ArticleStatus.UNPUBLISHED);
            assertThat(row.countryCode()).isEqualTo("US");
        }
        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "all")));
        assertThat(view().filter().statuses()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_new_article_appears_in_the_open_queue_without_a_reload() throws Exception {
        navigate(ArticleListView.class);
        var refreshed = new java.util.concurrent.atomic.AtomicBoolean();
        grid().getDataProvider().addDataProviderListener(e -> refreshed.set(true));
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "KR");

        // the notification arrives on another thread and is handed to the UI through access(); this test holds the
        // session lock, so it runs the queued access tasks itself, as unlocking the session would
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!refreshed.get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(refreshed).as("the open grid was refreshed by the change notification").isTrue();
        assertThat(ids()).contains(id);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_search_narrows_the_grid_is_kept_in_the_url_and_comes_back_from_it() {
        navigate(ArticleListView.class);
        var search = find(com.vaadin.flow.component.textfield.TextField.class).withLabel("Search").single();
        test(search).setValue("天津");
        assertThat(view().filter().text()).isEqualTo("天津");
        var titles = ids().size();
        assertThat(titles).isPositive().isLessThan(100);
        assertThat(test(grid()).getRow(0).title()).isNotBlank();
        assertThat(view().toQuery(view().filter())).contains("q=");
        assertThat(view().shownCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(titles);

        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "all", "q", "Tianjin",
                "order", "published")));
        assertThat(view().filter().text()).isEqualTo("Tianjin");
        assertThat(view().filter().order()).isEqualTo(ArticleFilter.Order.PUBLISHED);
        var sorted = test(grid());
        assertThat(sorted.size()).isPositive();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.getRow(i - 1).publishedAt()).isAfterOrEqualTo(sorted.getRow(i).publishedAt());
        }
    }

    @Test
    @WithUserDetails("reviewer")
    void a_saved_filter_brings_the_same_list_back() {
        navigate(ArticleListView.class);
        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "PUBLISHED", "country", "CN")));
        var saved = view().saveCurrent("Chinese published");
        assertThat(saved.query()).contains("status=PUBLISHED", "country=CN");

        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "all")));
        assertThat(view().filter().countryCode()).isNull();
        @SuppressWarnings("unchecked")
        ComboBox<com.newsdesk.article.SavedFilter> choose = find(ComboBox.class).withLabel("Saved filters").single();
        test(choose).selectItem("Chinese published");
        assertThat(view().filter().countryCode()).isEqualTo("CN");
        assertThat(view().filter().statuses()).containsExactly(ArticleStatus.PUBLISHED);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_claims_selected_articles_in_bulk_with_progress_and_a_result_per_article() throws Exception {
        long first = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "DE");
        long second = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "DE");
        navigate(ArticleListView.class);
        var rows = grid().getDataCommunicator().getDataProvider().fetch(new Query<>(0, 100_000, null, null, null))
                .filter(a -> a.id() == first || a.id() == second).toList();
        grid().asMultiSelect().select(rows);
        assertThat(find(BulkActions.class).single().isVisible()).isTrue();

        test(find(com.vaadin.flow.component.button.Button.class).withText("Claim").single()).click();

        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (find(com.vaadin.flow.component.dialog.Dialog.class).all().isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            session.getService().runPendingAccessTasks(session);
        }
        var result = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        assertThat(result.getHeaderTitle()).isEqualTo("Bulk claim: 2 of 2 done");
        assertThat(dsl.select(com.newsdesk.jooq.Tables.ARTICLE.STATUS).from(com.newsdesk.jooq.Tables.ARTICLE)
                .where(com.newsdesk.jooq.Tables.ARTICLE.ID.in(first, second))
                .fetch(com.newsdesk.jooq.Tables.ARTICLE.STATUS)).containsOnly("IN_REVIEW");
    }

    private List<Long> ids() {
        return grid().getDataCommunicator().getDataProvider().fetch(new Query<>(0, 100_000, null, null, null))
                .map(ArticleListItem::id).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<ArticleListItem> grid() {
        return find(Grid.class).single();
    }

    private ArticleListView view() {
        return (ArticleListView) getCurrentView();
    }
}
