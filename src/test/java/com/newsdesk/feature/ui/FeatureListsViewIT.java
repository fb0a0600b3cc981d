package com.newsdesk.feature.ui;

import static com.newsdesk.jooq.Tables.FEATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.feature.FeatureListItem;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class FeatureListsViewIT extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_list_after_a_refused_save_that_kept_what_was_typed_then_deletes_it() {
        var view = navigate(FeatureListsView.class);
        int before = test(view.grid()).size();
        assertThat(view.grid().getListDataView().getItems().map(FeatureListItem::code))
                .contains("dont-miss", "top-stories", "editors-picks");

        test(find(Button.class).withText("New feature list…").single()).click();
        var dialog = find(FeatureListDialog.class).single();
        String code = "v-" + UUID.randomUUID().toString().substring(0, 8);
        test(find(TextField.class, dialog).withLabel("Code").single()).setValue("Bad Code");
        test(find(TextField.class, dialog).withLabel("Name").single()).setValue("Elections " + code);
        test(find(TextArea.class, dialog).withLabel("Description").single()).setValue("Votes around the world");
        test(find(IntegerField.class, dialog).withLabel("Maximum length").single()).setValue(12);
        test(find(Button.class, dialog).withText("Create").single()).click();

        // refused: the dialog stays open, the code is marked with the reason, nothing typed is lost
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).contains("lower-case letters");
        assertThat(dialog.name.getValue()).isEqualTo("Elections " + code);
        assertThat(dialog.description.getValue()).isEqualTo("Votes around the world");
        assertThat(dialog.maxEntries.getValue()).isEqualTo(12);
        assertThat(test(view.grid()).size()).isEqualTo(before);

        test(dialog.code).setValue(code);
        test(find(Button.class, dialog).withText("Create").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.grid()).size()).isEqualTo(before + 1);
        assertThat(dsl.select(FEATURE.MAX_ENTRIES).from(FEATURE).where(FEATURE.CODE.eq(code)).fetchSingle().value1())
                .isEqualTo(12);

        assertThat(find(Button.class, actions(view, "top-stories")).withText("Delete…").single().isEnabled())
                .as("the app's lists cannot be deleted").isFalse();
        test(find(Button.class, actions(view, code)).withText("Delete…").single()).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).contains("Elections " + code);
        test(confirm).confirm();
        assertThat(test(view.grid()).size()).isEqualTo(before);
        assertThat(dsl.fetchCount(FEATURE, FEATURE.CODE.eq(code))).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void lowering_a_maximum_below_the_entries_is_refused_next_to_the_field() {
        String code = "w-" + UUID.randomUUID().toString().substring(0, 8);
        long id = dsl.insertInto(FEATURE).set(FEATURE.CODE, code).set(FEATURE.NAME, "Full " + code)
                .set(FEATURE.MAX_ENTRIES, 2).returning(FEATURE.ID).fetchSingle(FEATURE.ID);
        dsl.execute("INSERT INTO feature_entry (feature_id, article_id, position) "
                + "SELECT ?, id, row_number() OVER (ORDER BY id) - 1 FROM article WHERE status = 'PUBLISHED' "
                + "ORDER BY id LIMIT 2", id);
        var view = navigate(FeatureListsView.class);
        var item = view.grid().getListDataView().getItems().filter(i -> i.id() == id).findFirst().orElseThrow();
        assertThat(item.entries()).isEqualTo(2);
        test(find(Button.class, actions(view, code)).withText("Edit").single()).click();

        var dialog = find(FeatureListDialog.class).single();
        assertThat(dialog.code.isReadOnly()).isTrue();
        test(dialog.maxEntries).setValue(1);
        test(find(Button.class, dialog).withText("Save").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.maxEntries.isInvalid()).isTrue();
        assertThat(dialog.maxEntries.getErrorMessage()).contains("holds 2 articles");
        assertThat(dsl.select(FEATURE.MAX_ENTRIES).from(FEATURE).where(FEATURE.ID.eq(id)).fetchSingle().value1())
                .isEqualTo(2);
    }

    private HorizontalLayout actions(FeatureListsView view, String code) {
        int row = view.grid().getListDataView().getItems().map(FeatureListItem::code).toList().indexOf(code);
        assertThat(row).as(code + " is listed").isNotNegative();
        return (HorizontalLayout) test(view.grid()).getCellComponent(row, "actions");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_the_feature_list_definitions() {
        assertThatThrownBy(() -> navigate(FeatureListsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(FeatureListsView.class);
    }
}
