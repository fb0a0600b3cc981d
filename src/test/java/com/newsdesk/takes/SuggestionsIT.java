package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.TAKE_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Ranking on crafted data: copies of the seed story (the Japan–South Korea summit from Tokyo, the SCO summit and Xi
 * Jinping's attendance from China, Seoul's report of the summit) against unrelated reports of the same days
 * (the demo's own texts), in a week of their own.
 */
@NewsdeskIntegrationTest
class SuggestionsIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    TakeService takes;
    @Autowired
    TermStatistics statistics;
    @Autowired
    NearDuplicates nearDuplicates;

    @Test
    @WithUserDetails("reviewer")
    void the_seed_storys_takes_rank_above_unrelated_reports_of_the_same_days() {
        var day = OffsetDateTime.of(2023, 5, 20, 1, 0, 0, 0, ZoneOffset.UTC);
        long summit = TakeTestArticles.seedCopy(dsl, "seed-summit", "JP", 0, day);
        long sco = TakeTestArticles.seedCopy(dsl, "seed-sco", "CN", 0, day.minusHours(1));
        long xi = TakeTestArticles.seedCopy(dsl, "seed-xi", "CN", 1, day.minusHours(7));
        long korea = TakeTestArticles.seedCopy(dsl, "seed-korea", "KR", 0, day.plusHours(8));
        List<Long> unrelated = new ArrayList<>();
        unrelated.add(TakeTestArticles.seedCopy(dsl, "heat-tokyo", "JP", 1, day.plusDays(1)));
        unrelated.add(TakeTestArticles.seedCopy(dsl, "boe-thames", "GB", 0, day.minusDays(2)));
        unrelated.add(TakeTestArticles.seedCopy(dsl, "football-planalto", "BR", 0, day.plusDays(3)));
        unrelated.add(TakeTestArticles.seedCopy(dsl, "refinery-lagos", "NG", 0, day));
        unrelated.add(TakeTestArticles.seedCopy(dsl, "rail-jinghua", "CN", 2, day.minusDays(1)));
        unrelated.add(TakeTestArticles.seedCopy(dsl, "ocean-tejo", "PT", 0, day.plusDays(2)));
        unrelated.add(TakeTestArticles.seedCopy(dsl, "museum-nile", "EG", 0, day.minusDays(3)));
        statistics.refresh();

        List<Suggestion> found = suggestions.suggest(summit, 20);
        List<Long> ranked = found.stream().map(s -> s.article().id()).toList();

        assertThat(ranked).as("Seoul's report of the same summit comes first").first().isEqualTo(korea);
        assertThat(ranked).contains(sco, xi);
        for (long u : unrelated) {
            if (ranked.contains(u)) {
                assertThat(ranked.indexOf(sco)).as("SCO summit above %d", u).isLessThan(ranked.indexOf(u));
                assertThat(ranked.indexOf(xi)).as("Xi's attendance above %d", u).isLessThan(ranked.indexOf(u));
            }
        }
        var seoul = found.getFirst();
        assertThat(seoul.score()).isBetween(50, 100);
        assertThat(seoul.sharedTerms()).contains("Lee", "Ishiba");
        assertThat(seoul.otherCountry()).isTrue();
        assertThat(seoul.reasons()).anyMatch(r -> r.startsWith("shares ")).anyMatch(r -> r.contains("another country"));
        assertThat(found).allSatisfy(s -> assertThat(s.score()).isBetween(0, 100));
    }

    @Test
    @WithUserDetails("reviewer")
    void suggestions_leave_out_the_same_source_linked_articles_twins_and_articles_outside_the_window() {
        var day = OffsetDateTime.of(2023, 7, 3, 6, 0, 0, 0, ZoneOffset.UTC);
        long summit = TakeTestArticles.seedCopy(dsl, "seed-summit", "JP", 0, day);
        long sameSource = TakeTestArticles.seedCopy(dsl, "seed-korea", "JP", 0, day.plusHours(3));
        long linked = TakeTestArticles.seedCopy(dsl, "seed-korea", "KR", 0, day.plusHours(2));
        long later = TakeTestArticles.seedCopy(dsl, "seed-korea", "KR", 1, day.plusDays(15));
        long rejected = TakeTestArticles.create(dsl, "KR", 2, day.plusHours(1), "REJECTED", "x", "<p>x</p>",
                DemoTexts.seedEnglish("seed-korea").title(), DemoTexts.seedEnglish("seed-korea").html());
        long candidate = TakeTestArticles.seedCopy(dsl, "seed-korea", "CN", 0, day.plusHours(4));
        takes.link(summit, linked, null);
        statistics.refresh();

        var ids = suggestions.suggest(summit, 50).stream().map(s -> s.article().id()).toList();
        assertThat(ids).contains(candidate).doesNotContain(summit, sameSource, linked, later, rejected);
        assertThat(suggestions.search(summit, "Shigeru Ishiba shuttle diplomacy", 100))
                .anySatisfy(h -> {
                    assertThat(h.article().id()).isEqualTo(linked);
                    assertThat(h.linked()).isTrue();
                    assertThat(h.linkable()).isFalse();
                });
    }

    @Test
    @WithUserDetails("reviewer")
    void an_articles_profile_follows_its_english_status_and_time_whoever_writes_them() {
        var day = OffsetDateTime.of(2023, 11, 8, 6, 0, 0, 0, ZoneOffset.UTC);
        long summit = TakeTestArticles.seedCopy(dsl, "seed-summit", "JP", 0, day);
        long korea = TakeTestArticles.seedCopy(dsl, "seed-korea", "KR", 0, day.plusHours(2));
        statistics.refresh();
        var profile = profile(korea);
        assertThat(profile.get(TAKE_PROFILE.KEYS)).hasSizeLessThanOrEqualTo(64);
        assertThat(holds(korea, "ishiba", "lee", "summit")).isTrue();
        assertThat(holds(korea, "zanzibar")).isFalse();
        assertThat(profile.get(TAKE_PROFILE.PUBLISHED_AT).toInstant()).isEqualTo(day.plusHours(2).toInstant());
        assertThat(profile.get(TAKE_PROFILE.REJECTED)).isFalse();
        assertThat(ids(summit)).contains(korea);

        // an editor's English title counts over the machine's, at once
        dsl.update(ARTICLE).set(ARTICLE.TITLE, "Zanzibar clove harvest fails").where(ARTICLE.ID.eq(korea)).execute();
        assertThat(holds(korea, "zanzibar", "clove")).isTrue();
        assertThat(profile(korea).get(TAKE_PROFILE.TITLE)).isEqualTo("Zanzibar clove harvest fails");

        // rejected: kept, but no longer suggested
        dsl.update(ARTICLE).set(ARTICLE.STATUS, "REJECTED").set(ARTICLE.STATUS_REASON, "test")
                .where(ARTICLE.ID.eq(korea)).execute();
        assertThat(profile(korea).get(TAKE_PROFILE.REJECTED)).isTrue();
        assertThat(ids(summit)).doesNotContain(korea);

        // moved out of the window
        dsl.update(ARTICLE).set(ARTICLE.STATUS, "TRANSLATED").set(ARTICLE.SOURCE_PUBLISHED_AT, day.plusDays(20))
                .where(ARTICLE.ID.eq(korea)).execute();
        assertThat(ids(summit)).doesNotContain(korea);

        // no English any more: no profile
        dsl.update(ARTICLE).set(ARTICLE.STATUS, "INGESTED").setNull(ARTICLE.TITLE).setNull(ARTICLE.MT_TITLE)
                .setNull(ARTICLE.MT_BODY).setNull(ARTICLE.MT_ENGINE).where(ARTICLE.ID.eq(korea)).execute();
        assertThat(dsl.fetchExists(TAKE_PROFILE, TAKE_PROFILE.ARTICLE_ID.eq(korea))).isFalse();
        assertThat(suggestions.suggest(korea, 10)).isEmpty();
    }

    @Test
    void a_profile_holds_at_most_64_lexemes_title_first_then_the_most_used() {
        var body = new StringBuilder("<p>");
        for (int i = 0; i < 200; i++) {
            body.append("word").append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append("x ");
        }
        body.append("harbour harbour harbour</p>");
        long id = TakeTestArticles.english(dsl, "GB", 0, OffsetDateTime.of(2023, 12, 1, 6, 0, 0, 0, ZoneOffset.UTC),
                "Lighthouse keepers strike", body.toString());
        assertThat(profile(id).get(TAKE_PROFILE.KEYS)).hasSize(64);
        assertThat(holds(id, "lighthous", "keeper", "strike", "harbour", "wordaax")).isTrue();
        assertThat(holds(id, "wordhrx")).as("the 200th word is not in the lead").isFalse();
    }

    /** Whether the article's profile holds every one of the lexemes (as keys of its week). */
    private boolean holds(long id, String... lexemes) {
        return (Boolean) dsl.fetchValue("SELECT take_term_keys(?::text[], p.published_at, p.published_at) <@ p.keys "
                + "FROM take_profile p WHERE p.article_id = ?", (Object) lexemes, id);
    }

    private org.jooq.Record profile(long id) {
        return dsl.selectFrom(TAKE_PROFILE).where(TAKE_PROFILE.ARTICLE_ID.eq(id)).fetchSingle();
    }

    private List<Long> ids(long id) {
        return suggestions.suggest(id, 50).stream().map(s -> s.article().id()).toList();
    }

    @Test
    @WithUserDetails("reviewer")
    void wire_copy_is_never_suggested_for_its_twin_and_folded_into_one_suggestion_for_others() {
        var day = OffsetDateTime.of(2023, 9, 12, 6, 0, 0, 0, ZoneOffset.UTC);
        var wire = DemoTexts.story("eastern-turkey-earthquake", "en");
        long first = TakeTestArticles.english(dsl, "GB", 0, day, wire.title(), wire.html());
        long second = TakeTestArticles.english(dsl, "US", 0, day.plusHours(2), "Quake damages buildings in eastern "
                + "Turkey", wire.html().replaceFirst("<p>", "<p>(ALN) "));
        long third = TakeTestArticles.english(dsl, "AU", 0, day.plusHours(3), wire.title(), wire.html()
                + "<p>Reporting by ALN.</p>");
        // Ankara's own report of the same quake, in Turkish, with its machine translation
        var turkish = DemoTexts.story("eastern-turkey-earthquake", "tr");
        long ankara = TakeTestArticles.create(dsl, "TR", 0, day.plusHours(1), "APPROVED", turkish.title(),
                turkish.html(), wire.title(), wire.html().replace("at least 46 people", "46 people"));
        nearDuplicates.detectAll(500);
        statistics.refresh();

        var forFirst = suggestions.suggest(first, 20).stream().map(s -> s.article().id()).toList();
        assertThat(forFirst).contains(ankara).doesNotContain(second, third);

        var forAnkara = suggestions.suggest(ankara, 20);
        var wireSuggestions = forAnkara.stream().filter(s -> List.of(first, second, third).contains(s.article().id()))
                .toList();
        assertThat(wireSuggestions).as("one suggestion for the three copies").hasSize(1);
        assertThat(wireSuggestions.getFirst().twins()).hasSize(2);
        assertThat(wireSuggestions.getFirst().reasons()).anyMatch(r -> r.contains("same text also at 2 other outlets"));
        assertThatLinkingTwinsIsRefused(first, second);
    }

    private void assertThatLinkingTwinsIsRefused(long a, long b) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> takes.link(a, b, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("near-duplicate");
    }
}
