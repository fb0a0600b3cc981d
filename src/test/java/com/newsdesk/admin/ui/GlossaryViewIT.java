package com.newsdesk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.admin.GlossaryTerm;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class GlossaryViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void an_admin_adds_a_term_through_the_dialog() {
        var view = navigate(GlossaryView.class);
        int before = test(view.grid()).size();

        test(find(Button.class).withText("Add term").single()).click();
        var dialog = find(GlossaryTermDialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<com.newsdesk.source.Option> language = find(ComboBox.class, dialog).withLabel("Language").single();
        test(language).selectItem("Russian");
        test(find(TextField.class, dialog).withLabel("Source term").single()).setValue("Госдума");
        test(find(TextField.class, dialog).withLabel("English term").single()).setValue("State Duma");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(test(view.grid()).size()).isEqualTo(before + 1);
        assertThat(view.grid().getListDataView().getItems().map(GlossaryTerm::englishTerm)).contains("State Duma");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_the_glossary() {
        assertThatThrownBy(() -> navigate(GlossaryView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
