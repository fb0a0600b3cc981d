package com.newsdesk.admin.ui;

import java.io.Serial;

import com.newsdesk.admin.CountryListItem;
import com.newsdesk.admin.LanguageListItem;
import com.newsdesk.admin.ReferenceDataService;
import com.newsdesk.admin.TextDirection;
import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The countries and languages Newsdesk covers: names, each language's text direction, and new ones. */
@Route(value = "admin/countries", layout = MainLayout.class)
@PageTitle("Countries & languages")
@Menu(title = "Countries & languages", order = 55, icon = "vaadin:flag")
@RolesAllowed(Roles.ADMIN)
public class CountriesView extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ReferenceDataService referenceData;
    private final Grid<CountryListItem> countries = new Grid<>();
    private final Grid<LanguageListItem> languages = new Grid<>();
    private final TextField countryFilter = new TextField();
    private final TabSheet tabs = new TabSheet();

    public CountriesView(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
        addClassName("nd-countries");
        setSizeFull();

        tabs.add("Countries", countriesTab());
        tabs.add("Languages", languagesTab());
        tabs.setSizeFull();
        add(tabs);
        refreshCountries();
        refreshLanguages();
    }

    private VerticalLayout countriesTab() {
        countryFilter.setPlaceholder("Filter by name, code or language");
        countryFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        countryFilter.setClearButtonVisible(true);
        countryFilter.setValueChangeMode(ValueChangeMode.LAZY);
        countryFilter.setWidth("24rem");
        countryFilter.setAriaLabel("Filter countries");
        countryFilter.addValueChangeListener(e -> applyCountryFilter());

        var add = new Button("Add country…", VaadinIcon.PLUS.create(), e -> editCountry(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(countryFilter, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        countries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        countries.addColumn(CountryListItem::code).setHeader("Code").setKey("code").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        countries.addColumn(CountryListItem::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
        countries.addColumn(c -> c.languageCode() == null ? "—" : c.languageName() + " (" + c.languageCode() + ")")
                .setHeader("Usual language").setKey("language").setSortable(true).setFlexGrow(2);
        countries.addComponentColumn(c -> {
            var edit = new Button("Rename…", e -> editCountry(c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Rename " + c.name());
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        countries.addItemDoubleClickListener(e -> editCountry(e.getItem()));
        countries.setEmptyStateText("No countries yet. Add the first one the app covers.");
        countries.setSizeFull();

        var layout = new VerticalLayout(bar, countries);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.setFlexGrow(1, countries);
        return layout;
    }

    private VerticalLayout languagesTab() {
        var add = new Button("Add language…", VaadinIcon.PLUS.create(), e -> editLanguage(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        languages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        languages.addColumn(LanguageListItem::code).setHeader("Code").setKey("code").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        languages.addColumn(LanguageListItem::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
        languages.addColumn(l -> l.direction().label()).setHeader("Text direction").setKey("direction")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(l -> l.direction() == TextDirection.RTL ? "status-translated" : null);
        languages.addComponentColumn(l -> {
            var edit = new Button("Edit…", e -> editLanguage(l));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit " + l.name());
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        languages.addItemDoubleClickListener(e -> editLanguage(e.getItem()));
        languages.setEmptyStateText("No languages yet. Add the languages your sources publish in.");
        languages.setSizeFull();

        var layout = new VerticalLayout(add, languages);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.setFlexGrow(1, languages);
        return layout;
    }

    private void editCountry(CountryListItem country) {
        new CountryDialog(country, referenceData.languages(), changed -> {
            CountryListItem saved = country == null
                    ? referenceData.addCountry(changed.code(), changed.name(), changed.languageCode())
                    : referenceData.renameCountry(country.code(), changed.name());
            refreshCountries();
            show(country == null ? saved.name() + " added." : "Saved: " + saved.name() + ".");
        }).open();
    }

    private void editLanguage(LanguageListItem language) {
        new LanguageDialog(language, changed -> {
            LanguageListItem saved = language == null
                    ? referenceData.addLanguage(changed.code(), changed.name(), changed.direction())
                    : referenceData.updateLanguage(language.code(), changed.name(), changed.direction());
            refreshLanguages();
            // a country shows its language's name
            refreshCountries();
            show(language == null ? saved.name() + " added." : "Saved: " + saved.name() + ".");
        }).open();
    }

    private void refreshCountries() {
        countries.setItems(referenceData.countries());
        applyCountryFilter();
    }

    private void refreshLanguages() {
        languages.setItems(referenceData.languages());
    }

    private void applyCountryFilter() {
        String q = countryFilter.getValue().strip().toLowerCase();
        GridListDataView<CountryListItem> data = countries.getListDataView();
        data.setFilter(c -> q.isEmpty() || c.name().toLowerCase().contains(q) || c.code().equalsIgnoreCase(q)
                || (c.languageName() != null && c.languageName().toLowerCase().contains(q)));
    }

    private static void show(String message) {
        var n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    Grid<CountryListItem> countryGrid() {
        return countries;
    }

    Grid<LanguageListItem> languageGrid() {
        return languages;
    }

    TextField countryFilter() {
        return countryFilter;
    }

    TabSheet tabs() {
        return tabs;
    }
}
