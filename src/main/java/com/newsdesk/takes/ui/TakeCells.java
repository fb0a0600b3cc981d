package com.newsdesk.takes.ui;

import java.util.List;

import com.newsdesk.base.ui.UserTime;
import com.newsdesk.takes.TakeArticle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

/** Cells and messages the takes screens share. */
final class TakeCells {

    private TakeCells() {
    }

    /** Title, country, outlet and publication columns for a grid of articles. */
    static <T> void articleColumns(Grid<T> grid, java.util.function.Function<T, TakeArticle> article) {
        grid.addComponentColumn(item -> titleLink(article.apply(item))).setHeader("Title").setFlexGrow(4)
                .setAutoWidth(false);
        grid.addColumn(item -> article.apply(item).countryName()).setHeader("Country").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> article.apply(item).sourceName()).setHeader("Outlet").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> UserTime.format(article.apply(item).publishedAt())).setHeader("Published")
                .setAutoWidth(true).setFlexGrow(0);
    }

    /** The article's title, opening its takes. */
    static Component titleLink(TakeArticle a) {
        var link = new RouterLink(a.title(), TakesView.class, new RouteParameters("id", String.valueOf(a.id())));
        link.addClassName("nd-take-title");
        link.getElement().setAttribute("title", a.status().label() + " · open its takes");
        return link;
    }

    static Span chip(String text, String className) {
        var span = new Span(text);
        span.addClassNames("nd-chip", className);
        return span;
    }

    static Div empty(String text) {
        var div = new Div(new Span(text));
        div.addClassName("nd-takes-empty");
        return div;
    }

    static String outlets(List<TakeArticle> articles) {
        return String.join(", ", articles.stream().map(a -> a.sourceName() + " (" + a.countryCode() + ")").toList());
    }

    static void tell(String message, boolean success) {
        var n = Notification.show(message, success ? 2500 : 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
