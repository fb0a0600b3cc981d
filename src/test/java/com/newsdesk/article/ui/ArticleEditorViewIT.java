package com.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.DraftService;
import com.newsdesk.article.TestArticles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class ArticleEditorViewIT extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    DraftService drafts;

    @Test
    @WithUserDetails("editor")
    void an_editor_edits_a_paragraph_saves_and_approves_with_the_keyboard() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        var view = navigate("articles/" + id, ArticleEditorView.class);
        assertThat(view.article().status()).isEqualTo(ArticleStatus.TRANSLATED);

        var second = find(TextArea.class).all().get(2); // title, first paragraph, second paragraph
        test(second).setValue("Second paragraph, corrected.");
        assertThat(view.dirty()).isTrue();
        test(find(Button.class).withText("Save").single()).click();
        assertThat(view.dirty()).isFalse();
        assertThat(view.article().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(view.article().paragraphEdited()).containsExactly(false, true);

        fireShortcut(Key.ENTER, KeyModifier.CONTROL);
        assertThat(view.article().status()).isEqualTo(ArticleStatus.APPROVED);

        fireShortcut(Key.KEY_H, KeyModifier.ALT);
        HistoryDialog history = find(HistoryDialog.class).single();
        assertThat(history.revisions().getValue().number()).isEqualTo(1);
        assertThat(history.diff().getChildren().map(c -> c.getElement().getText() + "|"
                + c.getElement().getAttribute("class")).toList())
                .contains("paragraph.|nd-removed", "paragraph, corrected.|nd-added");
    }

    @Test
    @WithUserDetails("editor")
    void translation_warnings_show_and_approving_over_them_asks_first() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "JP");
        var view = navigate("articles/" + id, ArticleEditorView.class);
        assertThat(view.checks().open()).isEmpty();

        test(find(TextArea.class).all().get(1)).setValue("First paragraph, with 정하윤 left in.");
        fireShortcut(Key.KEY_K, KeyModifier.ALT);
        assertThat(view.checks().open()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("정하윤"));

        test(find(Button.class).withText("Approve").single()).click();
        assertThat(find(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(view.article().status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_who_else_has_the_article_open() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "FR");
        dsl.insertInto(com.newsdesk.jooq.Tables.ARTICLE_PRESENCE)
                .set(com.newsdesk.jooq.Tables.ARTICLE_PRESENCE.ARTICLE_ID, id)
                .set(com.newsdesk.jooq.Tables.ARTICLE_PRESENCE.USERNAME, "chief").execute();
        var view = navigate("articles/" + id, ArticleEditorView.class);
        assertThat(view.presenceBanner().isVisible()).isTrue();
        assertThat(view.presenceBanner().getElement().getTextRecursively()).contains("Being edited by chief");
        assertThat(dsl.fetchExists(com.newsdesk.jooq.Tables.ARTICLE_PRESENCE,
                com.newsdesk.jooq.Tables.ARTICLE_PRESENCE.ARTICLE_ID.eq(id)
                        .and(com.newsdesk.jooq.Tables.ARTICLE_PRESENCE.USERNAME.eq("editor")))).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void typing_keeps_a_draft_on_the_server() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "ES");
        navigate("articles/" + id, ArticleEditorView.class);
        test(find(TextArea.class).all().get(1)).setValue("Typed before the tab closed.");
        assertThat(drafts.find(id)).hasValueSatisfying(d ->
                assertThat(d.paragraphs()).first().isEqualTo("Typed before the tab closed."));
    }

    @Test
    @WithUserDetails("editor")
    void a_draft_left_by_a_closed_tab_is_offered_back_and_saved() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "ES");
        int version = version(id);
        drafts.keep(id, version, "Machine title", List.of("Typed before the tab closed.", "Second paragraph."));

        var view = navigate("articles/" + id, ArticleEditorView.class);
        assertThat(view.draftBanner().isVisible()).isTrue();
        test(find(Button.class).withText("Restore it").single()).click();
        assertThat(find(TextArea.class).all().get(1).getValue()).isEqualTo("Typed before the tab closed.");
        assertThat(view.dirty()).isTrue();

        test(find(Button.class).withText("Save").single()).click();
        assertThat(view.article().paragraphs().getFirst()).contains("Typed before the tab closed.");
        assertThat(drafts.find(id)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_restored_draft_never_overwrites_a_save_made_after_it() {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "PT");
        int version = version(id);
        drafts.keep(id, version, "Old draft title", List.of("Old draft text.", "Second paragraph."));
        // someone saves after the draft was typed
        dsl.update(com.newsdesk.jooq.Tables.ARTICLE).set(com.newsdesk.jooq.Tables.ARTICLE.TITLE, "Newer title")
                .set(com.newsdesk.jooq.Tables.ARTICLE.VERSION, version + 1)
                .where(com.newsdesk.jooq.Tables.ARTICLE.ID.eq(id)).execute();

        var view = navigate("articles/" + id, ArticleEditorView.class);
        test(find(Button.class).withText("Restore it").single()).click();
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(dsl.select(com.newsdesk.jooq.Tables.ARTICLE.TITLE).from(com.newsdesk.jooq.Tables.ARTICLE)
                .where(com.newsdesk.jooq.Tables.ARTICLE.ID.eq(id)).fetchSingle().value1()).isEqualTo("Newer title");
        assertThat(view.dirty()).isTrue();
    }

    private int version(long id) {
        return dsl.select(com.newsdesk.jooq.Tables.ARTICLE.VERSION).from(com.newsdesk.jooq.Tables.ARTICLE)
                .where(com.newsdesk.jooq.Tables.ARTICLE.ID.eq(id)).fetchSingle().value1();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_sees_the_article_read_only_without_actions() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "SA");
        var view = navigate("articles/" + id, ArticleEditorView.class);
        assertThat(view.article().rightToLeft()).isTrue();
        assertThat(find(TextArea.class).all()).hasSize(3).allMatch(TextArea::isReadOnly);
        assertThat(find(Button.class).all()).extracting(Button::getText)
                .doesNotContain("Save", "Approve", "Claim", "Reject…");
        assertThat(view.getElement().getOuterHTML()).contains("dir=\"rtl\"");
    }

    @Test
    @WithUserDetails("editor")
    void script_in_an_original_never_reaches_the_editors_browser() {
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        dsl.update(com.newsdesk.jooq.Tables.ARTICLE)
                .set(com.newsdesk.jooq.Tables.ARTICLE.ORIGINAL_BODY,
                        "<p>本文<script>alert(1)</script><img src=x onerror=alert(2)></p><p onclick=\"alert(3)\">二</p>")
                .where(com.newsdesk.jooq.Tables.ARTICLE.ID.eq(id)).execute();
        var view = navigate("articles/" + id, ArticleEditorView.class);
        String html = view.getElement().getOuterHTML();
        assertThat(html).contains("本文").doesNotContain("<script", "onerror", "onclick", "alert(");
    }

    @Test
    @WithUserDetails("editor")
    void an_unknown_article_shows_the_not_found_page() {
        navigate("articles/999999999", com.newsdesk.base.ui.NotFoundView.class);
    }
}
