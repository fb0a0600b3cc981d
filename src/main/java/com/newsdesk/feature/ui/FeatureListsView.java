package com.newsdesk.feature.ui;

import java.io.Serial;
import java.util.List;
import java.util.Map;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.feature.FeatureListItem;
import com.newsdesk.feature.FeatureListService;
import com.newsdesk.feature.FeatureListValidationException;
import com.newsdesk.feature.FeatureRuleException;
import com.newsdesk.source.Option;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins define the feature lists editors fill under Features: create one, change its name, description, maximum
 * length or refused country, delete it. The lists the app is built on can be edited but not deleted.
 */
@Route(value = "admin/features", layout = MainLayout.class)
@PageTitle("Feature lists")
@Menu(title = "Feature lists", order = 65, icon = "vaadin:list-ol")
@RolesAllowed(Roles.ADMIN)
public class FeatureListsView extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient FeatureListService lists;
    private final Grid<FeatureListItem> grid = new Grid<>();
    private final List<Option> countries;

    public FeatureListsView(FeatureListService lists) {
        this.lists = lists;
        this.countries = lists.countries();
        addClassName("nd-feature-lists");
        setSizeFull();

        var intro = new Paragraph("The lists the app shows as sections. Editors fill them under Features; the app "
                + "reads each at /api/v1/features/{code}/articles and /feeds/features/{code}.atom.");
        intro.addClassName("nd-help");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        var create = new Button("New feature list…", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setTooltipText("Define a new list (Alt+N)");
        Shortcuts.addShortcutListener(this, this::openCreate, Key.KEY_N, KeyModifier.ALT);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(FeatureListItem::name).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(FeatureListItem::code).setHeader("Code").setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.description() == null ? "" : i.description()).setHeader("Description")
                .setKey("description").setFlexGrow(3)
                .setTooltipGenerator(i -> i.description() == null ? "" : i.description());
        grid.addColumn(i -> i.entries() + " of " + i.maxEntries()).setHeader("Articles").setKey("entries")
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(i -> "Holds " + i.entries() + " articles, at most " + i.maxEntries());
        grid.addColumn(i -> i.excludedCountry() == null ? "—" : i.excludedCountryName() == null
                ? i.excludedCountry() : i.excludedCountryName()).setHeader("Refuses sources from")
                .setKey("excludedCountry").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> openEdit(e.getItem()));
        grid.setEmptyStateText("No feature lists yet. Create one with \"New feature list…\".");
        grid.setSizeFull();

        add(intro, new HorizontalLayout(create), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout actions(FeatureListItem item) {
        var edit = new Button("Edit", e -> openEdit(item));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + item.name());
        edit.setTooltipText("Edit (or double-click the row)");
        var delete = new Button("Delete…", e -> confirmDelete(item));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + item.name());
        if (item.builtIn()) {
            delete.setEnabled(false);
            delete.setTooltipText("The app is built on this list: it can be edited, not deleted.");
        }
        return new HorizontalLayout(edit, delete);
    }

    private void openCreate() {
        new FeatureListDialog(null, countries, form -> save(() -> lists.create(form),
                "Feature list \"" + form.name().strip() + "\" created.")).open();
    }

    private void openEdit(FeatureListItem item) {
        new FeatureListDialog(item, countries, form -> save(() -> lists.update(item.id(), form), "Saved.")).open();
    }

    /** Runs the save; null when it saved, else the refused fields (key null: not about one field). */
    private Map<String, String> save(Runnable action, String done) {
        try {
            action.run();
            refresh();
            show(done, true);
            return null;
        } catch (FeatureListValidationException e) {
            return e.errors();
        } catch (FeatureRuleException e) {
            refresh();
            return Map.of("", e.getMessage());
        }
    }

    private void confirmDelete(FeatureListItem item) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("Delete \"" + item.name() + "\"?");
        dialog.setText((item.entries() == 0 ? "The list is empty." : "Its " + item.entries()
                + (item.entries() == 1 ? " article goes" : " articles go") + " with it (the articles themselves stay).")
                + " The app no longer finds /api/v1/features/" + item.code() + "/articles. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                lists.delete(item.id());
                show("\"" + item.name() + "\" is deleted.", true);
            } catch (FeatureRuleException ex) {
                show(ex.getMessage(), false);
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(lists.list());
    }

    private static void show(String message, boolean success) {
        var n = Notification.show(message, success ? 3000 : 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    Grid<FeatureListItem> grid() {
        return grid;
    }
}
