package com.newsdesk.takes.ui;

import java.io.Serial;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.takes.Story;
import com.newsdesk.takes.StoryService;
import com.newsdesk.takes.TakeArticle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One story: the articles connected by alternative-take links, its coverage by country and outlet, and the
 * perspectives missing — countries whose outlets covered the event (by the suggestions) but are not in the story.
 */
@Route(value = "stories/:id(\\d+)", layout = MainLayout.class)
@PageTitle("Story")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class StoryView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient StoryService stories;
    private final H3 title = new H3();
    private final Div coverage = new Div();
    private final Div missing = new Div();
    private final Grid<TakeArticle> articles = new Grid<>();
    private Story story;

    public StoryView(StoryService stories) {
        this.stories = stories;
        addClassName("nd-story");
        setPadding(true);
        coverage.addClassName("nd-coverage");
        missing.addClassName("nd-missing");
        articles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        articles.setAllRowsVisible(true);
        TakeCells.articleColumns(articles, a -> a);
        articles.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        add(new RouterLink("← Stories", StoriesView.class), title, new H4("Coverage by country"), coverage,
                new H4("Missing perspectives"), missing, new H4("Articles"), articles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            story = stories.story(id);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        var first = story.articles().getFirst();
        title.setText(first.title() + " — " + story.articles().size()
                + (story.articles().size() == 1 ? " article" : " articles") + " from " + story.coverage().size()
                + (story.coverage().size() == 1 ? " country" : " countries"));
        coverage.removeAll();
        story.coverage().forEach(c -> {
            var row = new Div(TakeCells.chip(c.countryName() + " · " + c.articles(), "nd-chip-country"),
                    new Span(String.join(", ", c.outlets())));
            row.addClassName("nd-coverage-row");
            coverage.add(row);
        });
        missing.removeAll();
        if (story.missing().isEmpty()) {
            missing.add(TakeCells.empty("No other country's coverage of this event was found among the suggestions."));
        }
        story.missing().forEach(p -> {
            var open = new RouterLink("link it from the takes of this story's article",
                    TakesView.class, new RouteParameters("id", String.valueOf(p.foundFor())));
            var row = new HorizontalLayout(TakeCells.chip(p.countryName(), "nd-chip-missing"),
                    new Span("“" + p.example().title() + "” (" + p.example().sourceName() + ", score "
                            + p.score() + ")"), open);
            row.addClassName("nd-missing-row");
            row.setAlignItems(Alignment.BASELINE);
            missing.add(row);
        });
        articles.setItems(story.articles());
        if (story.articles().size() == 1) {
            add(new Paragraph("This article has no takes yet."));
        }
    }

    Story story() {
        return story;
    }
}
