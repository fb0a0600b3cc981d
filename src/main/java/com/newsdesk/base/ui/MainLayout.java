package com.newsdesk.base.ui;

import java.io.Serial;
import java.util.stream.Collectors;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The frame around every screen: the menu shows only what the user's roles may open (Vaadin filters the
 * {@code @Menu} entries by each view's access annotations), the user's name and roles, and logout.
 */
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final H2 viewTitle = new H2();

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("nd-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("nd-view-title");
        addToNavbar(toggle, viewTitle);

        var brand = new H1("Newsdesk");
        brand.addClassName("nd-brand");

        var nav = new SideNav();
        nav.addClassName("nd-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }

        addToDrawer(brand, new Scroller(nav), userFooter(authentication));
    }

    private static Div userFooter(AuthenticationContext authentication) {
        var footer = new Div();
        footer.addClassName("nd-user");
        authentication.getAuthenticatedUser(UserDetails.class).ifPresent(user -> {
            var name = new Span(user.getUsername());
            name.addClassName("nd-user-name");
            var roles = new Span(user.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .map(a -> a.replaceFirst("^ROLE_", "").toLowerCase())
                    .sorted()
                    .collect(Collectors.joining(", ")));
            roles.addClassName("nd-user-roles");
            footer.add(name, roles);
        });
        var logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        footer.add(logout);
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        viewTitle.setText(title == null ? "" : title.value());
    }
}
