package com.newsdesk.source.ui;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.source.Country;
import com.newsdesk.source.FetchReport;
import com.newsdesk.source.Option;
import com.newsdesk.source.SourceAdminService;
import com.newsdesk.source.SourceField;
import com.newsdesk.source.SourceNotFoundException;
import com.newsdesk.source.SourceService;
import com.newsdesk.source.SourceSiteDetail;
import com.newsdesk.source.SourceSiteForm;
import com.newsdesk.source.SourceValidationException;
import com.newsdesk.source.StaleSourceException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * One source site: its form (feeds as a text area, one address per line), save, deactivate or activate, its health,
 * and "fetch now" with the fetch's report. {@code /sources/new} is the same screen for a source still to be created.
 * Keyboard: Ctrl+S saves, Alt+F fetches now (shown in the buttons' tooltips).
 */
@Route(value = "sources/:id(\\d+)", layout = MainLayout.class)
@RouteAlias(value = "sources/new", layout = MainLayout.class)
@PageTitle("Source site")
@RolesAllowed(Roles.ADMIN)
public class SourceDetailView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(SourceDetailView.class);
    private static final Pattern WEB_ADDRESS = Pattern.compile("^(?i)https?://\\S+$");
    private static final int PROBLEMS_SHOWN = 20;

    private final transient SourceAdminService admin;
    private final Binder<SourceSiteForm> binder = new Binder<>(SourceSiteForm.class);

    private final H2 heading = new H2();
    private final Span statusChip = new Span();
    final TextField name = new TextField("Name");
    final TextField homeUrl = new TextField("Home page");
    final TextArea feeds = new TextArea("Feed addresses");
    final ComboBox<Country> country = new ComboBox<>("Country");
    final ComboBox<Option> language = new ComboBox<>("Language");
    final IntegerField interval = new IntegerField("Polling interval (minutes)");
    private final Map<SourceField, HasValidation> fields = Map.of(SourceField.NAME, name,
            SourceField.HOME_URL, homeUrl, SourceField.FEED_URLS, feeds, SourceField.COUNTRY, country,
            SourceField.LANGUAGE, language, SourceField.POLL_INTERVAL, interval);

    private final Button save = new Button("Save");
    private final Button activation = new Button();
    private final Button fetch = new Button("Fetch now", VaadinIcon.DOWNLOAD_ALT.create());
    private final ProgressBar progress = new ProgressBar();
    private final Div fetchReport = new Div();
    private final SourceHealthPanel health = new SourceHealthPanel(this::refreshHealth);

    /** The source as loaded or last saved; null on /sources/new. */
    private SourceSiteDetail detail;
    private boolean dirty;
    private boolean fetching;

    public SourceDetailView(SourceAdminService admin, SourceService sources) {
        this.admin = admin;
        addClassName("nd-source-detail");
        setPadding(true);

        var back = new RouterLink("Source sites", SourceListView.class);
        back.addClassName("nd-source-back");
        heading.addClassName("nd-source-heading");
        statusChip.addClassName("nd-source-chip");
        var head = new Div(heading, statusChip);
        head.addClassName("nd-source-head");

        configureFields(sources);
        var form = new FormLayout(name, homeUrl, feeds, country, language, interval);
        form.addClassName("nd-source-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        form.setColspan(homeUrl, 2);
        form.setColspan(feeds, 2);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setTooltipText("Save (Ctrl+S)");
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL)
                // the field being typed in sends its text before the save
                .resetFocusOnActiveElement();
        activation.addClickListener(e -> toggleActive());
        fetch.addClickListener(e -> fetchNow());
        fetch.setTooltipText("Fetch now (Alt+F): reads the saved feeds at once and stores their new articles");
        Shortcuts.addShortcutListener(this, this::fetchNow, Key.KEY_F, KeyModifier.ALT);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.addClassName("nd-source-progress");
        progress.getElement().setAttribute("aria-label", "Fetching");
        var actions = new Div(save, activation, fetch, progress);
        actions.addClassName("nd-source-actions");
        fetchReport.addClassName("nd-source-fetch-report");
        fetchReport.setVisible(false);
        fetchReport.getElement().setAttribute("role", "status");

        var main = new Div(form, actions, fetchReport);
        main.addClassName("nd-source-main");
        var columns = new Div(main, health);
        columns.addClassName("nd-source-columns");
        add(back, head, columns);

        binder.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dirty = true;
            }
        });
    }

    private void configureFields(SourceService sources) {
        name.setRequired(true);
        name.setMaxLength(200);
        homeUrl.setRequired(true);
        homeUrl.setPlaceholder("https://");
        feeds.setRequired(true);
        feeds.setHelperText("One RSS or Atom address per line, fetched in this order.");
        feeds.setPlaceholder("https://example.com/rss.xml");
        feeds.setMinRows(3);
        List<Country> countries = sources.countries();
        country.setItems(countries);
        country.setItemLabelGenerator(c -> c.name() + " (" + c.code() + ")");
        country.setRequired(true);
        List<Option> languages = sources.languageOptions();
        language.setItems(languages);
        language.setItemLabelGenerator(o -> o.label() + " (" + o.value() + ")");
        language.setRequired(true);
        interval.setRequired(true);
        interval.setHelperText("5 to 1440 minutes (24 hours)");

        Map<String, Country> countriesByCode = countries.stream()
                .collect(Collectors.toMap(Country::code, Function.identity()));
        Map<String, Option> languagesByCode = languages.stream()
                .collect(Collectors.toMap(Option::value, Function.identity()));
        binder.forField(name).asRequired("Enter a name.")
                .withValidator(new StringLengthValidator("A name has at most 200 characters.", 0, 200))
                .bind("name");
        binder.forField(homeUrl).asRequired("Enter the address of the home page.")
                .withValidator(v -> WEB_ADDRESS.matcher(v.strip()).matches(),
                        "Enter an address that starts with http:// or https://.")
                .bind("homeUrl");
        binder.forField(feeds).asRequired("Add at least one feed address.")
                .withConverter(SourceDetailView::lines, urls -> urls == null ? "" : String.join("\n", urls))
                .withValidator(urls -> !urls.isEmpty(), "Add at least one feed address.")
                .bind("feedUrls");
        binder.forField(country).asRequired("Choose a country.")
                .withConverter(c -> c == null ? null : c.code(), code -> code == null ? null
                        : countriesByCode.get(code))
                .bind("countryCode");
        binder.forField(language).asRequired("Choose a language.")
                .withConverter(o -> o == null ? null : o.value(), code -> code == null ? null
                        : languagesByCode.get(code))
                .bind("languageCode");
        binder.forField(interval).asRequired("Enter a polling interval.")
                .withValidator(new IntegerRangeValidator("The polling interval is 5 to 1440 minutes (24 hours).",
                        5, 1440))
                .bind("pollIntervalMinutes");
    }

    /** The lines of the feed text area that are not blank, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            showNew();
            return;
        }
        long sourceId;
        try {
            sourceId = Long.parseLong(id.get());
        } catch (NumberFormatException e) {
            sourceId = -1;
        }
        long wanted = sourceId;
        admin.get(wanted).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class, "There is no source #" + id.get() + "."));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // times are shown in the admin's time zone, also when this is the first screen they open
        UserTime.detect(attachEvent.getUI(), this::refreshHealth);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            var postponed = event.postpone();
            var dialog = new ConfirmDialog("Leave without saving?", "Your changes to this source are not saved.",
                    "Leave and discard them", e -> {
                        dirty = false;
                        postponed.proceed();
                    }, "Stay", e -> { });
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        }
    }

    private void showNew() {
        detail = null;
        dirty = false;
        binder.readRecord(SourceSiteForm.blank());
        heading.setText("New source");
        statusChip.setVisible(false);
        activation.setVisible(false);
        fetch.setVisible(false);
        fetchReport.setVisible(false);
        health.setVisible(false);
        name.focus();
    }

    private void show(SourceSiteDetail source) {
        boolean other = detail == null || detail.id() != source.id();
        detail = source;
        dirty = false;
        binder.readRecord(source.form());
        showState();
        fetch.setVisible(true);
        health.setVisible(true);
        if (other) {
            fetchReport.setVisible(false);
        }
        refreshHealth();
    }

    /** Heading, status and the activation button, after a load or a change of the active flag. */
    private void showState() {
        heading.setText(detail.name());
        statusChip.setVisible(true);
        statusChip.setText(detail.active() ? "Active" : "Inactive");
        statusChip.setClassName("nd-source-chip-inactive", !detail.active());
        activation.setVisible(true);
        activation.setText(detail.active() ? "Deactivate…" : "Activate");
        activation.setTooltipText(detail.active() ? "Stop fetching this source; its articles stay"
                : "Fetch this source again, from its next poll on");
        activation.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (detail.active()) {
            activation.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
    }

    private void refreshHealth() {
        if (detail == null) {
            return;
        }
        try {
            var h = admin.health(detail.id());
            health.show(h);
            if (detail.active() && h.failing()) {
                statusChip.setText("Failing");
                statusChip.addClassName("nd-source-chip-failing");
            } else {
                statusChip.removeClassName("nd-source-chip-failing");
            }
        } catch (SourceNotFoundException e) {
            tell(e.getMessage(), false);
        }
    }

    void save() {
        SourceSiteForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            tell("Not saved: please correct the marked fields.", false);
            return;
        }
        try {
            if (detail == null) {
                var created = admin.create(form);
                dirty = false;
                tell("Source \"" + created.name() + "\" created.", true);
                getUI().ifPresent(ui -> ui.navigate(SourceDetailView.class,
                        new RouteParameters("id", String.valueOf(created.id()))));
            } else {
                var saved = admin.update(detail.id(), detail.version(), form);
                boolean changed = saved.version() != detail.version();
                show(saved);
                tell(changed ? "Saved." : "Nothing to save: the source already has these values.", true);
            }
        } catch (SourceValidationException e) {
            e.errors().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
            tell("Not saved: please correct the marked fields.", false);
        } catch (StaleSourceException e) {
            stale(e.getMessage());
        } catch (SourceNotFoundException e) {
            tell(e.getMessage(), false);
        }
    }

    /** Someone saved in between: nothing was overwritten; the admin reloads (losing their changes) or keeps them. */
    private void stale(String message) {
        var dialog = new ConfirmDialog("Someone else changed this source", message
                + " Reloading replaces your changes with theirs; keep editing to copy what you need first.",
                "Reload", e -> reload(), "Keep editing", e -> { });
        dialog.open();
    }

    private void reload() {
        admin.get(detail.id()).ifPresentOrElse(this::show, () -> {
            dirty = false;
            getUI().ifPresent(ui -> ui.navigate(SourceListView.class));
        });
    }

    private void toggleActive() {
        if (detail == null) {
            return;
        }
        if (!detail.active()) {
            setActive(true);
            return;
        }
        var dialog = new ConfirmDialog("Deactivate \"" + detail.name() + "\"?", "Newsdesk stops fetching its feeds. "
                + "Its articles stay where they are, and you can activate it again at any time.",
                "Deactivate", e -> setActive(false), "Cancel", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void setActive(boolean active) {
        try {
            detail = admin.setActive(detail.id(), detail.version(), active);
            if (!dirty) {
                binder.readRecord(detail.form());
            }
            showState();
            refreshHealth();
            tell(active ? "Activated: it is fetched again from its next poll on." : "Deactivated: it is no longer "
                    + "fetched; its articles stay.", true);
        } catch (StaleSourceException e) {
            stale(e.getMessage());
        } catch (SourceNotFoundException e) {
            tell(e.getMessage(), false);
        }
    }

    /** Runs the fetch on a thread of its own, with the admin's login (the service checks it), and reports back. */
    void fetchNow() {
        if (detail == null || fetching || !fetch.isVisible()) {
            return;
        }
        UI ui = UI.getCurrent();
        long id = detail.id();
        fetching = true;
        fetch.setEnabled(false);
        progress.setVisible(true);
        fetchReport.setVisible(true);
        fetchReport.removeAll();
        fetchReport.add(new Span(dirty ? "Fetching the saved feeds (your changes are not saved yet)…"
                : "Fetching the feeds…"));
        Thread.ofVirtual().name("fetch-now-" + id).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                FetchReport report = admin.fetchNow(id);
                access(ui, () -> fetched(report, null));
            } catch (SourceNotFoundException e) {
                access(ui, () -> fetched(null, e.getMessage()));
            } catch (RuntimeException e) {
                log.error("Fetching source {} now failed", id, e);
                access(ui, () -> fetched(null, "The fetch stopped on an unexpected error; the details have been "
                        + "logged."));
            }
        }));
    }

    private static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the admin left; the outcome is on the source's health for next time
        }
    }

    private void fetched(FetchReport report, String failure) {
        fetching = false;
        fetch.setEnabled(true);
        progress.setVisible(false);
        fetchReport.removeAll();
        fetchReport.setClassName("nd-source-fetch-failed", failure != null || (report != null
                && report.error() != null));
        if (failure != null) {
            fetchReport.add(new Span(failure));
        } else if (report.skipped()) {
            fetchReport.add(new Span("Another fetch of this source is running (perhaps on another app instance); "
                    + "nothing was done. Its outcome will show in the health figures."));
        } else {
            var headline = new Span("Fetched: " + report.created() + " new, " + report.updated() + " updated, "
                    + report.unchanged() + " unchanged.");
            headline.addClassName("nd-source-fetch-headline");
            fetchReport.add(headline);
            if (report.error() != null) {
                fetchReport.add(new Div(new Span("No feed could be read: " + report.error())));
            }
            if (!report.problems().isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("nd-source-fetch-problems");
                report.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> list.add(new ListItem(p)));
                if (report.problems().size() > PROBLEMS_SHOWN) {
                    list.add(new ListItem("… and " + (report.problems().size() - PROBLEMS_SHOWN) + " more."));
                }
                fetchReport.add(new Span(report.problems().size() + (report.problems().size() == 1
                        ? " problem:" : " problems:")), list);
            }
        }
        refreshHealth();
    }

    private static void tell(String message, boolean success) {
        var n = Notification.show(message, success ? 3000 : 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    SourceSiteDetail detail() {
        return detail;
    }

    boolean fetching() {
        return fetching;
    }

    Div fetchReport() {
        return fetchReport;
    }

    SourceHealthPanel health() {
        return health;
    }

    Component statusChip() {
        return statusChip;
    }
}
