package com.newsdesk.admin.ui;

import java.io.Serial;
import java.nio.charset.StandardCharsets;

import com.newsdesk.admin.GlossaryService;
import com.newsdesk.admin.GlossaryTerm;
import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.source.Option;
import com.newsdesk.source.SourceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/** The glossary the translation checks use: per source language, a term and the English it must become. */
@Route(value = "admin/glossary", layout = MainLayout.class)
@PageTitle("Glossary")
@Menu(title = "Glossary", order = 60, icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN)
public class GlossaryView extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient GlossaryService glossary;
    private final Grid<GlossaryTerm> grid = new Grid<>();
    private final ComboBox<Option> language = new ComboBox<>("Language");
    private UI attachedUi;

    public GlossaryView(GlossaryService glossary, SourceService sources) {
        this.glossary = glossary;
        addClassName("nd-glossary");
        setSizeFull();

        var languages = sources.languageOptions();
        language.setItems(languages);
        language.setItemLabelGenerator(Option::label);
        language.setPlaceholder("All languages");
        language.setClearButtonVisible(true);
        language.addValueChangeListener(e -> refresh());

        var add = new Button("Add term", e -> edit(new GlossaryTerm(null,
                language.getValue() == null ? null : language.getValue().value(), "", "", null), languages));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var result = glossary.importCsv(new String(bytes, StandardCharsets.UTF_8));
            // the upload arrives outside the UI's lock: show the outcome through access()
            UI ui = attachedUi;
            if (ui != null) {
                ui.access(() -> {
                    refresh();
                    show("Imported: " + result.added() + " added, " + result.updated() + " updated"
                            + (result.errors().isEmpty() ? "." : "; " + result.errors().size() + " lines skipped: "
                            + String.join(" ", result.errors())), result.errors().isEmpty());
                });
            }
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setUploadButton(new Button("Import CSV…"));
        upload.setDropLabel(new Span("language, source term, English term, note"));

        var bar = new HorizontalLayout(language, add, upload);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(GlossaryTerm::languageCode).setHeader("Language").setKey("language").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(GlossaryTerm::sourceTerm).setHeader("Source term").setKey("source").setFlexGrow(2);
        grid.addColumn(GlossaryTerm::englishTerm).setHeader("English").setKey("english").setFlexGrow(2);
        grid.addColumn(t -> t.note() == null ? "" : t.note()).setHeader("Note").setKey("note").setFlexGrow(3);
        grid.addComponentColumn(t -> {
            var edit = new Button("Edit", e -> edit(t, languages));
            var delete = new Button("Delete", e -> confirmDelete(t));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit(e.getItem(), languages));
        grid.setEmptyStateText("No glossary terms yet. Add one, or import a CSV file.");
        grid.setSizeFull();

        add(bar, grid);
        setFlexGrow(1, grid);
        refresh();
        addAttachListener(e -> attachedUi = e.getUI());
        addDetachListener(e -> attachedUi = null);
    }

    private void edit(GlossaryTerm term, java.util.List<Option> languages) {
        new GlossaryTermDialog(term, languages, changed -> {
            try {
                glossary.save(changed);
                refresh();
                show("Saved.", true);
                return true;
            } catch (IllegalArgumentException e) {
                show(e.getMessage(), false);
                return false;
            }
        }).open();
    }

    private void confirmDelete(GlossaryTerm term) {
        new ConfirmDialog("Delete \"" + term.sourceTerm() + "\"?", "The translation checks will no longer ask for \""
                + term.englishTerm() + "\".", "Delete", e -> {
                    glossary.delete(term.id());
                    refresh();
                }, "Cancel", e -> { }).open();
    }

    private void refresh() {
        grid.setItems(glossary.list(language.getValue() == null ? null : language.getValue().value()));
    }

    private static void show(String message, boolean success) {
        var n = Notification.show(message, success ? 3000 : 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    Grid<GlossaryTerm> grid() {
        return grid;
    }
}
