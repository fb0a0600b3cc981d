package com.newsdesk.source;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.ingest.TestSources;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class SourceAdminServiceIT {

    @Autowired
    SourceAdminService admin;
    @Autowired
    SourceService sources;
    @Autowired
    DSLContext dsl;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static SourceSiteForm form(String name) {
        String host = "site-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        return new SourceSiteForm(name, "https://" + host + "/", List.of("https://" + host + "/rss.xml"), "FR", "fr",
                30);
    }

    private Map<SourceField, String> refusal(SourceSiteForm form) {
        return catchThrowableOfType(SourceValidationException.class, () -> admin.create(form)).errors();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_admin_creates_a_source_stripped_and_normalised_and_it_is_audited() {
        String name = unique("Le Courrier");
        var created = admin.create(new SourceSiteForm("  " + name + " ", " HTTPS://Courrier.EXAMPLE ",
                List.of("https://Courrier.example/rss?utm_source=x#top", "  ", "http://courrier.example:80/atom"),
                "fr", "FR", 15));

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.homeUrl()).isEqualTo("https://courrier.example/");
        assertThat(created.feedUrls()).containsExactly("https://courrier.example/rss", "http://courrier.example/atom");
        assertThat(created.countryCode()).isEqualTo("FR");
        assertThat(created.languageCode()).isEqualTo("fr");
        assertThat(created.pollIntervalMinutes()).isEqualTo(15);
        assertThat(created.active()).isTrue();
        assertThat(admin.get(created.id())).contains(created);
        assertThat(dsl.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("SOURCE_SITE_CREATED"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(created.id()))).fetch(AUDIT_EVENT.ACTOR))
                .containsExactly("ada");
        assertThat(sources.sourceOptions()).extracting(Option::label).contains(name + " (FR)");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void every_problem_of_a_form_comes_back_at_once_each_with_its_field() {
        var errors = refusal(new SourceSiteForm(" ", "", List.of(" "), null, "", null));
        assertThat(errors).containsExactly(
                Map.entry(SourceField.NAME, "Enter a name."),
                Map.entry(SourceField.HOME_URL, "Enter the address of the home page."),
                Map.entry(SourceField.FEED_URLS, "Add at least one feed address."),
                Map.entry(SourceField.COUNTRY, "Choose a country."),
                Map.entry(SourceField.LANGUAGE, "Choose a language."),
                Map.entry(SourceField.POLL_INTERVAL, "Enter a polling interval."));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void each_rule_is_refused_with_a_clear_message() {
        var valid = form(unique("Rules"));
        assertThat(refusal(new SourceSiteForm("x".repeat(201), valid.homeUrl(), valid.feedUrls(), "FR", "fr", 30)))
                .containsExactly(Map.entry(SourceField.NAME, "A name has at most 200 characters."));
        assertThat(refusal(new SourceSiteForm(valid.name(), "ftp://files.example/", valid.feedUrls(), "FR", "fr", 30)))
                .containsExactly(Map.entry(SourceField.HOME_URL, "Home page: not an http(s) address: ftp://files.example/."));
        assertThat(refusal(new SourceSiteForm(valid.name(), "www.example.com", valid.feedUrls(), "FR", "fr", 30)))
                .containsKey(SourceField.HOME_URL);
        assertThat(refusal(new SourceSiteForm(valid.name(), valid.homeUrl(),
                List.of("https://a.example/rss", "feed.example/rss", "https://A.example/rss#x"), "FR", "fr", 30)))
                .containsExactly(Map.entry(SourceField.FEED_URLS, "Feed 2: not an http(s) address: feed.example/rss. "
                        + "Feed 3 is the same address as feed 1: https://a.example/rss."));
        assertThat(refusal(new SourceSiteForm(valid.name(), valid.homeUrl(), valid.feedUrls(), "ZZ", "fr", 30)))
                .containsExactly(Map.entry(SourceField.COUNTRY, "\"ZZ\" is not a country Newsdesk covers."));
        assertThat(refusal(new SourceSiteForm(valid.name(), valid.homeUrl(), valid.feedUrls(), "FR", "xx-klingon", 30)))
                .containsExactly(Map.entry(SourceField.LANGUAGE, "\"xx-klingon\" is not a language Newsdesk knows."));
        String interval = "The polling interval is 5 to 1440 minutes (24 hours).";
        assertThat(refusal(new SourceSiteForm(valid.name(), valid.homeUrl(), valid.feedUrls(), "FR", "fr", 4)))
                .containsExactly(Map.entry(SourceField.POLL_INTERVAL, interval));
        assertThat(refusal(new SourceSiteForm(valid.name(), valid.homeUrl(), valid.feedUrls(), "FR", "fr", 1441)))
                .containsExactly(Map.entry(SourceField.POLL_INTERVAL, interval));
        // the limits themselves are fine
        assertThat(admin.create(new SourceSiteForm(unique("Five"), valid.homeUrl(), valid.feedUrls(), "FR", "fr", 5))
                .pollIntervalMinutes()).isEqualTo(5);
        assertThat(admin.create(new SourceSiteForm(unique("Day"), valid.homeUrl(), valid.feedUrls(), "FR", "fr", 1440))
                .pollIntervalMinutes()).isEqualTo(1440);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_name_is_unique_whatever_the_case_of_its_letters() {
        String name = unique("Daily Planet");
        var first = admin.create(form(name));
        assertThat(refusal(form(name.toUpperCase()))).containsExactly(
                Map.entry(SourceField.NAME, "Another source is already called \"" + name.toUpperCase() + "\"."));
        var other = admin.create(form(unique("Daily Bugle")));
        assertThatThrownBy(() -> admin.update(other.id(), other.version(), form(name)))
                .isInstanceOf(SourceValidationException.class)
                .hasMessage("Another source is already called \"" + name + "\".");
        // keeping its own name is no clash
        var renamed = admin.update(first.id(), first.version(), new SourceSiteForm(name, first.homeUrl(),
                first.feedUrls(), "FR", "fr", 60));
        assertThat(renamed.pollIntervalMinutes()).isEqualTo(60);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_update_replaces_the_feeds_counts_the_version_up_and_is_audited() {
        var created = admin.create(form(unique("Gazette")));
        var changed = new SourceSiteForm(created.name() + " du Soir", "https://soir.example/",
                List.of("https://soir.example/atom", "https://soir.example/rss"), "DE", "de",
                120);
        var updated = admin.update(created.id(), created.version(), changed);

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.feedUrls()).containsExactly("https://soir.example/atom", "https://soir.example/rss");
        assertThat(updated.countryCode()).isEqualTo("DE");
        assertThat(updated.languageCode()).isEqualTo("de");
        assertThat(updated.pollIntervalMinutes()).isEqualTo(120);
        assertThat(admin.get(created.id())).contains(updated);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SOURCE_SITE_UPDATED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(created.id()))))).isEqualTo(1);

        // the same values again change nothing: no new version, no audit event
        var again = admin.update(updated.id(), updated.version(), changed);
        assertThat(again.version()).isEqualTo(updated.version());
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SOURCE_SITE_UPDATED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(created.id()))))).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_stale_save_is_refused_and_overwrites_nothing() {
        var loaded = admin.create(form(unique("Herald")));
        var theirs = admin.update(loaded.id(), loaded.version(), new SourceSiteForm(loaded.name(), loaded.homeUrl(),
                loaded.feedUrls(), "FR", "fr", 45));

        var mine = new SourceSiteForm(loaded.name() + " (mine)", loaded.homeUrl(), List.of("https://mine.example/rss"),
                "FR", "fr", 10);
        assertThatThrownBy(() -> admin.update(loaded.id(), loaded.version(), mine))
                .isInstanceOf(StaleSourceException.class)
                .hasMessageContaining("Someone else changed this source").hasMessageContaining("Nothing was overwritten");
        assertThatThrownBy(() -> admin.setActive(loaded.id(), loaded.version(), false))
                .isInstanceOf(StaleSourceException.class);
        assertThat(admin.get(loaded.id())).contains(theirs);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_unknown_source_is_said_so() {
        assertThat(admin.get(999_999_999L)).isEmpty();
        assertThatThrownBy(() -> admin.update(999_999_999L, 0, form(unique("Nobody"))))
                .isInstanceOf(SourceNotFoundException.class).hasMessage("There is no source #999999999.");
        assertThatThrownBy(() -> admin.health(999_999_999L)).isInstanceOf(SourceNotFoundException.class);
        assertThatThrownBy(() -> admin.fetchNow(999_999_999L)).isInstanceOf(SourceNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void deactivating_keeps_the_articles_and_the_source_can_be_activated_again() {
        var source = admin.create(form(unique("Tribune")));
        article(source.id(), OffsetDateTime.now().minusHours(1));
        article(source.id(), OffsetDateTime.now().minusDays(3));

        var inactive = admin.setActive(source.id(), source.version(), false);
        assertThat(inactive.active()).isFalse();
        assertThat(inactive.version()).isEqualTo(source.version() + 1);
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.SOURCE_SITE_ID.eq(source.id()))).isEqualTo(2);
        assertThat(sources.sourceSites()).filteredOn(s -> s.id() == source.id()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SourceSiteListItem.Status.INACTIVE));

        var active = admin.setActive(inactive.id(), inactive.version(), true);
        assertThat(active.active()).isTrue();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("source_site").and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(source.id()))))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("SOURCE_SITE_CREATED", "SOURCE_SITE_DEACTIVATED", "SOURCE_SITE_ACTIVATED");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void health_counts_the_articles_of_the_last_day_and_week_and_shows_the_last_fetches() {
        long id = TestSources.create(dsl, "JP", "ja", "https://health.example/rss");
        var now = OffsetDateTime.now();
        article(id, now.minusMinutes(10));
        article(id, now.minusHours(23));
        article(id, now.minusHours(25));
        article(id, now.minusDays(6));
        article(id, now.minusDays(8));
        article(id, now.minusYears(1));
        dsl.update(SOURCE_SITE)
                .set(SOURCE_SITE.LAST_FETCH_AT, now.minusMinutes(5))
                .set(SOURCE_SITE.LAST_SUCCESS_AT, now.minusHours(2))
                .set(SOURCE_SITE.LAST_ERROR, "https://health.example/rss: the server answered 503")
                .set(SOURCE_SITE.LAST_ERROR_AT, now.minusMinutes(5))
                .set(SOURCE_SITE.CONSECUTIVE_FAILURES, 3)
                .set(SOURCE_SITE.LAST_FETCH_SUMMARY, "0 items: 0 new, 0 updated, 0 unchanged.")
                .where(SOURCE_SITE.ID.eq(id)).execute();

        var health = admin.health(id);
        assertThat(health.articlesLast24Hours()).isEqualTo(2);
        assertThat(health.articlesLast7Days()).isEqualTo(4);
        assertThat(health.consecutiveFailures()).isEqualTo(3);
        assertThat(health.failing()).isTrue();
        assertThat(health.lastError()).contains("503");
        assertThat(health.lastErrorAt()).isBetween(now.minusMinutes(6).toInstant(), now.minusMinutes(4).toInstant());
        assertThat(health.lastSuccessAt()).isNotNull();
        assertThat(health.lastFetchSummary()).startsWith("0 items");
        assertThat(health.fetching()).isFalse();

        // the list has the same figures, for every source at once, and flags the failing one
        assertThat(sources.sourceSites()).filteredOn(s -> s.id() == id).singleElement().satisfies(s -> {
            assertThat(s.articlesLast7Days()).isEqualTo(4);
            assertThat(s.consecutiveFailures()).isEqualTo(3);
            assertThat(s.status()).isEqualTo(SourceSiteListItem.Status.FAILING);
            assertThat(s.lastSuccessAt()).isNotNull();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_fetch_counts_as_running_only_while_its_claim_is_recent() {
        long id = TestSources.create(dsl, "JP", "ja", "https://running.example/rss");
        dsl.update(SOURCE_SITE).set(SOURCE_SITE.FETCHING_SINCE, OffsetDateTime.now().minusSeconds(20))
                .where(SOURCE_SITE.ID.eq(id)).execute();
        assertThat(admin.health(id).fetching()).isTrue();
        dsl.update(SOURCE_SITE).set(SOURCE_SITE.FETCHING_SINCE, OffsetDateTime.now().minusMinutes(30))
                .where(SOURCE_SITE.ID.eq(id)).execute();
        assertThat(admin.health(id).fetching()).as("a crashed instance's claim").isFalse();
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "REVIEWER"})
    void editors_and_reviewers_cannot_manage_sources() {
        long id = TestSources.create(dsl, "FR", "fr", "https://denied.example/rss");
        var form = form(unique("Denied"));
        assertThatThrownBy(() -> admin.get(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.create(form)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.update(id, 0, form)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.setActive(id, 0, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.health(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.fetchNow(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(dsl.fetchSingle(SOURCE_SITE, SOURCE_SITE.ID.eq(id)).getActive()).isTrue();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void an_editor_cannot_manage_sources() {
        assertThatThrownBy(() -> admin.create(form(unique("Denied")))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void a_reviewer_cannot_manage_sources() {
        assertThatThrownBy(() -> admin.create(form(unique("Denied")))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.health(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private void article(long sourceId, OffsetDateTime ingestedAt) {
        var source = dsl.fetchSingle(SOURCE_SITE, SOURCE_SITE.ID.eq(sourceId));
        dsl.insertInto(ARTICLE)
                .set(ARTICLE.SOURCE_SITE_ID, sourceId)
                .set(ARTICLE.COUNTRY_CODE, source.getCountryCode())
                .set(ARTICLE.ORIGINAL_LANGUAGE, source.getLanguageCode())
                .set(ARTICLE.CANONICAL_URL, "https://health-" + sourceId + ".example/" + UUID.randomUUID())
                .set(ARTICLE.ORIGINAL_TITLE, "Titre")
                .set(ARTICLE.ORIGINAL_BODY, "<p>Texte.</p>")
                .set(ARTICLE.SOURCE_PUBLISHED_AT, ingestedAt)
                .set(ARTICLE.INGESTED_AT, ingestedAt)
                .execute();
    }
}
