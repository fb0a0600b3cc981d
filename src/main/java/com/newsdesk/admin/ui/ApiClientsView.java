package com.newsdesk.admin.ui;

import java.io.Serial;

import com.newsdesk.admin.ApiClient;
import com.newsdesk.admin.ApiClientService;
import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The machines that may push articles, each with its own key. A key is shown once, when its client is created;
 * Newsdesk keeps only a hash of it. A leaked or unused key is revoked here.
 */
@Route(value = "admin/api-clients", layout = MainLayout.class)
@PageTitle("API clients")
@Menu(title = "API clients", order = 70, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class ApiClientsView extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ApiClientService clients;
    private final Grid<ApiClient> grid = new Grid<>();

    public ApiClientsView(ApiClientService clients) {
        this.clients = clients;
        addClassName("nd-api-clients");
        setSizeFull();

        var intro = new Paragraph("Machines such as the translation pipeline push articles with an API key. "
                + "Give each machine its own client: a key is shown only once, when it is created, and a revoked "
                + "key is refused at once.");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        var create = new Button("New API client…", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ApiClient::name).setHeader("Name").setKey("name").setFlexGrow(3)
                .setTooltipGenerator(ApiClient::name);
        grid.addColumn(c -> c.keyPrefix() + "_…").setHeader("Key").setKey("key").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(c -> "Keys start with their client's public id; the rest is secret.");
        grid.addColumn(c -> String.join(", ", c.scopes().stream().sorted().toList())).setHeader("Scopes")
                .setKey("scopes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.createdBy() == null ? "system" : c.createdBy()).setHeader("Created by")
                .setKey("createdBy").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> UserTime.format(c.createdAt())).setHeader("Created").setKey("createdAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.lastUsedAt() == null ? "Never" : UserTime.format(c.lastUsedAt()))
                .setHeader("Last used").setKey("lastUsedAt").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(c -> "Recorded at most once a minute");
        grid.addColumn(c -> c.revoked() ? "Revoked " + UserTime.format(c.revokedAt()) : "Active")
                .setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(c -> c.revoked() ? "status-rejected" : "status-approved");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(c -> c.revoked() ? "source-inactive" : null);
        grid.setEmptyStateText("No API clients yet. Create one for each machine that pushes articles, "
                + "such as the translation pipeline.");
        grid.setSizeFull();

        add(intro, bar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout actions(ApiClient client) {
        var layout = new HorizontalLayout();
        if (!client.revoked()) {
            var revoke = new Button("Revoke…", e -> confirmRevoke(client));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel("Revoke " + client.name());
            layout.add(revoke);
        }
        return layout;
    }

    private void openCreate() {
        new NewApiClientDialog(name -> {
            var created = clients.create(name);
            refresh();
            new ApiKeyDialog(created).open();
        }).open();
    }

    private void confirmRevoke(ApiClient client) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("Revoke \"" + client.name() + "\"?");
        dialog.setText("Requests with its key (" + client.keyPrefix() + "_…) are refused from now on. This cannot "
                + "be undone: to let the machine push again, create a new client and give it the new key.");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.setConfirmText("Revoke");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                clients.revoke(client.id());
                show("\"" + client.name() + "\" is revoked.", true);
            } catch (IllegalArgumentException ex) {
                show(ex.getMessage(), false);
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(clients.list());
    }

    private static void show(String message, boolean success) {
        var n = Notification.show(message, success ? 3000 : 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UserTime.detect(attachEvent.getUI(), () -> grid.getDataProvider().refreshAll());
    }

    Grid<ApiClient> grid() {
        return grid;
    }
}
