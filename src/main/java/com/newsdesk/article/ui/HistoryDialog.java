package com.newsdesk.article.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.newsdesk.article.ArticleReviewService;
import com.newsdesk.article.RevisionItem;
import com.newsdesk.article.TextDiff;
import com.newsdesk.base.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Every saved revision of the English, each with its diff against the machine translation or the revision before,
 * and (for editors) a way to make an earlier revision current again.
 */
class HistoryDialog extends Dialog {

    static final String AGAINST_MACHINE = "Machine translation";
    static final String AGAINST_PREVIOUS = "Previous revision";

    private final transient ArticleReviewService review;
    private final long articleId;
    private final ListBox<RevisionItem> revisions = new ListBox<>();
    private final RadioButtonGroup<String> against = new RadioButtonGroup<>("Compare with");
    private final Div diff = new Div();
    private final Button restore = new Button("Restore this revision");

    HistoryDialog(ArticleReviewService review, long articleId, boolean canRestore, IntConsumer onRestore) {
        this.review = review;
        this.articleId = articleId;
        setHeaderTitle("History of the English");
        setWidth("min(72rem, 95vw)");
        addClassName("nd-history");

        List<RevisionItem> items = review.revisions(articleId);
        if (items.isEmpty()) {
            add(new Paragraph("No revisions yet: nobody has saved the English of this article. "
                    + "The first save creates revision 1."));
            getFooter().add(new Button("Close", e -> close()));
            return;
        }
        revisions.setItems(items);
        revisions.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(r -> "#" + r.number() + " · "
                + kind(r.kind()) + " · " + (r.author() == null ? "unknown" : r.author()) + " · "
                + UserTime.format(r.createdAt())));
        revisions.addClassName("nd-history-list");
        against.setItems(AGAINST_MACHINE, AGAINST_PREVIOUS);
        against.setValue(AGAINST_PREVIOUS);
        diff.addClassName("nd-diff");

        revisions.addValueChangeListener(e -> showDiff());
        against.addValueChangeListener(e -> showDiff());
        revisions.setValue(items.getFirst());

        var right = new Div(against, diff);
        right.addClassName("nd-history-diff");
        var body = new HorizontalLayout(revisions, right);
        body.setWidthFull();
        body.setFlexGrow(1, right);
        add(body);

        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setVisible(canRestore);
        restore.addClickListener(e -> {
            onRestore.accept(revisions.getValue().number());
            close();
        });
        getFooter().add(new Button("Close", e -> close()), restore);
    }

    private void showDiff() {
        RevisionItem item = revisions.getValue();
        diff.removeAll();
        if (item == null) {
            return;
        }
        restore.setEnabled(item.number() != revisions.getListDataView().getItems().findFirst()
                .map(RevisionItem::number).orElse(-1));
        render(diff, review.revisionDiff(articleId, item.number(), AGAINST_MACHINE.equals(against.getValue())));
    }

    /** Word-level diff chunks as spans: added underlined, removed struck through (styles/newsdesk.css). */
    static void render(Div target, java.util.List<TextDiff.Chunk> chunks) {
        for (TextDiff.Chunk chunk : chunks) {
            var span = new Span(chunk.text());
            span.addClassName(switch (chunk.kind()) {
                case SAME -> "nd-same";
                case ADDED -> "nd-added";
                case REMOVED -> "nd-removed";
            });
            target.add(span);
        }
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "RESTORE" -> "restored";
            case "CORRECTION" -> "correction";
            case "RETRANSLATION" -> "re-translation";
            default -> "edit";
        };
    }

    ListBox<RevisionItem> revisions() {
        return revisions;
    }

    Div diff() {
        return diff;
    }
}
