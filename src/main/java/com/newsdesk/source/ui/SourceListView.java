package com.newsdesk.source.ui;

import java.io.Serial;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.source.SourceService;
import com.newsdesk.source.SourceSiteListItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The source sites Newsdesk reads, with where they are and when they were last fetched. */
@Route(value = "sources", layout = MainLayout.class)
@PageTitle("Source sites")
@Menu(title = "Source sites", order = 50, icon = "vaadin:globe")
@RolesAllowed(Roles.ADMIN)
public class SourceListView extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Grid<SourceSiteListItem> grid = new Grid<>();

    public SourceListView(SourceService sources) {
        addClassName("nd-source-list");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SourceSiteListItem::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(s -> s.countryName() + " (" + s.countryCode() + ")").setHeader("Country").setKey("country")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(SourceSiteListItem::languageName).setHeader("Language").setKey("language").setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(s -> s.active() ? "Active" : "Inactive").setHeader("Active").setKey("active")
                .setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(s -> s.active() ? "source-active" : "source-inactive");
        grid.addColumn(s -> s.lastFetchAt() == null ? "Never" : UserTime.format(s.lastFetchAt()))
                .setHeader("Last fetch").setKey("lastFetch").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(s -> s.lastError() == null ? null
                        : "Last error (" + s.consecutiveFailures() + " in a row): " + s.lastError());
        grid.setEmptyStateText("No source sites yet.");
        GridListDataView<SourceSiteListItem> data = grid.setItems(sources.sourceSites());

        var search = new TextField();
        search.setPlaceholder("Filter by name, country or language");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.setAriaLabel("Filter source sites");
        search.addValueChangeListener(e -> {
            String q = e.getValue().trim().toLowerCase();
            data.setFilter(s -> q.isEmpty() || s.name().toLowerCase().contains(q)
                    || s.countryName().toLowerCase().contains(q) || s.countryCode().equalsIgnoreCase(q)
                    || s.languageName().toLowerCase().contains(q));
        });

        add(search, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UserTime.detect(attachEvent.getUI(), () -> grid.getDataProvider().refreshAll());
    }
}
