package com.newsdesk.feature.ui;

import java.io.Serial;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.feature.FeatureCandidate;
import com.newsdesk.feature.FeatureEntryItem;
import com.newsdesk.feature.FeatureInfo;
import com.newsdesk.feature.FeatureRuleException;
import com.newsdesk.feature.FeatureService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Feature lists for editors: pick a list, add approved or published articles, reorder them by dragging or with
 * Alt+↑/Alt+↓, remove with Delete, and give an entry a time window. Only published entries inside their window are
 * live in the app; the list says which are.
 */
@Route(value = "features", layout = MainLayout.class)
@PageTitle("Features")
@Menu(title = "Features", order = 15, icon = "vaadin:star")
@RolesAllowed(Roles.EDITOR)
public class FeaturesView extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient FeatureService features;
    private final Tabs tabs = new Tabs();
    private final Span rules = new Span();
    private final ComboBox<FeatureCandidate> article = new ComboBox<>();
    private final Grid<FeatureEntryItem> grid = new Grid<>();
    private List<FeatureInfo> lists = List.of();
    private FeatureInfo feature;
    private FeatureEntryItem dragged;
    private boolean listGonePending;

    public FeaturesView(FeatureService features) {
        this.features = features;
        addClassName("nd-features");
        setSizeFull();
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getSelectedIndex() >= 0 && tabs.getSelectedIndex() < lists.size()) {
                select(lists.get(tabs.getSelectedIndex()));
            }
        });

        article.setPlaceholder("Title or #id of an approved or published article");
        article.setAriaLabel("Article to add");
        article.setItemLabelGenerator(FeatureCandidate::label);
        article.setWidth("42rem");
        article.setMaxWidth("100%");
        article.setItems(query -> {
            String text = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            if (feature == null) {
                return Stream.empty();
            }
            try {
                return features.candidates(feature.id(), text, offset, limit).stream();
            } catch (FeatureRuleException e) {
                // the list was deleted by an administrator meanwhile: show the lists as they are now, once this fetch
                // is over (still in this round trip)
                if (!listGonePending) {
                    listGonePending = true;
                    getUI().ifPresent(ui -> ui.beforeClientResponse(this, ctx -> listGone()));
                }
                return Stream.empty();
            }
        });
        var add = new Button("Add", VaadinIcon.PLUS.create(), e -> addArticle());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setTooltipText("Add the article at the end of the list (Alt+A)");
        Shortcuts.addShortcutListener(this, this::addArticle, Key.KEY_A, KeyModifier.ALT);
        var bar = new HorizontalLayout(article, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rules.addClassName("nd-feature-rules");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeatureEntryItem::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(FeatureEntryItem::country).setHeader("Country").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeatureEntryItem::sourceName).setHeader("Source").setFlexGrow(1);
        grid.addColumn(this::state).setHeader("In the app").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::window).setHeader("Time window").setFlexGrow(1);
        grid.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing in this list yet: add an article above.");
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged.articleId() != target.articleId()) {
                int index = target.position();
                if (e.getDropLocation() == GridDropLocation.BELOW && index < dragged.position()) {
                    index++;
                } else if (e.getDropLocation() == GridDropLocation.ABOVE && index > dragged.position()) {
                    index--;
                }
                move(dragged, index);
            }
        }));
        grid.setSizeFull();
        Shortcuts.addShortcutListener(grid, () -> selected(e -> move(e, e.position() - 1)), Key.ARROW_UP,
                KeyModifier.ALT).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> selected(e -> move(e, e.position() + 1)), Key.ARROW_DOWN,
                KeyModifier.ALT).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> selected(this::remove), Key.DELETE).listenOn(grid);

        var help = new Paragraph("Drag rows, or select one and press Alt+↑ / Alt+↓ to move it and Delete to remove "
                + "it. Only published articles inside their time window are live in the app.");
        help.addClassName("nd-help");
        add(tabs, rules, bar, grid, help);
        setFlexGrow(1, grid);
        showLists(null);
    }

    /** Tabs for the lists as they are now; the one with {@code keep}'s id stays selected if it still exists. */
    private void showLists(FeatureInfo keep) {
        lists = features.features();
        tabs.removeAll();
        lists.forEach(f -> tabs.add(new Tab(f.name())));
        int index = keep == null ? -1 : lists.stream().map(FeatureInfo::id).toList().indexOf(keep.id());
        if (lists.isEmpty()) {
            feature = null;
            rules.setText("There are no feature lists: an administrator defines them.");
            grid.setItems(List.of());
        } else {
            tabs.setSelectedIndex(Math.max(index, 0));
            select(lists.get(Math.max(index, 0)));
        }
    }

    /** The list on screen was deleted meanwhile: say so and show the remaining ones. */
    private void listGone() {
        listGonePending = false;
        String name = feature == null ? "This list" : feature.name();
        showLists(feature);
        tell(name + " was deleted by an administrator; the remaining lists are shown.", false);
    }

    private void select(FeatureInfo f) {
        feature = f;
        article.clear();
        article.getDataProvider().refreshAll();
        refresh();
    }

    private void refresh() {
        List<FeatureEntryItem> entries = features.entries(feature.id());
        long live = entries.stream().filter(FeatureEntryItem::live).count();
        rules.setText(feature.name() + ": " + entries.size() + " of at most " + feature.maxEntries() + " articles, "
                + live + " live in the app"
                + (feature.excludedCountry() == null ? "." : "; only from sources outside "
                + (feature.excludedCountryName() == null ? feature.excludedCountry() : feature.excludedCountryName())
                + "."));
        grid.setItems(entries);
    }

    private String state(FeatureEntryItem e) {
        if (e.live()) {
            return "Live";
        }
        if (!"PUBLISHED".equals(e.status())) {
            return "Not published yet";
        }
        Instant now = Instant.now();
        return e.startsAt() != null && e.startsAt().isAfter(now) ? "Starts later" : "Window ended";
    }

    private String window(FeatureEntryItem e) {
        if (e.startsAt() == null && e.endsAt() == null) {
            return "Always";
        }
        return (e.startsAt() == null ? "…" : UserTime.format(e.startsAt())) + " – "
                + (e.endsAt() == null ? "…" : UserTime.format(e.endsAt()));
    }

    private HorizontalLayout rowActions(FeatureEntryItem e) {
        var up = small(VaadinIcon.ARROW_UP, "Move up (Alt+↑)", () -> move(e, e.position() - 1));
        up.setEnabled(e.position() > 0);
        var down = small(VaadinIcon.ARROW_DOWN, "Move down (Alt+↓)", () -> move(e, e.position() + 1));
        var window = small(VaadinIcon.CLOCK, "Time window…", () -> editWindow(e));
        var remove = small(VaadinIcon.TRASH, "Remove (Delete)", () -> remove(e));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, window, remove);
    }

    private static Button small(VaadinIcon icon, String tooltip, Runnable action) {
        var button = new Button(icon.create(), ev -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(tooltip);
        button.setAriaLabel(tooltip.replaceAll(" \\(.*\\)|…", ""));
        return button;
    }

    private void selected(java.util.function.Consumer<FeatureEntryItem> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void addArticle() {
        if (feature == null) {
            return;
        }
        FeatureCandidate chosen = article.getValue();
        if (chosen == null) {
            tell("Choose an article to add first.", false);
            article.focus();
            return;
        }
        if (act(() -> features.add(feature.id(), chosen.id(), null, null), "Added to " + feature.name())) {
            article.clear();
        }
    }

    private void move(FeatureEntryItem e, int index) {
        if (index < 0) {
            return;
        }
        long id = e.articleId();
        act(() -> features.move(feature.id(), id, index), null);
        grid.getListDataView().getItems().filter(i -> i.articleId() == id).findFirst().ifPresent(grid::select);
    }

    private void remove(FeatureEntryItem e) {
        act(() -> features.remove(feature.id(), e.articleId()), "Removed from " + feature.name());
    }

    private void editWindow(FeatureEntryItem e) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Time window of #" + e.articleId());
        var zone = UserTime.zone();
        var start = new DateTimePicker("Live from");
        var end = new DateTimePicker("Live until");
        start.setHelperText("Empty: from now on. Times in " + zone.getId() + ".");
        end.setHelperText("Empty: no end.");
        if (e.startsAt() != null) {
            start.setValue(LocalDateTime.ofInstant(e.startsAt(), zone));
        }
        if (e.endsAt() != null) {
            end.setValue(LocalDateTime.ofInstant(e.endsAt(), zone));
        }
        dialog.add(new VerticalLayout(start, end));
        var save = new Button("Save", ev -> {
            Instant from = start.getValue() == null ? null : start.getValue().atZone(zone).toInstant();
            Instant until = end.getValue() == null ? null : end.getValue().atZone(zone).toInstant();
            if (act(() -> features.setWindow(feature.id(), e.articleId(), from, until), "Time window saved")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", ev -> dialog.close()), save);
        dialog.open();
    }

    /** Runs a change; shows the list as it is now, or the rule that refused the change. */
    private boolean act(Runnable change, String done) {
        try {
            change.run();
            refresh();
            if (done != null) {
                tell(done, true);
            }
            return true;
        } catch (IllegalArgumentException e) {
            if (feature != null && features.features().stream().noneMatch(f -> f.id() == feature.id())) {
                listGone();
            } else {
                tell(e.getMessage(), false);
                refresh();
            }
            return false;
        }
    }

    private static void tell(String message, boolean success) {
        var n = Notification.show(message, success ? 2500 : 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    Grid<FeatureEntryItem> grid() {
        return grid;
    }

    ComboBox<FeatureCandidate> articleField() {
        return article;
    }
}
