package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class TakeServiceIT {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2023, 2, 14, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    DSLContext dsl;
    @Autowired
    TakeService takes;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    StoryService stories;
    @Autowired
    WorklistService worklist;
    @Autowired
    NearDuplicateService duplicates;

    private long article(String country, int source) {
        return TakeTestArticles.seedCopy(dsl, "seed-sco", country, source, WHEN);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_link_shows_on_both_articles_and_unlinking_from_either_side_removes_it() {
        long a = article("JP", 0);
        long b = article("KR", 0);
        takes.link(a, b, "Seoul's view");

        assertThat(takes.takes(a)).extracting(Take::otherId).containsExactly(b);
        assertThat(takes.takes(b)).extracting(Take::otherId).containsExactly(a);
        assertThat(takes.takes(b).getFirst().note()).isEqualTo("Seoul's view");

        takes.unlink(b, a);
        assertThat(takes.takes(a)).isEmpty();
        assertThat(takes.takes(b)).isEmpty();
        assertThat(audit(a, b)).containsExactly("TAKE_LINKED", "TAKE_UNLINKED");
        assertThat(dsl.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(TakeService.key(a, b)))
                .fetch(AUDIT_EVENT.ACTOR)).containsOnly("reviewer");
    }

    @Test
    @WithUserDetails("reviewer")
    void each_article_keeps_its_own_order_of_takes() {
        long a = article("JP", 0);
        long b = article("KR", 0);
        long c = article("CN", 0);
        long d = article("FR", 0);
        takes.link(a, b, null);
        takes.link(a, c, null);
        takes.link(a, d, null);
        takes.link(b, d, null);
        assertThat(ids(takes.takes(a))).containsExactly(b, c, d);

        takes.reorder(a, List.of(d, b, c));
        assertThat(ids(takes.takes(a))).containsExactly(d, b, c);
        takes.move(a, d, 1);
        assertThat(ids(takes.takes(a))).containsExactly(b, d, c);
        takes.move(a, c, -5);
        assertThat(ids(takes.takes(a))).containsExactly(c, b, d);
        // the other sides keep their own order
        assertThat(ids(takes.takes(d))).containsExactly(a, b);
        assertThat(ids(takes.takes(b))).containsExactly(a, d);
        // a new link goes to the end of both lists
        long e = article("DE", 0);
        takes.link(e, a, null);
        assertThat(ids(takes.takes(a))).containsExactly(c, b, d, e);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("TAKES_REORDERED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(a))))).isEqualTo(3);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reorder_made_on_an_outdated_list_changes_nothing() {
        long a = article("JP", 0);
        long b = article("KR", 0);
        long c = article("CN", 0);
        takes.link(a, b, null);
        takes.link(a, c, null);
        long d = article("FR", 0);
        takes.link(a, d, null); // someone else linked d meanwhile
        assertThatThrownBy(() -> takes.reorder(a, List.of(c, b))).isInstanceOf(TakesChangedException.class);
        assertThat(ids(takes.takes(a))).containsExactly(b, c, d);
    }

    @Test
    @WithUserDetails("reviewer")
    void notes_are_kept_on_both_sides_audited_and_limited_in_length() {
        long a = article("JP", 0);
        long b = article("KR", 0);
        takes.link(a, b, null);
        takes.note(b, a, "  Tokyo's report of the same summit ");
        assertThat(takes.takes(a).getFirst().note()).isEqualTo("Tokyo's report of the same summit");
        takes.note(a, b, "");
        assertThat(takes.takes(b).getFirst().note()).isNull();
        assertThatThrownBy(() -> takes.note(a, b, "x".repeat(TakeService.MAX_NOTE + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
        assertThat(audit(a, b)).containsExactly("TAKE_LINKED", "TAKE_NOTE_CHANGED", "TAKE_NOTE_CHANGED");
    }

    @Test
    @WithUserDetails("editor")
    void an_article_is_linked_once_never_to_itself_nor_to_a_missing_article() {
        long a = article("JP", 0);
        long b = article("KR", 0);
        takes.link(a, b, null);
        assertThatThrownBy(() -> takes.link(b, a, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already linked");
        assertThatThrownBy(() -> takes.link(a, a, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> takes.link(a, Long.MAX_VALUE, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no article");
        assertThatThrownBy(() -> takes.unlink(a, article("CN", 0))).isInstanceOf(TakesChangedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_only_user_can_neither_link_nor_see_takes_suggestions_stories_or_the_worklist() {
        assertThatThrownBy(() -> takes.link(1, 2, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> takes.unlink(1, 2)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> takes.reorder(1, List.of())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> takes.note(1, 2, "x")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> takes.takes(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.suggest(1, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.search(1, "summit", 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> stories.story(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> worklist.list(10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> duplicates.twins(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void nobody_signed_in_cannot_link() {
        assertThatThrownBy(() -> takes.link(1, 2, null))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_story_is_the_connected_group_with_its_coverage_by_country() {
        long a = article("JP", 0);
        long b = article("KR", 0);
        long c = article("KR", 1);
        long d = article("CN", 0);
        takes.link(a, b, null);
        takes.link(b, c, null);
        takes.link(c, d, null);
        var story = stories.story(d);
        assertThat(story.articles()).extracting(TakeArticle::id).containsExactlyInAnyOrder(a, b, c, d);
        assertThat(story.coverage()).extracting(Story.Coverage::countryCode).containsExactly("KR", "CN", "JP");
        assertThat(story.coverage().getFirst().outlets()).hasSize(2);
        assertThat(stories.recent(50)).anySatisfy(s -> assertThat(s.articles()).isEqualTo(4));
    }

    private static List<Long> ids(List<Take> list) {
        return list.stream().map(Take::otherId).toList();
    }

    private List<String> audit(long a, long b) {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("alternative_take").and(AUDIT_EVENT.ENTITY_ID.eq(TakeService.key(a, b))))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
