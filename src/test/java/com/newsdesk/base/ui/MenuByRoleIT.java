package com.newsdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ui.ArticleListView;
import com.newsdesk.source.ui.SourceListView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each demo user, loaded from PostgreSQL, sees exactly the menu of their roles and lands on its first screen. */
@NewsdeskIntegrationTest
class MenuByRoleIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_the_articles_and_lands_there() {
        navigate("", ArticleListView.class);
        assertThat(menu()).containsExactly("Articles", "Features", "Takes worklist", "Stories");
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_sees_the_articles_and_lands_there() {
        navigate("", ArticleListView.class);
        assertThat(menu()).containsExactly("Articles", "Takes worklist", "Stories");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_source_sites_and_lands_there() {
        navigate("", SourceListView.class);
        assertThat(menu()).containsExactly("Source sites", "Countries & languages", "Glossary", "Feature lists",
                "API clients");
    }

    @Test
    @WithUserDetails("chief")
    void the_chief_with_all_roles_sees_everything() {
        navigate("", ArticleListView.class);
        assertThat(menu()).containsExactly("Articles", "Features", "Takes worklist", "Stories", "Source sites",
                "Countries & languages", "Glossary", "Feature lists", "API clients");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_the_source_sites_by_address() {
        assertThatThrownBy(() -> navigate(SourceListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(SourceListView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_open_the_articles_by_address() {
        assertThatThrownBy(() -> navigate(ArticleListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(ArticleListView.class);
    }

    @Test
    @WithUserDetails("editor")
    void an_unknown_address_shows_the_not_found_page_inside_the_layout() {
        NotFoundView view = navigate("no/such/page", NotFoundView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Page not found", "/no/such/page");
        assertThat(view.getParent()).hasValueSatisfying(p -> assertThat(p).isInstanceOf(MainLayout.class));
    }

    private List<String> menu() {
        SideNav nav = find(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
