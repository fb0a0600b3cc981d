package com.newsdesk.feature;

import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.FEATURE;
import static com.newsdesk.jooq.Tables.FEATURE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.TestArticles;
import com.newsdesk.delivery.DeliveryNotFoundException;
import com.newsdesk.delivery.DeliveryService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class FeatureListServiceIT {

    @Autowired
    FeatureListService lists;
    @Autowired
    FeatureService features;
    @Autowired
    DeliveryService delivery;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
    void an_admin_creates_a_list_that_editors_fill_and_the_app_reads_by_its_code() {
        String code = code();
        var created = lists.create(
                new FeatureListForm(" " + code + " ", " World Cup " + code, "  Football  ", 3, null));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.name()).isEqualTo("World Cup " + code);
        assertThat(created.description()).isEqualTo("Football");
        assertThat(created.entries()).isZero();
        assertThat(created.builtIn()).isFalse();
        assertThat(lists.list()).extracting(FeatureListItem::code).contains(code);
        assertThat(features.features()).extracting(FeatureInfo::code).contains(code);
        assertThat(delivery.featureArticles(code).value().items()).isEmpty();
        assertThat(audits("FEATURE_CREATED", code)).isEqualTo(1);

        long article = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "AR");
        features.add(created.id(), article, null, null);
        assertThat(delivery.featureArticles(code).value().items()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_refused_definition_names_each_wrong_field_and_stores_nothing() {
        int before = lists.list().size();
        assertThat(errors(new FeatureListForm("World Cup", "", "x".repeat(501), 0, "XX")))
                .containsOnlyKeys("code", "name", "description", "maxEntries", "excludedCountry")
                .hasEntrySatisfying("code", m -> assertThat(m).contains("lower-case letters"))
                .hasEntrySatisfying("maxEntries", m -> assertThat(m).contains("1 to 500"))
                .hasEntrySatisfying("excludedCountry", m -> assertThat(m).contains("XX"));
        assertThat(errors(new FeatureListForm("top-stories", "top STORIES", null, 501, null)))
                .containsOnlyKeys("code", "name", "maxEntries")
                .hasEntrySatisfying("code", m -> assertThat(m).contains("taken by Top Stories"))
                .hasEntrySatisfying("name", m -> assertThat(m).contains("already"));
        assertThat(errors(new FeatureListForm("-bad--code-", "Fine " + code(), null, null, null)))
                .containsOnlyKeys("code", "maxEntries");
        assertThat(lists.list()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
    void a_maximum_below_the_entries_a_list_holds_is_refused_and_the_code_never_changes() {
        var list = lists.create(new FeatureListForm(code(), "Max " + code(), null, 5, null));
        for (int i = 0; i < 3; i++) {
            features.add(list.id(), TestArticles.create(dsl, ArticleStatus.PUBLISHED, "NG"), null, null);
        }
        var lower = new FeatureListForm(list.code(), list.name(), null, 2, null);
        assertThat(errorsOfUpdate(list.id(), lower)).containsOnlyKeys("maxEntries")
                .hasEntrySatisfying("maxEntries", m -> assertThat(m).contains("holds 3 articles", "remove 1",
                        "at least 3"));
        assertThat(lists.list()).filteredOn(l -> l.id() == list.id()).singleElement()
                .satisfies(l -> assertThat(l.maxEntries()).isEqualTo(5));

        var saved = lists.update(list.id(), new FeatureListForm("renamed-code", "Renamed " + list.code(),
                "Now with a description", 3, "FR"));
        assertThat(saved.code()).isEqualTo(list.code());
        assertThat(saved.name()).isEqualTo("Renamed " + list.code());
        assertThat(saved.maxEntries()).isEqualTo(3);
        assertThat(saved.excludedCountryName()).isEqualTo("France");
        assertThat(saved.entries()).isEqualTo(3);
        assertThat(audits("FEATURE_UPDATED", list.code())).isEqualTo(1);
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("FEATURE_UPDATED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(list.code()))).fetchSingle();
        assertThat(event.getBefore().data()).contains("\"maxEntries\": 5").doesNotContain("Renamed");
        assertThat(event.getAfter().data()).contains("Renamed", "\"excludedCountry\": \"FR\"");
        assertThat(event.getActor()).isEqualTo("admin");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
    void a_list_cannot_refuse_a_country_its_entries_come_from_and_dont_miss_keeps_refusing_the_united_states() {
        var list = lists.create(new FeatureListForm(code(), "Country " + code(), null, 5, null));
        features.add(list.id(), TestArticles.create(dsl, ArticleStatus.PUBLISHED, "DE"), null, null);
        assertThat(errorsOfUpdate(list.id(), new FeatureListForm(null, list.name(), null, 5, "DE")))
                .hasEntrySatisfying("excludedCountry", m -> assertThat(m).contains("1 article", "remove"));

        var dontMiss = lists.list().stream().filter(l -> l.code().equals("dont-miss")).findFirst().orElseThrow();
        assertThat(errorsOfUpdate(dontMiss.id(), new FeatureListForm(null, dontMiss.name(), dontMiss.description(),
                dontMiss.maxEntries(), null)))
                .hasEntrySatisfying("excludedCountry", m -> assertThat(m).contains("United States"));
        assertThat(dsl.select(FEATURE.EXCLUDED_COUNTRY).from(FEATURE).where(FEATURE.CODE.eq("dont-miss"))
                .fetchSingle().value1()).isEqualTo("US");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
    void a_list_is_deleted_with_its_entries_but_the_lists_the_app_is_built_on_stay() {
        var list = lists.create(new FeatureListForm(code(), "Delete " + code(), null, 5, null));
        long article = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "EG");
        features.add(list.id(), article, null, null);

        lists.delete(list.id());
        assertThat(lists.list()).noneMatch(l -> l.id() == list.id());
        assertThat(dsl.fetchCount(FEATURE_ENTRY, FEATURE_ENTRY.FEATURE_ID.eq(list.id()))).isZero();
        assertThatThrownBy(() -> delivery.featureArticles(list.code())).isInstanceOf(DeliveryNotFoundException.class);
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("FEATURE_DELETED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(list.code()))).fetchSingle();
        assertThat(event.getBefore().data()).contains("\"entries\": 1", list.name());

        for (String builtIn : FeatureListItem.BUILT_IN) {
            long id = dsl.select(FEATURE.ID).from(FEATURE).where(FEATURE.CODE.eq(builtIn)).fetchSingle().value1();
            assertThatThrownBy(() -> lists.delete(id)).isInstanceOf(FeatureRuleException.class)
                    .hasMessageContaining("cannot be deleted");
            assertThat(lists.list()).anyMatch(l -> l.code().equals(builtIn) && l.builtIn());
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_define_lists() {
        assertDenied();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_cannot_define_lists() {
        assertDenied();
    }

    private void assertDenied() {
        long id = dsl.select(FEATURE.ID).from(FEATURE).where(FEATURE.CODE.eq("top-stories")).fetchSingle().value1();
        var form = new FeatureListForm(code(), "Denied " + code(), null, 5, null);
        assertThatThrownBy(() -> lists.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lists.countries()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lists.create(form)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lists.update(id, form)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lists.delete(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(dsl.fetchCount(FEATURE, FEATURE.CODE.eq(form.code()))).isZero();
    }

    private java.util.Map<String, String> errors(FeatureListForm form) {
        try {
            lists.create(form);
        } catch (FeatureListValidationException e) {
            return e.errors();
        }
        throw new AssertionError("created " + form);
    }

    private java.util.Map<String, String> errorsOfUpdate(long id, FeatureListForm form) {
        try {
            lists.update(id, form);
        } catch (FeatureListValidationException e) {
            return e.errors();
        }
        throw new AssertionError("saved " + form);
    }

    private int audits(String action, String code) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ENTITY_ID.eq(code)));
    }

    private static String code() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
