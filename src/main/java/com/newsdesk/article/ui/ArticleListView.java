package com.newsdesk.article.ui;

import java.io.Serial;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newsdesk.article.ArticleCursor;
import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleService;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.KeysetPager;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.source.Country;
import com.newsdesk.source.SourceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * All articles, newest first, filtered by status and country. The grid loads lazily through a keyset query, so
 * scrolling deep into millions of rows stays as fast as the first page. Filters are kept in the URL. A double click
 * or Enter opens the review editor.
 */
@Route(value = "articles", layout = MainLayout.class)
@PageTitle("Articles")
@Menu(title = "Articles", order = 10, icon = "vaadin:newspaper")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class ArticleListView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String STATUS_PARAM = "status";
    static final String COUNTRY_PARAM = "country";

    private final transient ArticleService articles;
    private final ComboBox<ArticleStatus> status = new ComboBox<>("Status");
    private final ComboBox<Country> country = new ComboBox<>("Country");
    private final Grid<ArticleListItem> grid = new Grid<>();
    private final KeysetPager<ArticleListItem, ArticleCursor> pager;
    private ArticleFilter filter = ArticleFilter.ALL;
    private boolean applyingUrl;
    private ArticleListItem focused;

    public ArticleListView(ArticleService articles, SourceService sources) {
        this.articles = articles;
        this.pager = new KeysetPager<>((after, skip, limit) -> this.articles.list(filter, after, skip, limit),
                ArticleListItem::cursor, ArticleService.MAX_PAGE);
        addClassName("nd-article-list");
        setSizeFull();

        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(ArticleStatus::label);
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any status");
        status.addValueChangeListener(e -> filterChanged());

        List<Country> countries = sources.countries();
        country.setItems(countries);
        country.setItemLabelGenerator(c -> c.name() + " (" + c.code() + ")");
        country.setClearButtonVisible(true);
        country.setPlaceholder("Any country");
        country.addValueChangeListener(e -> filterChanged());

        var filters = new HorizontalLayout(status, country);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("nd-filters");

        configureGrid();
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ArticleListItem::title).setHeader("Title").setKey("title").setFlexGrow(4)
                .setPartNameGenerator(item -> item.titleEnglish() ? null : "original-title")
                .setTooltipGenerator(item -> item.titleEnglish() ? item.title() : "Original title, not translated yet");
        grid.addColumn(ArticleListItem::sourceName).setHeader("Source").setKey("source").setFlexGrow(2);
        grid.addColumn(ArticleListItem::countryCode).setHeader("Country").setKey("country").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ArticleListItem::languageCode).setHeader("Language").setKey("language").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.status().label()).setHeader("Status").setKey("status").setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(item -> "status status-" + item.status().name().toLowerCase().replace('_', '-'));
        grid.addColumn(item -> UserTime.format(item.ingestedAt())).setHeader("Ingested").setKey("ingested")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText("No articles match these filters.");
        // open with a double click, or with Enter on the row that has the keyboard focus (arrows move it)
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
    }

    private void open(ArticleListItem item) {
        if (item != null) {
            getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class,
                    new RouteParameters("id", String.valueOf(item.id()))));
        }
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        filter = new ArticleFilter(status.getValue(), country.getValue() == null ? null : country.getValue().code());
        pager.reset();
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "articles?" + toQuery(filter)));
    }

    static String toQuery(ArticleFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            params.put(STATUS_PARAM, filter.status().name());
        }
        if (filter.countryCode() != null) {
            params.put(COUNTRY_PARAM, filter.countryCode());
        }
        return QueryParameters.simple(params).getQueryString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            status.setValue(params.getSingleParameter(STATUS_PARAM)
                    .flatMap(s -> Arrays.stream(ArticleStatus.values()).filter(v -> v.name().equals(s)).findFirst())
                    .orElse(null));
            String code = params.getSingleParameter(COUNTRY_PARAM).orElse(null);
            country.setValue(country.getListDataView().getItems()
                    .filter(c -> c.code().equals(code)).findFirst().orElse(null));
        } finally {
            applyingUrl = false;
        }
        filter = new ArticleFilter(status.getValue(), country.getValue() == null ? null : country.getValue().code());
        pager.reset();
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UserTime.detect(attachEvent.getUI(), () -> grid.getDataProvider().refreshAll());
    }

    ArticleFilter filter() {
        return filter;
    }
}
