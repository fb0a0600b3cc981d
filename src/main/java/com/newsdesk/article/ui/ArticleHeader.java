package com.newsdesk.article.ui;

import com.newsdesk.article.ArticleDetail;
import com.newsdesk.base.ui.UserTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** The facts above the side-by-side text: status, source, time, flags, image with caption and credit. */
final class ArticleHeader {

    private ArticleHeader() {
    }

    static void fill(Div header, ArticleDetail d) {
        header.removeAll();
        var status = new Span(d.status().label());
        status.addClassNames("nd-status", "nd-status-" + d.status().name().toLowerCase().replace('_', '-'));
        var meta = new Div(status, sourceLink(d),
                new Span(d.countryName() + " · " + d.originalLanguageName()),
                new Span(published(d)));
        if (d.author() != null) {
            meta.add(new Span("By " + d.author()));
        }
        meta.addClassName("nd-meta");
        header.add(meta);
        if (d.statusReason() != null) {
            header.add(flag("Reason: " + d.statusReason(), "nd-flag-reason"));
        }
        var flags = new Div();
        flags.addClassName("nd-flags");
        if (d.languageMismatch()) {
            flags.add(flag("Language differs from the source's", "nd-flag-warning"));
        }
        if (d.sourceChanged()) {
            flags.add(flag("Source changed: the translation may be outdated", "nd-flag-warning"));
        }
        if (!d.translated()) {
            flags.add(flag("Waiting for machine translation", "nd-flag-info"));
        }
        if (flags.getComponentCount() > 0) {
            header.add(flags);
        }
        if (d.imageUrl() != null) {
            var figure = new Div(image(d));
            figure.addClassName("nd-figure");
            var caption = new Span((d.imageCaption() == null ? "" : d.imageCaption())
                    + (d.imageCredit() == null ? " · no credit" : " · " + d.imageCredit()));
            caption.addClassName("nd-caption");
            figure.add(caption);
            header.add(figure);
        }
    }

    private static Span flag(String text, String className) {
        var span = new Span(text);
        span.addClassNames("nd-flag", className);
        return span;
    }

    private static String published(ArticleDetail d) {
        return UserTime.format(d.sourcePublishedAt()) + (d.publishedAtEstimated() ? " (time estimated)" : "");
    }

    private static Anchor sourceLink(ArticleDetail d) {
        var link = new Anchor(d.canonicalUrl(), d.sourceName(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    private static Image image(ArticleDetail d) {
        return new Image(d.imageUrl(), d.imageAlt() == null ? "" : d.imageAlt());
    }
}
