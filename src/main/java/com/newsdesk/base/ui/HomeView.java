package com.newsdesk.base.ui;

import java.io.Serial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/** The landing route: sends each user to the first screen their roles allow. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Newsdesk")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    public HomeView() {
        addClassName("nd-empty-state");
        add(new H2("Nothing to open yet"),
                new Paragraph("Your account has no role that opens a screen. Ask an administrator to give you the "
                        + "editor, reviewer or admin role."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream()
                .findFirst()
                .ifPresent(entry -> event.forwardTo(entry.path()));
    }
}
