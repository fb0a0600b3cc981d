package com.newsdesk.takes.ui;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.takes.NearDuplicateService;
import com.newsdesk.takes.SearchHit;
import com.newsdesk.takes.Suggestion;
import com.newsdesk.takes.SuggestionService;
import com.newsdesk.takes.Take;
import com.newsdesk.takes.TakeArticle;
import com.newsdesk.takes.TakeService;
import com.newsdesk.takes.TakesChangedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The linking screen of an article's alternative takes: its takes in order (drag a row, or Alt+Up / Alt+Down, to
 * reorder; a short note per link; Alt+U unlinks), ranked suggestions with their score and reasons, and a text search
 * over all articles; Alt+L links the selected suggestion or search result. Links are symmetric: a take linked here
 * shows on the other article too.
 */
@Route(value = "articles/:id(\\d+)/takes", layout = MainLayout.class)
@PageTitle("Alternative takes")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class TakesView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 20;

    private final transient TakeService takes;
    private final transient SuggestionService suggestions;
    private final transient NearDuplicateService duplicates;
    private final Div header = new Div();
    private final Div twins = new Div();
    private final Grid<Take> takesGrid = new Grid<>();
    private final Div takesEmpty = TakeCells.empty("No takes yet: link one from the suggestions or a search below.");
    private final H4 takesTitle = new H4();
    private final Grid<Suggestion> suggestionsGrid = new Grid<>();
    private final Div suggestionsEmpty = new Div();
    private final TextField search = new TextField();
    private final Grid<SearchHit> searchGrid = new Grid<>();
    private final Div searchEmpty = TakeCells.empty("Type words of a title or text: English, or the original in "
            + "any script.");
    private final TabSheet tabs = new TabSheet();
    private TakeArticle article;
    private List<Take> current = List.of();
    private Take dragged;

    public TakesView(TakeService takes, SuggestionService suggestions, NearDuplicateService duplicates) {
        this.takes = takes;
        this.suggestions = suggestions;
        this.duplicates = duplicates;
        addClassName("nd-takes");
        setPadding(true);
        header.addClassName("nd-takes-header");
        twins.addClassName("nd-twins");
        configureTakes();
        configureSuggestions();
        configureSearch();

        var searchBox = new VerticalLayout(search, searchEmpty, searchGrid);
        searchBox.setPadding(false);
        tabs.add("Suggestions", new VerticalLayout(suggestionsEmpty, suggestionsGrid) {
            {
                setPadding(false);
            }
        });
        tabs.add("Search", searchBox);
        tabs.setWidthFull();
        add(header, twins, takesTitle, takesEmpty, takesGrid, tabs);

        shortcut(Key.ARROW_UP, () -> moveSelected(-1));
        shortcut(Key.ARROW_DOWN, () -> moveSelected(1));
        shortcut(Key.KEY_U, this::unlinkSelected);
        shortcut(Key.KEY_L, this::linkSelected);
        shortcut(Key.KEY_F, this::showSearch);
    }

    private void shortcut(Key key, Runnable action) {
        Shortcuts.addShortcutListener(this, action::run, key, KeyModifier.ALT).resetFocusOnActiveElement();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        var found = takes.article(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no article #" + id + ".");
            return;
        }
        article = found.get();
        fillHeader();
        refresh();
    }

    private void fillHeader() {
        header.removeAll();
        var params = new RouteParameters("id", String.valueOf(article.id()));
        var back = new RouterLink("← Review editor", com.newsdesk.article.ui.ArticleEditorView.class, params);
        var story = new RouterLink("Story view", StoryView.class, params);
        var nav = new HorizontalLayout(back, story);
        nav.addClassName("nd-takes-nav");
        var title = new H3(article.title());
        title.addClassName("nd-takes-article");
        var meta = new Div(TakeCells.chip(article.status().label(), "nd-chip-status"),
                new Span(article.sourceName()), new Span(article.countryName()),
                new Span(UserTime.format(article.publishedAt())));
        meta.addClassName("nd-meta");
        header.add(nav, title, meta);
    }

    /** Reloads the takes, the near-duplicate banner and the suggestions. */
    void refresh() {
        current = takes.takes(article.id());
        takesGrid.setItems(current);
        takesTitle.setText("Takes (" + current.size() + ")");
        takesGrid.setVisible(!current.isEmpty());
        takesEmpty.setVisible(current.isEmpty());

        var twinList = duplicates.twins(article.id());
        twins.removeAll();
        twins.setVisible(!twinList.isEmpty());
        if (!twinList.isEmpty()) {
            twins.add(TakeCells.chip("Near-duplicate", "nd-chip-duplicate"),
                    new Span("The same text is also at " + TakeCells.outlets(twinList)
                            + ". They are not suggested as takes of this article."));
        }

        List<Suggestion> found = suggestions.suggest(article.id(), SUGGESTIONS);
        suggestionsGrid.setItems(found);
        suggestionsGrid.setVisible(!found.isEmpty());
        suggestionsEmpty.setVisible(found.isEmpty());
        suggestionsEmpty.removeAll();
        suggestionsEmpty.add(TakeCells.empty("No suggestions: nothing similar from another outlet was published within "
                + suggestions.windowDays() + " days of this article" + (current.isEmpty() ? "." : " that is not "
                + "linked yet.") + " Search by text instead."));
        tabs.getTabAt(0).setLabel("Suggestions (" + found.size() + ")");
        if (!search.isEmpty()) {
            runSearch();
        }
    }

    private void configureTakes() {
        takesGrid.addClassName("nd-takes-grid");
        takesGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        takesGrid.setAllRowsVisible(true);
        takesGrid.addColumn(t -> current.indexOf(t) + 1).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        TakeCells.articleColumns(takesGrid, Take::other);
        takesGrid.addComponentColumn(this::noteField).setHeader("Note (shown on both)").setFlexGrow(3);
        takesGrid.addComponentColumn(this::takeActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        takesGrid.setRowsDraggable(true);
        takesGrid.setDropMode(GridDropMode.BETWEEN);
        takesGrid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null
                : e.getDraggedItems().getFirst());
        takesGrid.addDragEndListener(e -> dragged = null);
        takesGrid.addDropListener(e -> {
            var target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || target.equals(dragged)) {
                return;
            }
            List<Long> order = new ArrayList<>(current.stream().map(Take::otherId).toList());
            order.remove(dragged.otherId());
            int index = order.indexOf(target.otherId()) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            order.add(index, dragged.otherId());
            reorder(order);
        });
    }

    private TextField noteField(Take take) {
        var note = new TextField();
        note.setWidthFull();
        note.setMaxLength(TakeService.MAX_NOTE);
        note.setPlaceholder("Why this take? (optional)");
        note.setValue(take.note() == null ? "" : take.note());
        note.setAriaLabel("Note on the link to " + take.other().title());
        note.addClassName("nd-take-note");
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveNote(take, e.getValue());
            }
        });
        return note;
    }

    void saveNote(Take take, String note) {
        act(() -> takes.note(article.id(), take.otherId(), note), "Note saved");
    }

    private HorizontalLayout takeActions(Take take) {
        var up = iconButton(VaadinIcon.ARROW_UP, "Move up (Alt+Up)", () -> move(take, -1));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move down (Alt+Down)", () -> move(take, 1));
        var unlink = iconButton(VaadinIcon.UNLINK, "Unlink (Alt+U)", () -> unlink(take));
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlink.addClassName("nd-unlink");
        int index = current.indexOf(take);
        up.setEnabled(index > 0);
        down.setEnabled(index < current.size() - 1);
        var actions = new HorizontalLayout(up, down, unlink);
        actions.setSpacing(false);
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String tooltip, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(tooltip);
        button.setAriaLabel(tooltip);
        return button;
    }

    private void configureSuggestions() {
        suggestionsGrid.addClassName("nd-suggestions-grid");
        suggestionsGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        suggestionsGrid.setAllRowsVisible(true);
        suggestionsGrid.addComponentColumn(s -> {
            var score = new Span(String.valueOf(s.score()));
            score.addClassName("nd-score");
            score.getStyle().set("--nd-score", s.score() + "%");
            return score;
        }).setHeader("Score").setWidth("5em").setFlexGrow(0);
        TakeCells.articleColumns(suggestionsGrid, Suggestion::article);
        suggestionsGrid.addComponentColumn(s -> {
            var why = new Div();
            why.addClassName("nd-reasons");
            s.reasons().forEach(r -> why.add(TakeCells.chip(r, "nd-chip-reason")));
            return why;
        }).setHeader("Why").setFlexGrow(4);
        suggestionsGrid.addComponentColumn(s -> linkButton(s.article())).setAutoWidth(true).setFlexGrow(0);
        suggestionsGrid.addItemDoubleClickListener(e -> link(e.getItem().article()));
    }

    private void configureSearch() {
        search.setPlaceholder("Search all articles (Alt+F)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("min(40rem, 100%)");
        search.setAriaLabel("Search all articles");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> runSearch());
        searchGrid.addClassName("nd-search-grid");
        searchGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        searchGrid.setAllRowsVisible(true);
        searchGrid.setVisible(false);
        TakeCells.articleColumns(searchGrid, SearchHit::article);
        searchGrid.addComponentColumn(h -> h.linkable() ? linkButton(h.article())
                : TakeCells.chip(h.self() ? "This article" : h.linked() ? "Linked" : "Near-duplicate",
                        "nd-chip-reason")).setAutoWidth(true).setFlexGrow(0);
    }

    private void runSearch() {
        List<SearchHit> hits = suggestions.search(article.id(), search.getValue(), 50);
        searchGrid.setItems(hits);
        searchGrid.setVisible(!hits.isEmpty());
        searchEmpty.setVisible(hits.isEmpty());
        searchEmpty.removeAll();
        searchEmpty.add(new Span(search.isEmpty() ? "Type words of a title or text: English, or the original in any "
                + "script." : "Nothing matches “" + search.getValue() + "”."));
    }

    private Button linkButton(TakeArticle other) {
        var button = new Button("Link", VaadinIcon.LINK.create(), e -> link(other));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        button.addClassName("nd-link");
        button.setTooltipText("Link as an alternative take (select the row, then Alt+L)");
        button.setAriaLabel("Link " + other.title());
        return button;
    }

    void link(TakeArticle other) {
        act(() -> takes.link(article.id(), other.id(), null), "Linked “" + other.title() + "”");
    }

    private void linkSelected() {
        var selected = tabs.getSelectedIndex() == 0
                ? suggestionsGrid.getSelectedItems().stream().map(Suggestion::article).findFirst()
                : searchGrid.getSelectedItems().stream().filter(SearchHit::linkable).map(SearchHit::article)
                        .findFirst();
        selected.ifPresentOrElse(this::link, () -> TakeCells.tell("Select a suggestion or a search result first.",
                false));
    }

    void unlink(Take take) {
        act(() -> {
            takes.unlink(article.id(), take.otherId());
            return null;
        }, "Unlinked “" + take.other().title() + "”");
    }

    private void unlinkSelected() {
        takesGrid.getSelectedItems().stream().findFirst().ifPresentOrElse(this::unlink,
                () -> TakeCells.tell("Select a take first.", false));
    }

    void move(Take take, int steps) {
        if (act(() -> takes.move(article.id(), take.otherId(), steps), null)) {
            current.stream().filter(t -> t.otherId() == take.otherId()).findFirst().ifPresent(takesGrid::select);
        }
    }

    private void moveSelected(int steps) {
        takesGrid.getSelectedItems().stream().findFirst().ifPresentOrElse(t -> move(t, steps),
                () -> TakeCells.tell("Select a take first.", false));
    }

    private void reorder(List<Long> order) {
        act(() -> takes.reorder(article.id(), order), null);
    }

    /** Runs a change, reloads, and says what happened or what went wrong in a sentence. */
    private boolean act(java.util.function.Supplier<?> change, String done) {
        try {
            change.get();
            refresh();
            if (done != null) {
                TakeCells.tell(done, true);
            }
            return true;
        } catch (IllegalArgumentException | TakesChangedException e) {
            refresh();
            TakeCells.tell(e.getMessage(), false);
            return false;
        }
    }

    /** Opens the search tab and puts the cursor in the search field. */
    void showSearch() {
        tabs.setSelectedIndex(1);
        search.focus();
    }

    TakeArticle article() {
        return article;
    }

    Grid<Take> takesGrid() {
        return takesGrid;
    }

    Grid<Suggestion> suggestionsGrid() {
        return suggestionsGrid;
    }

    Grid<SearchHit> searchGrid() {
        return searchGrid;
    }

    TextField search() {
        return search;
    }

    List<Take> current() {
        return current;
    }
}
