package com.newsdesk.feature.ui;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.FEATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.TestArticles;
import com.newsdesk.article.ui.ArticleEditorView;
import com.newsdesk.delivery.ui.PreviewView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The publishing screens by role: editors publish and curate, reviewers see the preview and nothing more. */
@NewsdeskIntegrationTest
class PublishingViewsIT extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_open_the_features_screen_nor_publish_from_the_editor() {
        assertThatThrownBy(() -> navigate(FeaturesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(FeaturesView.class);

        long id = approved();
        navigate("articles/" + id, ArticleEditorView.class);
        assertThat(find(Button.class).withText("Publish").all()).isEmpty();
        assertThat(find(Button.class).withText("Schedule…").all()).isEmpty();
        assertThat(find(Button.class).withText("Preview").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_publishes_from_the_editor_and_sees_the_checklist_and_the_preview() {
        long id = approved();
        navigate("articles/" + id, ArticleEditorView.class);
        var publish = find(Button.class).withText("Publish").single();
        assertThat(publish.getTooltip().getText()).contains("Alt+P");
        assertThat(find(Button.class).withText("Schedule…").single().getTooltip().getText()).contains("Alt+L");
        test(publish).click();
        // the checklist warns (no alternative takes): the editor confirms
        var confirm = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(dsl.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1())
                .isEqualTo("PUBLISHED");
        assertThat(find(Button.class).withText("Unpublish…").single().getTooltip().getText()).contains("Alt+U");

        navigate("articles/" + id + "/preview", PreviewView.class);
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Machine title");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Translated from Korean · originally published by "));
        assertThat(find(ListItem.class).all()).isEmpty(); // no takes, no box
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_opens_the_features_screen_with_the_three_lists() {
        var view = navigate(FeaturesView.class);
        assertThat(view.grid()).isNotNull();
        assertThat(find(com.vaadin.flow.component.tabs.Tab.class).all())
                .extracting(com.vaadin.flow.component.tabs.Tab::getLabel)
                .contains("Don't Miss", "Top Stories", "Editor's Picks");
    }

    @Test
    @WithUserDetails("editor")
    void a_list_deleted_while_the_features_screen_is_open_is_reported_and_the_others_stay_usable() {
        String name = "Gone soon " + System.nanoTime();
        long gone = dsl.insertInto(FEATURE, FEATURE.CODE, FEATURE.NAME, FEATURE.MAX_ENTRIES)
                .values("gone-" + System.nanoTime(), name, 5).returning(FEATURE.ID).fetchSingle().getId();
        var view = navigate(FeaturesView.class);
        var tabs = find(Tabs.class).single();
        var labels = find(Tab.class).all().stream().map(Tab::getLabel).toList();
        tabs.setSelectedIndex(labels.indexOf(name));
        assertThat(find(Span.class).withClassName("nd-feature-rules").single().getText()).startsWith(name + ":");

        dsl.deleteFrom(FEATURE).where(FEATURE.ID.eq(gone)).execute();
        test(view.articleField()).setFilter("summit");
        assertThat(test(view.articleField()).getSuggestionItems()).isEmpty();
        roundTrip();

        assertThat(find(Tab.class).all()).extracting(Tab::getLabel).doesNotContain(name).contains("Don't Miss");
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anyMatch(t -> t.contains(name + " was deleted by an administrator"));
        assertThat(find(Span.class).withClassName("nd-feature-rules").single().getText())
                .doesNotStartWith(name).contains("of at most");
        test(view.articleField()).setFilter("summit"); // searching the list now shown works
        test(view.articleField()).getSuggestionItems();
        roundTrip();
        assertThat(find(Notification.class).all()).hasSize(1);
    }

    private long approved() {
        long id = TestArticles.create(dsl, ArticleStatus.APPROVED, "KR");
        dsl.update(ARTICLE).set(ARTICLE.TITLE, "Machine title").set(ARTICLE.BODY, ARTICLE.MT_BODY)
                .where(ARTICLE.ID.eq(id)).execute();
        return id;
    }
}
