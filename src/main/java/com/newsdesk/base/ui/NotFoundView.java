package com.newsdesk.base.ui;

import java.io.Serial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** An unknown address: a friendly page inside the layout, with the way back. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("nd-empty-state");
        var path = new Paragraph("There is no page at /" + event.getLocation().getPath() + ".");
        path.addClassName("nd-not-found-path");
        add(new H2("Page not found"), path, new RouterLink("Go to your start page", HomeView.class));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
