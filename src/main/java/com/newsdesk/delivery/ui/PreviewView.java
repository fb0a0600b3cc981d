package com.newsdesk.delivery.ui;

import java.io.Serial;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.newsdesk.base.security.Roles;
import com.newsdesk.base.ui.MainLayout;
import com.newsdesk.base.ui.UserTime;
import com.newsdesk.delivery.DeliveredArticle;
import com.newsdesk.delivery.DeliveryService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The article as the app's page shows it, in the seed page's order (main image, title, date, Alternative Takes,
 * body), with what the app must credit (image caption and credit, "Translated from …" attribution), at phone or
 * desktop width. It renders the very record the delivery API sends, so what an editor sees here is what the app
 * gets; only published takes appear, as in the app.
 */
@Route(value = "articles/:id(\\d+)/preview", layout = MainLayout.class)
@PageTitle("Preview")
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
public class PreviewView extends VerticalLayout implements BeforeEnterObserver {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    private static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4", "h5", "h6");

    private final transient DeliveryService delivery;
    private final Div frame = new Div();
    private final Button phone = new Button("Phone");
    private final Button desktop = new Button("Desktop");
    private final Anchor back = new Anchor();

    public PreviewView(DeliveryService delivery) {
        this.delivery = delivery;
        addClassName("nd-preview");
        phone.setTooltipText("Phone width, 390 px (Alt+1)");
        desktop.setTooltipText("Desktop width, 1024 px (Alt+2)");
        phone.addClickListener(e -> width(true));
        desktop.addClickListener(e -> width(false));
        Shortcuts.addShortcutListener(this, () -> width(true), Key.DIGIT_1, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> width(false), Key.DIGIT_2, KeyModifier.ALT);
        back.setText("← Back to the article");
        var bar = new HorizontalLayout(back, phone, desktop);
        bar.addClassName("nd-preview-bar");
        frame.addClassName("nd-preview-frame");
        add(bar, frame);
        width(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        delivery.preview(id).ifPresentOrElse(this::render,
                () -> event.rerouteToError(NotFoundException.class, "There is no article #" + id + "."));
    }

    private void width(boolean narrow) {
        frame.getElement().getClassList().set("nd-phone", narrow);
        frame.getElement().getClassList().set("nd-desktop", !narrow);
        phone.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        desktop.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        (narrow ? phone : desktop).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private void render(DeliveredArticle a) {
        back.setHref("articles/" + a.id());
        frame.removeAll();
        var page = new Div();
        page.addClassName("nd-app-page");
        if (a.image() != null) {
            var image = new Image(a.image().url(), a.image().alt() == null ? "" : a.image().alt());
            image.addClassName("nd-app-image");
            page.add(image);
            String credit = String.join(" · ", java.util.stream.Stream.of(a.image().caption(), a.image().credit())
                    .filter(s -> s != null && !s.isBlank()).toList());
            if (!credit.isEmpty()) {
                var caption = new Paragraph(credit);
                caption.addClassName("nd-app-caption");
                page.add(caption);
            }
        }
        page.add(new H1(a.title() == null ? "" : a.title()));
        Instant date = a.publishedAt() != null ? a.publishedAt() : Instant.now();
        var when = new Paragraph(DATE.format(date.atZone(UserTime.zone()))
                + (a.publishedAt() == null ? " (not published yet)" : ""));
        when.addClassName("nd-app-date");
        page.add(when);
        if (!a.alternativeTakes().isEmpty()) {
            var takes = new Div(new H2("Alternative Takes"));
            takes.addClassName("nd-app-takes");
            var list = new UnorderedList();
            for (var take : a.alternativeTakes()) {
                list.add(new ListItem(take.title()));
            }
            takes.add(list);
            page.add(takes);
        }
        var body = new Html("<div class=\"nd-app-body\">" + Jsoup.clean(a.body() == null ? "" : a.body(), SAFE)
                + "</div>");
        page.add(body);
        if (a.correction() != null) {
            var correction = new Paragraph("Correction: " + a.correction());
            correction.addClassName("nd-app-correction");
            page.add(correction);
        }
        var attribution = new Paragraph(attribution(a));
        attribution.addClassName("nd-app-attribution");
        page.add(attribution);
        frame.add(page);
        if (a.publishedAt() == null) {
            var note = new Span("Not published: the app does not show this article yet.");
            note.addClassName("nd-preview-note");
            frame.addComponentAsFirst(note);
        }
    }

    /** "Translated from Japanese · originally published by Kyodo News, Japan" (no translation for English originals). */
    static String attribution(DeliveredArticle a) {
        String origin = "published by " + a.source().name() + ", " + a.countryName();
        boolean translated = a.translation().engine() != null && !a.originalLanguage().startsWith("en");
        return translated ? "Translated from " + a.translation().fromLanguage() + " · originally " + origin
                : "Originally " + origin;
    }
}
