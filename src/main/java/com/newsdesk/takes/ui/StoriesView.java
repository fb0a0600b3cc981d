package com.newsdesk.takes.ui;

import java.io.Serial;
import java.util.List;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.takes.StoryService;
import com.newsdesk.takes.StorySummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** The stories reviewers built, most recently linked first; a click or Enter opens one. */
@Route(value = "stories", layout = MainLayout.class)
@PageTitle("Stories")
@Menu(title = "Stories", order = 22, icon = "vaadin:connect")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class StoriesView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient StoryService stories;
    private final Grid<StorySummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No stories yet: link alternative takes of an article, and the "
            + "articles linked together appear here as one story.");

    public StoriesView(StoryService stories) {
        this.stories = stories;
        setPadding(true);
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.first().title()).setHeader("Story (its first article)").setFlexGrow(4);
        grid.addColumn(StorySummary::articles).setHeader("Articles").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> String.join(" ", s.countryCodes())).setHeader("Countries").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(s -> UserTime.format(s.lastLinked())).setHeader("Last linked").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addThemeName("nd-clickable");
        grid.getElement().setAttribute("title", "Click or Enter opens the story");
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid,
                () -> grid.getSelectedItems().stream().findFirst().ifPresent(this::open), Key.ENTER).listenOn(grid);
        empty.addClassName("nd-takes-empty");
        add(new Paragraph("Articles linked as alternative takes of each other form a story. Open one to see its "
                + "coverage by country and outlet, and which perspectives are missing."), empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<StorySummary> recent = stories.recent(200);
        grid.setItems(recent);
        grid.setVisible(!recent.isEmpty());
        empty.setVisible(recent.isEmpty());
    }

    private void open(StorySummary s) {
        getUI().ifPresent(ui -> ui.navigate(StoryView.class, new RouteParameters("id",
                String.valueOf(s.first().id()))));
    }

    Grid<StorySummary> grid() {
        return grid;
    }
}
