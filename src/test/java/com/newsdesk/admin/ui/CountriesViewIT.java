package com.newsdesk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.admin.PrivateUseCodes;
import com.newsdesk.admin.ReferenceDataService;
import com.newsdesk.admin.TextDirection;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Changes only private-use codes (QS, qaf), so that the demo's countries and languages stay as other tests expect. */
@NewsdeskIntegrationTest
class CountriesViewIT extends SpringBrowserlessTest {

    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    @AfterEach
    void removePrivateUseCodes() {
        PrivateUseCodes.removeAll(dsl);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_adds_and_renames_a_country() {
        var view = navigate(CountriesView.class);
        int before = test(view.countryGrid()).size();
        assertThat(before).isGreaterThanOrEqualTo(50);

        test(find(Button.class).withText("Add country…").single()).click();
        var add = find(CountryDialog.class).single();
        test(find(TextField.class, add).withLabel("Code").single()).setValue("qs");
        test(find(TextField.class, add).withLabel("Name").single()).setValue("Quasarland");
        test(find(Button.class, add).withText("Add").single()).click();
        assertThat(find(CountryDialog.class).exists()).isFalse();
        assertThat(test(view.countryGrid()).size()).isEqualTo(before + 1);

        test(view.countryFilter()).setValue("quasar");
        assertThat(test(view.countryGrid()).size()).isEqualTo(1);
        test(view.countryGrid()).doubleClickRow(0);
        var rename = find(CountryDialog.class).single();
        var name = find(TextField.class, rename).withLabel("Name").single();
        assertThat(name.getValue()).isEqualTo("Quasarland");
        assertThat(find(TextField.class, rename).withLabel("Code").single().isReadOnly()).isTrue();

        test(name).setValue("Japan");
        test(find(Button.class, rename).withText("Save").single()).click();
        assertThat(find(CountryDialog.class).exists()).as("a refused save keeps the dialog").isTrue();
        assertThat(find(FormError.class, rename).single().getText())
                .isEqualTo("Another country is already called \"Japan\".");

        test(name).setValue("Quasar Republic");
        test(find(Button.class, rename).withText("Save").single()).click();
        assertThat(find(CountryDialog.class).exists()).isFalse();
        assertThat(test(view.countryGrid()).getRow(0).name()).isEqualTo("Quasar Republic");
        assertThat(referenceData.countries()).anyMatch(c -> c.code().equals("QS") && c.name().equals("Quasar Republic"));
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_switches_a_languages_direction_and_sees_a_sample() {
        referenceData.addLanguage("qaf", "Quasarish", TextDirection.LTR);
        var view = navigate(CountriesView.class);
        test(view.tabs()).select("Languages");
        // the tab sheet shows the selected content just before it answers the browser
        roundTrip();
        Grid<com.newsdesk.admin.LanguageListItem> grid = view.languageGrid();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).code().equals("qaf"))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, test(grid).getColumnPosition("direction"))).isEqualTo("Left to right");

        test(grid).doubleClickRow(row);
        var dialog = find(LanguageDialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TextDirection> direction = find(RadioButtonGroup.class, dialog).single();
        var sample = find(Div.class, dialog).withText(LanguageDialog.SAMPLE).single();
        assertThat(sample.getElement().getAttribute("dir")).isEqualTo("ltr");
        test(direction).selectItem("Right to left");
        assertThat(sample.getElement().getAttribute("dir")).isEqualTo("rtl");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(find(LanguageDialog.class).exists()).isFalse();
        row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).code().equals("qaf"))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, test(grid).getColumnPosition("direction"))).isEqualTo("Right to left");
        assertThat(referenceData.languages()).anyMatch(l -> l.code().equals("qaf") && l.direction() == TextDirection.RTL);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_countries_and_languages() {
        assertThatThrownBy(() -> navigate(CountriesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(CountriesView.class);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_open_countries_and_languages() {
        assertThatThrownBy(() -> navigate(CountriesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(CountriesView.class);
    }
}
