package com.newsdesk.takes.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.takes.SearchHit;
import com.newsdesk.takes.Suggestion;
import com.newsdesk.takes.Take;
import com.newsdesk.takes.TakeService;
import com.newsdesk.takes.TakeTestArticles;
import com.newsdesk.takes.TermStatistics;
import com.newsdesk.takes.Worklist;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class TakesViewIT extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TermStatistics statistics;
    @Autowired
    TakeService takes;
    @Autowired
    Worklist worklist;

    private long[] story(OffsetDateTime day) {
        long summit = TakeTestArticles.seedCopy(dsl, "seed-summit", "JP", 0, day);
        long korea = TakeTestArticles.seedCopy(dsl, "seed-korea", "KR", 0, day.plusHours(5));
        long sco = TakeTestArticles.seedCopy(dsl, "seed-sco", "CN", 0, day.minusHours(2));
        long xi = TakeTestArticles.seedCopy(dsl, "seed-xi", "CN", 1, day.minusHours(9));
        statistics.refresh();
        return new long[] {summit, korea, sco, xi};
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_links_suggestions_reorders_with_the_keyboard_notes_and_unlinks() {
        long[] ids = story(OffsetDateTime.of(2022, 4, 9, 3, 0, 0, 0, ZoneOffset.UTC));
        var view = navigate("articles/" + ids[0] + "/takes", TakesView.class);
        assertThat(view.current()).isEmpty();
        var suggested = view.suggestionsGrid().getGenericDataView().getItems().map(s -> s.article().id()).toList();
        assertThat(suggested).startsWith(ids[1]).contains(ids[2], ids[3]);

        // Alt+L links the selected suggestion; the link buttons link the others
        view.suggestionsGrid().select(suggestion(view, ids[1]));
        fireShortcut(Key.KEY_L, KeyModifier.ALT);
        view.link(suggestion(view, ids[2]).article());
        view.link(suggestion(view, ids[3]).article());
        assertThat(ids(view)).containsExactly(ids[1], ids[2], ids[3]);
        assertThat(view.suggestionsGrid().getGenericDataView().getItems().map(s -> s.article().id()))
                .doesNotContain(ids[1], ids[2], ids[3]);

        // Alt+Down moves the selected take down, Alt+Up up
        view.takesGrid().select(view.current().getFirst());
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(ids(view)).containsExactly(ids[2], ids[1], ids[3]);
        fireShortcut(Key.ARROW_UP, KeyModifier.ALT);
        assertThat(ids(view)).containsExactly(ids[1], ids[2], ids[3]);

        // a note typed in the row is saved and shown on the other side too (grid cells are not rendered without a
        // browser: the row's field calls this; TakesBrowserIT works the rendered grid)
        view.saveNote(view.current().getFirst(), "Seoul's account of the same talks");
        assertThat(takes.takes(ids[1])).singleElement()
                .satisfies(t -> assertThat(t.note()).isEqualTo("Seoul's account of the same talks"));
        assertThat(view.current().getFirst().note()).isEqualTo("Seoul's account of the same talks");

        // Alt+U unlinks the selected take; it is gone on both sides
        view.takesGrid().select(view.current().get(2));
        fireShortcut(Key.KEY_U, KeyModifier.ALT);
        assertThat(ids(view)).containsExactly(ids[1], ids[2]);
        assertThat(takes.takes(ids[3])).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_finds_an_article_by_text_and_links_it_from_the_results() {
        long[] ids = story(OffsetDateTime.of(2022, 6, 1, 3, 0, 0, 0, ZoneOffset.UTC));
        var view = navigate("articles/" + ids[0] + "/takes", TakesView.class);
        view.showSearch(); // Alt+F
        // the tab's content is not attached without a browser: set the field's value directly
        view.search().setValue("Haihe");
        var hits = view.searchGrid().getGenericDataView().getItems().toList();
        assertThat(hits).extracting(h -> h.article().id()).contains(ids[2]);
        view.link(hits.stream().filter(h -> h.article().id() == ids[2]).findFirst().map(SearchHit::article)
                .orElseThrow());
        assertThat(ids(view)).containsExactly(ids[2]);
        assertThat(view.searchGrid().getGenericDataView().getItems().filter(h -> h.article().id() == ids[2])
                .findFirst().orElseThrow().linked()).isTrue();
    }

    @Test
    @WithUserDetails("reviewer")
    void the_story_view_shows_coverage_and_the_missing_country_and_the_worklist_ranks_by_good_candidates() {
        long[] ids = story(OffsetDateTime.now(ZoneOffset.UTC).minusDays(400));
        takes.link(ids[0], ids[2], null);
        var view = navigate("stories/" + ids[0], StoryView.class);
        assertThat(view.story().coverage()).extracting(c -> c.countryCode()).containsExactlyInAnyOrder("JP", "CN");
        assertThat(view.story().missing()).anySatisfy(p -> {
            assertThat(p.countryCode()).isEqualTo("KR");
            assertThat(p.example().id()).isEqualTo(ids[1]);
        });
        assertThat(view.getElement().getTextRecursively()).contains("Missing perspectives", "South Korea");

        var stories = navigate("stories", StoriesView.class);
        assertThat(stories.grid().getGenericDataView().getItems()).anySatisfy(s ->
                assertThat(s.first().id()).isIn(ids[3], ids[2], ids[0]));
    }

    @Test
    @WithUserDetails("reviewer")
    void the_worklist_puts_the_article_with_most_good_candidates_first() {
        var day = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        long[] ids = story(day);
        // the worklist shows approved and published articles: the summit's copy is approved, with its own title
        var summit = com.newsdesk.takes.DemoTexts.seedEnglish("seed-summit");
        ids[0] = TakeTestArticles.create(dsl, "JP", 2, day, "APPROVED", "原文", "<p>原文</p>",
                "Japanese and South Korean leaders meet on security and the economy", summit.html());
        worklist.count(ids[0]);
        worklist.count(ids[2]);
        var view = navigate("takes/worklist", WorklistView.class);
        var rows = view.grid().getGenericDataView().getItems().toList();
        var row = rows.stream().filter(r -> r.article().id() == ids[0]).findFirst().orElseThrow();
        assertThat(row.goodCandidates()).isGreaterThanOrEqualTo(1);
        assertThat(row.takes()).isZero();
        // counted rows come before uncounted ones, more good candidates first
        var counted = rows.stream().filter(r -> r.goodCandidates() != null).map(r -> r.goodCandidates()).toList();
        assertThat(counted).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_open_the_takes_screens_by_address() {
        assertThatThrownBy(() -> navigate("articles/1/takes", TakesView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate(WorklistView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate(StoriesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(TakesView.class);
    }

    private static Suggestion suggestion(TakesView view, long id) {
        return view.suggestionsGrid().getGenericDataView().getItems().filter(s -> s.article().id() == id).findFirst()
                .orElseThrow();
    }

    private static java.util.List<Long> ids(TakesView view) {
        return view.current().stream().map(Take::otherId).toList();
    }
}
