package com.newsdesk.article.ui;

import java.io.Serial;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.newsdesk.article.ArticleBulkService;
import com.newsdesk.article.ArticleChanges;
import com.newsdesk.article.ArticleCursor;
import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleService;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.SavedFilter;
import com.newsdesk.article.SavedFilterService;
import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.KeysetPager;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.source.Country;
import com.newsdesk.source.Option;
import com.newsdesk.source.SourceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The articles and the editors' review queue, newest first: by default an editor sees what waits for review
 * (translated and in review). Filters for status, country, source, language and ingestion dates are kept in the
 * URL, so a filtered list can be bookmarked and shared. The grid loads lazily through a keyset query, so scrolling
 * deep into millions of rows stays as fast as the first page. A double click or Enter opens the review editor.
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
    static final String SOURCE_PARAM = "source";
    static final String LANGUAGE_PARAM = "language";
    static final String FROM_PARAM = "from";
    static final String TO_PARAM = "to";
    static final String TEXT_PARAM = "q";
    static final String ORDER_PARAM = "order";
    /** {@code status=all}: every status, also for an editor whose default is the queue. */
    static final String ALL = "all";

    /** Turns j and k pressed in the grid into the arrow keys the grid already understands. */
    private static final String MOVE_WITH_J_AND_K = """
            this.addEventListener('keydown', e => {
              if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'j' && e.key !== 'k')) return;
              const target = e.composedPath()[0];
              if (target.localName === 'input' || target.localName === 'textarea') return;
              e.preventDefault();
              e.stopPropagation();
              target.dispatchEvent(new KeyboardEvent('keydown',
                  {key: e.key === 'j' ? 'ArrowDown' : 'ArrowUp', bubbles: true, composed: true}));
            });
            """;

    /** One document-wide listener (replaced, not added, on every visit): "/" outside a field focuses the search. */
    private static final String SLASH_FOCUSES_SEARCH = """
            const field = this;
            if (window.__ndSlash) document.removeEventListener('keydown', window.__ndSlash);
            window.__ndSlash = e => {
              if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !field.isConnected) return;
              const target = e.composedPath()[0];
              if (target && (target.localName === 'input' || target.localName === 'textarea'
                  || target.isContentEditable)) return;
              e.preventDefault();
              field.focus();
            };
            document.addEventListener('keydown', window.__ndSlash);
            """;

    private final transient ArticleService articles;
    private final transient ArticleChanges changes;
    private final transient SavedFilterService savedFilters;
    private final ComboBox<SavedFilter> saved = new ComboBox<>("Saved filters");
    private transient AutoCloseable subscription;
    private final boolean editor;
    private final MultiSelectComboBox<ArticleStatus> status = new MultiSelectComboBox<>("Status");
    private final ComboBox<Country> country = new ComboBox<>("Country");
    private final ComboBox<Option> source = new ComboBox<>("Source");
    private final ComboBox<Option> language = new ComboBox<>("Language");
    private final DatePicker from = new DatePicker("Ingested from");
    private final DatePicker to = new DatePicker("to");
    private final TextField search = new TextField("Search");
    private final Select<ArticleFilter.Order> order = new Select<>();
    private final Grid<ArticleListItem> grid = new Grid<>();
    private final Div counts = new Div();
    private final BulkActions bulkActions;
    private final KeysetPager<ArticleListItem, ArticleCursor> pager;
    private ArticleFilter filter = ArticleFilter.ALL;
    private boolean applyingUrl;
    private ArticleListItem focused;

    public ArticleListView(ArticleService articles, SourceService sources, AuthenticationContext authentication,
                           ArticleChanges changes, SavedFilterService savedFilters, ArticleBulkService bulk) {
        this.articles = articles;
        this.bulkActions = new BulkActions(bulk, () -> grid.deselectAll(), this::reload);
        this.savedFilters = savedFilters;
        this.changes = changes;
        this.editor = authentication.hasRole(Roles.EDITOR);
        this.pager = new KeysetPager<>((after, skip, limit) -> this.articles.list(filter, after, skip, limit),
                item -> item.cursor(filter.order()), ArticleService.MAX_PAGE);
        addClassName("nd-article-list");
        setSizeFull();

        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(ArticleStatus::label);
        status.setPlaceholder("Any status");
        status.setClearButtonVisible(true);
        status.setWidth("22rem");
        country.setItems(sources.countries());
        country.setItemLabelGenerator(c -> c.name() + " (" + c.code() + ")");
        country.setPlaceholder("Any country");
        source.setItems(sources.sourceOptions());
        source.setItemLabelGenerator(Option::label);
        source.setPlaceholder("Any source");
        language.setItems(sources.languageOptions());
        language.setItemLabelGenerator(Option::label);
        language.setPlaceholder("Any language");
        for (var box : List.of(country, source, language)) {
            box.setClearButtonVisible(true);
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        for (var box : List.of(country, source, language)) {
            box.setWidth("12rem");
        }
        from.setWidth("10rem");
        to.setWidth("10rem");
        search.setPlaceholder("English or original text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(ArticleFilter.MAX_TEXT);
        search.setWidth("16rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setTooltipText("Words in the English (stemmed: \"elections\" finds \"election\"; \"quotes\" for a phrase,"
                + " -word to exclude), in the original in any script, or part of a title. Shortcut: /");
        search.setAriaLabel("Search articles");
        order.setLabel("Newest by");
        order.setItems(ArticleFilter.Order.values());
        order.setItemLabelGenerator(ArticleFilter.Order::label);
        order.setValue(ArticleFilter.Order.INGESTED);
        order.setWidth("13rem");
        search.addValueChangeListener(e -> filterChanged());
        order.addValueChangeListener(e -> filterChanged());
        // "/" jumps to the search field, as in most web apps, unless it is typed into a field
        search.getElement().executeJs(SLASH_FOCUSES_SEARCH);
        status.addValueChangeListener(e -> filterChanged());
        country.addValueChangeListener(e -> filterChanged());
        source.addValueChangeListener(e -> filterChanged());
        language.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());

        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setPlaceholder("Choose…");
        saved.setWidth("12rem");
        saved.setItems(savedFilters.mine());
        saved.addValueChangeListener(e -> {
            if (!applyingUrl && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("articles", QueryParameters.fromString(e.getValue().query())));
            }
        });
        var save = new Button("Save filter…", e -> askName());
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var forget = new Button("Forget", e -> {
            if (saved.getValue() != null) {
                savedFilters.delete(saved.getValue().id());
                saved.setItems(savedFilters.mine());
            }
        });
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        forget.setTooltipText("Forget the chosen saved filter");

        var filters = new HorizontalLayout(search, status, country, source, language, from, to, order, saved, save,
                forget);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("nd-filters");

        counts.addClassName("nd-counts");
        configureGrid();
        add(filters, counts, bulkActions, grid);
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
        grid.addColumn(item -> UserTime.format(item.publishedAt())).setHeader("Published").setKey("published")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(item -> "When the source published it");
        grid.addColumn(item -> UserTime.format(item.ingestedAt())).setHeader("Ingested").setKey("ingested")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText("No articles match these filters. Clear a filter or the search to see more.");
        if (editor) {
            // editors select articles for bulk claim and reject
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.asMultiSelect().addValueChangeListener(e -> bulkActions.select(e.getValue()));
        }
        // open with a double click, or with Enter on the row that has the keyboard focus (arrows move it)
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        // j and k move the keyboard focus down and up a row, as the arrow keys do
        grid.getElement().executeJs(MOVE_WITH_J_AND_K);
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream())
                .setIdentifierProvider(ArticleListItem::id);
        grid.setSizeFull();
    }

    private void askName() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Save this filter");
        var name = new TextField("Name");
        name.setMaxLength(100);
        name.setRequired(true);
        dialog.add(name);
        var ok = new Button("Save", e -> {
            try {
                saveCurrent(name.getValue());
                dialog.close();
            } catch (IllegalArgumentException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    /** Saves the filter as the address has it, under the name, for the person only. */
    SavedFilter saveCurrent(String name) {
        var filterSaved = savedFilters.save(name, toQuery(filter));
        saved.setItems(savedFilters.mine());
        applyingUrl = true;
        try {
            saved.setValue(saved.getListDataView().getItems().filter(f -> f.id() == filterSaved.id()).findFirst()
                    .orElse(null));
        } finally {
            applyingUrl = false;
        }
        return filterSaved;
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
        filter = fromFields();
        reload();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "articles?" + toQuery(filter)));
    }

    private ArticleFilter fromFields() {
        ZoneId zone = UserTime.zone();
        return new ArticleFilter(status.getValue(),
                country.getValue() == null ? null : country.getValue().code(),
                source.getValue() == null ? null : Long.valueOf(source.getValue().value()),
                language.getValue() == null ? null : language.getValue().value(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                search.getValue(), order.getValue());
    }

    private void reload() {
        pager.reset();
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    /** Articles per status under the other filters; a click on one shows just that status. */
    private void showCounts() {
        counts.removeAll();
        Map<ArticleStatus, Integer> byStatus = articles.countsByStatus(filter);
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        if (total > ArticleService.SEARCH_COUNT_CAP) {
            var note = new Span(String.format("More than %,d matches; counts of the first %,d:",
                    ArticleService.SEARCH_COUNT_CAP, ArticleService.SEARCH_COUNT_CAP));
            note.addClassName("nd-count-note");
            counts.add(note);
        }
        for (ArticleStatus s : ArticleStatus.values()) {
            var chip = new Span(s.label() + " " + byStatus.getOrDefault(s, 0));
            chip.addClassNames("nd-count", "nd-count-" + s.name().toLowerCase().replace('_', '-'));
            if (filter.statuses().contains(s)) {
                chip.addClassName("nd-count-selected");
            }
            chip.getElement().setAttribute("role", "button");
            chip.getElement().setAttribute("tabindex", "0");
            chip.addClickListener(e -> status.setValue(Set.of(s)));
            counts.add(chip);
        }
    }

    Map<ArticleStatus, Integer> shownCounts() {
        Map<ArticleStatus, Integer> shown = new java.util.EnumMap<>(ArticleStatus.class);
        counts.getChildren().forEach(c -> {
            String text = c.getElement().getText();
            if (c.hasClassName("nd-count-note")) {
                return;
            }
            int cut = text.lastIndexOf(' ');
            for (ArticleStatus s : ArticleStatus.values()) {
                if (s.label().equals(text.substring(0, cut))) {
                    shown.put(s, Integer.parseInt(text.substring(cut + 1)));
                }
            }
        });
        return shown;
    }

    /** The filter as query parameters; an empty status set is written as {@code status=all}. */
    String toQuery(ArticleFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(STATUS_PARAM, f.statuses().isEmpty() ? ALL
                : f.statuses().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        put(params, COUNTRY_PARAM, f.countryCode());
        put(params, SOURCE_PARAM, f.sourceId());
        put(params, LANGUAGE_PARAM, f.languageCode());
        put(params, FROM_PARAM, from.getValue());
        put(params, TO_PARAM, to.getValue());
        put(params, TEXT_PARAM, f.text());
        if (f.order() != ArticleFilter.Order.INGESTED) {
            params.put(ORDER_PARAM, f.order().name().toLowerCase(java.util.Locale.ROOT));
        }
        return QueryParameters.simple(params).getQueryString();
    }

    private static void put(Map<String, String> params, String key, Object value) {
        if (value != null) {
            params.put(key, value.toString());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            Optional<String> statuses = params.getSingleParameter(STATUS_PARAM);
            status.setValue(statuses.map(ArticleListView::parseStatuses)
                    .orElse(editor ? ArticleFilter.QUEUE : Set.of()));
            String code = params.getSingleParameter(COUNTRY_PARAM).orElse(null);
            country.setValue(country.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst()
                    .orElse(null));
            source.setValue(option(source, params.getSingleParameter(SOURCE_PARAM).orElse(null)));
            language.setValue(option(language, params.getSingleParameter(LANGUAGE_PARAM).orElse(null)));
            from.setValue(date(params.getSingleParameter(FROM_PARAM).orElse(null)));
            to.setValue(date(params.getSingleParameter(TO_PARAM).orElse(null)));
            search.setValue(params.getSingleParameter(TEXT_PARAM).map(ArticleListView::cutText).orElse(""));
            order.setValue(params.getSingleParameter(ORDER_PARAM).filter("published"::equalsIgnoreCase)
                    .map(o -> ArticleFilter.Order.PUBLISHED).orElse(ArticleFilter.Order.INGESTED));
            filter = fromFields();
            // the saved filter shown is the one this address is, if any
            String query = toQuery(filter);
            saved.setValue(saved.getListDataView().getItems().filter(f -> f.query().equals(query)).findFirst()
                    .orElse(null));
        } finally {
            applyingUrl = false;
        }
        reload();
    }

    static Set<ArticleStatus> parseStatuses(String value) {
        if (ALL.equals(value)) {
            return Set.of();
        }
        Set<ArticleStatus> result = EnumSet.noneOf(ArticleStatus.class);
        Arrays.stream(value.split(",")).forEach(s -> Arrays.stream(ArticleStatus.values())
                .filter(v -> v.name().equals(s.trim())).findFirst().ifPresent(result::add));
        return result;
    }

    private static String cutText(String text) {
        return text.length() <= ArticleFilter.MAX_TEXT ? text : text.substring(0, ArticleFilter.MAX_TEXT);
    }

    private static Option option(ComboBox<Option> box, String value) {
        return value == null ? null
                : box.getListDataView().getItems().filter(o -> o.value().equals(value)).findFirst().orElse(null);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a mistyped date in an address is ignored, not an error page
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UserTime.detect(attachEvent.getUI(), () -> grid.getDataProvider().refreshAll());
        // live: new articles and status changes, from any app instance, appear without a reload; the grid keeps
        // its scroll position and selection (rows are identified by id)
        var ui = attachEvent.getUI();
        subscription = changes.subscribe(() -> ui.access(this::reload));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ArticleFilter filter() {
        return filter;
    }
}
