package com.newsdesk.takes.ui;

import java.io.Serial;
import java.util.List;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.takes.DuplicateGroup;
import com.newsdesk.takes.NearDuplicateService;
import com.newsdesk.takes.WorklistItem;
import com.newsdesk.takes.WorklistService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where reviewers start: recent approved or published articles with no or few takes, those with the most good
 * suggestions first (a click or Enter opens the article's takes); and the recent near-duplicate groups, the same
 * text at several outlets, one row per group.
 */
@Route(value = "takes/worklist", layout = MainLayout.class)
@PageTitle("Takes worklist")
@Menu(title = "Takes worklist", order = 20, icon = "vaadin:tasks")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class WorklistView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient WorklistService worklist;
    private final transient NearDuplicateService duplicates;
    private final Grid<WorklistItem> grid = new Grid<>();
    private final Grid<DuplicateGroup> groups = new Grid<>();
    private final Paragraph empty = new Paragraph("Nothing to do: every recent approved or published article has "
            + "its takes.");
    private final Paragraph noGroups = new Paragraph("No near-duplicates among the articles of the last 30 days.");
    private final Div progress = new Div();
    private final Button count = new Button("Count suggestions now", VaadinIcon.REFRESH.create());

    public WorklistView(WorklistService worklist, NearDuplicateService duplicates) {
        this.worklist = worklist;
        this.duplicates = duplicates;
        setPadding(true);
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(i -> i.goodCandidates() == null ? "…" : String.valueOf(i.goodCandidates()))
                .setHeader("Good suggestions").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.bestScore() == null ? "" : String.valueOf(i.bestScore())).setHeader("Best score")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorklistItem::takes).setHeader("Takes").setAutoWidth(true).setFlexGrow(0);
        TakeCells.articleColumns(grid, WorklistItem::article);
        grid.addItemDoubleClickListener(e -> open(e.getItem().article().id()));
        Shortcuts.addShortcutListener(grid, () -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(i -> open(i.article().id())), Key.ENTER).listenOn(grid);
        grid.setSizeFull();

        groups.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        groups.addComponentColumn(g -> TakeCells.titleLink(g.members().getFirst())).setHeader("First published")
                .setFlexGrow(3);
        groups.addColumn(g -> g.members().size()).setHeader("Copies").setAutoWidth(true).setFlexGrow(0);
        groups.addColumn(g -> TakeCells.outlets(g.members())).setHeader("Outlets (country)").setFlexGrow(4);
        groups.setSizeFull();

        count.setTooltipText("Count the good suggestions of articles not counted lately (Alt+R); the list is "
                + "counted in the background every few minutes too");
        count.addClickListener(e -> countNow());
        Shortcuts.addShortcutListener(this, this::countNow, Key.KEY_R, KeyModifier.ALT);
        progress.addClassName("nd-progress");
        progress.setVisible(false);
        var terms = new Span(worklist.terms() + " Double click or Enter opens the article's takes.");
        terms.addClassName("nd-hint");
        var bar = new HorizontalLayout(terms, count);
        bar.setAlignItems(Alignment.CENTER);
        var open = new VerticalLayout(bar, progress, empty, grid);
        open.setPadding(false);
        open.setSizeFull();
        var twins = new VerticalLayout(new Span("The same original text at several outlets (wire copy): these are "
                + "never suggested as takes of each other."), noGroups, groups);
        twins.setPadding(false);
        twins.setSizeFull();
        var tabs = new TabSheet();
        tabs.add("Few takes", open);
        tabs.add("Near-duplicates", twins);
        tabs.setSizeFull();
        add(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    void reload() {
        List<WorklistItem> items = worklist.list(200);
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
        List<DuplicateGroup> found = duplicates.recentGroups(30, 100);
        groups.setItems(found);
        groups.setVisible(!found.isEmpty());
        noGroups.setVisible(found.isEmpty());
    }

    /** Counts in the background with a progress bar (it can take seconds), then shows the new order. */
    void countNow() {
        var ui = UI.getCurrent();
        if (ui == null || progress.isVisible()) {
            return;
        }
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        progress.removeAll();
        progress.add(new Span("Counting suggestions…"), bar);
        progress.setVisible(true);
        count.setEnabled(false);
        var context = SecurityContextHolder.getContext();
        Thread.ofVirtual().name("takes-worklist-count").start(() -> {
            SecurityContextHolder.setContext(context);
            try {
                int n = worklist.countNow(200);
                ui.access(() -> {
                    progress.setVisible(false);
                    count.setEnabled(true);
                    reload();
                    TakeCells.tell(n == 0 ? "Every article on the list is counted." : "Counted " + n
                            + (n == 1 ? " article." : " articles."), true);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    count.setEnabled(true);
                    TakeCells.tell("The suggestions could not be counted. Please try again.", false);
                });
                throw e;
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(TakesView.class, new RouteParameters("id", String.valueOf(id))));
    }

    Grid<WorklistItem> grid() {
        return grid;
    }

    Grid<DuplicateGroup> groups() {
        return groups;
    }
}
