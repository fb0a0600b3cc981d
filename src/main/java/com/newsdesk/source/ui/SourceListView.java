package com.newsdesk.source.ui;

import java.io.Serial;
import java.util.Comparator;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.source.SourceService;
import com.newsdesk.source.SourceSiteListItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The source sites Newsdesk reads: where they are, whether they are active or failing, their last successful fetch
 * and their articles of the last 7 days. A click, or Enter on the focused row, opens a source; Alt+N adds one.
 */
@Route(value = "sources", layout = MainLayout.class)
@PageTitle("Source sites")
@Menu(title = "Source sites", order = 50, icon = "vaadin:globe")
@RolesAllowed(Roles.ADMIN)
public class SourceListView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SourceService sources;
    private final Grid<SourceSiteListItem> grid = new Grid<>();
    private SerializablePredicate<SourceSiteListItem> filter = s -> true;
    private SourceSiteListItem focused;

    public SourceListView(SourceService sources) {
        this.sources = sources;
        addClassName("nd-source-list");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SourceSiteListItem::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(s -> s.countryName() + " (" + s.countryCode() + ")").setHeader("Country").setKey("country")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(SourceSiteListItem::languageName).setHeader("Language").setKey("language").setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(LitRenderer.<SourceSiteListItem>of(
                        "<span class=\"nd-source-chip nd-source-chip-${item.kind}\">${item.label}</span>")
                        .withProperty("kind", s -> s.status().name().toLowerCase())
                        .withProperty("label", s -> s.status().label()))
                .setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(SourceSiteListItem::status))
                .setTooltipGenerator(SourceListView::statusTooltip);
        grid.addColumn(s -> s.lastSuccessAt() == null ? "Never" : UserTime.format(s.lastSuccessAt()))
                .setHeader("Last success").setKey("lastSuccess").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(SourceSiteListItem::lastSuccessAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(s -> s.lastFetchAt() == null ? "Never" : UserTime.format(s.lastFetchAt()))
                .setHeader("Last fetch").setKey("lastFetch").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(SourceSiteListItem::lastFetchAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(SourceSiteListItem::articlesLast7Days).setHeader("Articles, 7 days").setKey("articles7d")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setTooltipGenerator(s -> "Articles ingested from this source in the last 7 days");
        grid.setEmptyStateText("No source sites yet. Add one with \"New source…\".");
        // a click opens the source, and so does Enter on the row that has the keyboard focus (arrows move it)
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
        grid.setSizeFull();

        var search = new TextField();
        search.setPlaceholder("Filter by name, country, language or status");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.setAriaLabel("Filter source sites");
        search.addValueChangeListener(e -> {
            String q = e.getValue().trim().toLowerCase();
            filter = s -> q.isEmpty() || s.name().toLowerCase().contains(q)
                    || s.countryName().toLowerCase().contains(q) || s.countryCode().equalsIgnoreCase(q)
                    || s.languageName().toLowerCase().contains(q) || s.status().label().equalsIgnoreCase(q);
            grid.getListDataView().setFilter(filter);
        });

        var create = new Button("New source…", VaadinIcon.PLUS.create(), e -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setTooltipText("New source (Alt+N)");
        Shortcuts.addShortcutListener(this, this::openNew, Key.KEY_N, KeyModifier.ALT);

        var bar = new HorizontalLayout(search, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.addClassName("nd-source-bar");

        add(bar, grid);
        setFlexGrow(1, grid);
    }

    /** Read afresh on every visit, also when the list is open already (the menu, or a reload). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(sources.sourceSites()).setFilter(filter);
    }

    private static String statusTooltip(SourceSiteListItem s) {
        return switch (s.status()) {
            case FAILING -> s.consecutiveFailures() + (s.consecutiveFailures() == 1 ? " fetch" : " fetches")
                    + " in a row read no feed." + (s.lastError() == null ? "" : " Last error: " + s.lastError());
            case ACTIVE -> s.lastError() == null ? "Fetched on schedule" : "Fetched on schedule; last error: "
                    + s.lastError();
            case INACTIVE -> "Not fetched any more; its articles stay";
        };
    }

    private void open(SourceSiteListItem item) {
        if (item != null) {
            getUI().ifPresent(ui -> ui.navigate(SourceDetailView.class,
                    new RouteParameters("id", String.valueOf(item.id()))));
        }
    }

    private void openNew() {
        getUI().ifPresent(ui -> ui.navigate("sources/new"));
    }

    Grid<SourceSiteListItem> grid() {
        return grid;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UserTime.detect(attachEvent.getUI(), () -> grid.getDataProvider().refreshAll());
    }
}
