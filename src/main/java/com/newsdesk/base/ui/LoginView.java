package com.newsdesk.base.ui;

import java.io.Serial;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Username and password, posted to Spring Security; a wrong password shows the form's error and nothing more. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Newsdesk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("nd-login");
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check them and try again. After several wrong attempts the account "
                + "is locked for a while.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var brand = new H1("Newsdesk");
        brand.addClassName("nd-login-brand");
        var tagline = new Paragraph("The editorial back office: review, link and publish the world's news.");
        tagline.addClassName("nd-login-tagline");
        var card = new Div(brand, tagline, form);
        card.addClassName("nd-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
