package com.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.source.Country;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class ArticleListViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("editor")
    void the_grid_loads_the_newest_articles_with_their_columns() {
        navigate(ArticleListView.class);
        Grid<ArticleListItem> grid = grid();
        var tester = test(grid);
        assertThat(tester.size()).isGreaterThan(40);
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("title", "source", "country", "language", "status", "ingested");
        var first = tester.getRow(0);
        var second = tester.getRow(1);
        assertThat(first.ingestedAt()).isAfterOrEqualTo(second.ingestedAt());
        assertThat(tester.getCellText(0, 0)).isNotBlank();
    }

    @Test
    @WithUserDetails("editor")
    void the_grid_pages_through_all_articles_without_gaps_or_repeats() {
        navigate(ArticleListView.class);
        Grid<ArticleListItem> grid = grid();
        // ask the grid's data provider page by page, as the browser does while scrolling
        var ids = new java.util.ArrayList<Long>();
        for (int offset = 0; ; offset += 20) {
            var page = grid.getDataCommunicator().getDataProvider()
                    .fetch(new Query<>(offset, 20, null, null, null)).map(ArticleListItem::id).toList();
            ids.addAll(page);
            if (page.size() < 20) {
                break;
            }
        }
        assertThat(ids).hasSizeGreaterThan(40).doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails("reviewer")
    void filtering_by_status_and_country_narrows_the_grid_and_is_kept_in_the_url() {
        navigate(ArticleListView.class);
        Grid<ArticleListItem> grid = grid();
        int all = test(grid).size();

        @SuppressWarnings("unchecked")
        ComboBox<ArticleStatus> status = find(ComboBox.class).withLabel("Status").single();
        test(status).selectItem("Published");
        int published = test(grid).size();
        assertThat(published).isPositive().isLessThan(all);
        for (int i = 0; i < published; i++) {
            assertThat(test(grid).getRow(i).status()).isEqualTo(ArticleStatus.PUBLISHED);
        }

        @SuppressWarnings("unchecked")
        ComboBox<Country> country = find(ComboBox.class).withLabel("Country").single();
        test(country).selectItem("China (CN)");
        assertThat(test(grid).size()).isPositive().isLessThan(published);
        assertThat(test(grid).getRow(0).countryCode()).isEqualTo("CN");
        assertThat(QueryParameters.fromString(ArticleListView.toQuery(view().filter())).getParameters())
                .isEqualTo(Map.of("status", List.of("PUBLISHED"), "country", List.of("CN")));
    }

    @Test
    @WithUserDetails("editor")
    void filters_come_from_the_url() {
        navigate(ArticleListView.class);
        UI.getCurrent().navigate("articles", QueryParameters.simple(Map.of("status", "REJECTED", "country", "US")));
        assertThat(view().filter().status()).isEqualTo(ArticleStatus.REJECTED);
        assertThat(view().filter().countryCode()).isEqualTo("US");
        int rows = test(grid()).size();
        for (int i = 0; i < rows; i++) {
            assertThat(test(grid()).getRow(i).status()).isEqualTo(ArticleStatus.REJECTED);
            assertThat(test(grid()).getRow(i).countryCode()).isEqualTo("US");
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<ArticleListItem> grid() {
        return find(Grid.class).single();
    }

    private ArticleListView view() {
        return (ArticleListView) getCurrentView();
    }
}
