package com.newsdesk.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.source.SourceSiteListItem;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class SourceListViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_every_source_site_and_can_narrow_the_list() {
        navigate(SourceListView.class);
        @SuppressWarnings("unchecked")
        Grid<SourceSiteListItem> grid = find(Grid.class).single();
        int all = test(grid).size();
        assertThat(all).isGreaterThanOrEqualTo(20);
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("name", "country", "language", "status", "lastSuccess", "lastFetch", "articles7d");
        for (int i = 0; i < all; i++) {
            if (test(grid).getRow(i).lastSuccessAt() == null) {
                assertThat(test(grid).getCellText(i, 4)).isEqualTo("Never");
                break;
            }
        }

        test(find(TextField.class).single()).setValue("Japan");
        int japanese = test(grid).size();
        assertThat(japanese).isPositive().isLessThan(all);
        for (int i = 0; i < japanese; i++) {
            assertThat(test(grid).getRow(i).countryCode()).isEqualTo("JP");
        }
    }
}
