package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Works on codes reserved for private use (countries QM–QZ, languages qaa–qtz), so that the demo's countries and
 * languages, which other tests read, stay as they are.
 */
@NewsdeskIntegrationTest
class ReferenceDataServiceIT {

    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    @AfterEach
    void removePrivateUseCodes() {
        PrivateUseCodes.removeAll(dsl);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_country_is_added_and_renamed_and_both_are_audited() {
        var added = referenceData.addCountry(" qm ", " Quarkland ", "ja");
        assertThat(added).isEqualTo(new CountryListItem("QM", "Quarkland", "ja", "Japanese"));

        var renamed = referenceData.renameCountry("QM", "Republic of Quarkland");
        assertThat(renamed.name()).isEqualTo("Republic of Quarkland");
        assertThat(dsl.select(COUNTRY.NAME).from(COUNTRY).where(COUNTRY.CODE.eq("QM")).fetchSingle(COUNTRY.NAME))
                .isEqualTo("Republic of Quarkland");
        assertThat(referenceData.countries()).contains(new CountryListItem("QM", "Republic of Quarkland", "ja",
                "Japanese"));

        // the same name again changes nothing and records nothing
        referenceData.renameCountry("QM", "Republic of Quarkland ");
        var events = dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("country").and(AUDIT_EVENT.ENTITY_ID.eq("QM")))
                .orderBy(AUDIT_EVENT.ID).fetch();
        assertThat(events).extracting(e -> e.getAction()).containsExactly("COUNTRY_ADDED", "COUNTRY_RENAMED");
        assertThat(events.get(1).getActor()).isEqualTo("admin");
        assertThat(events.get(1).getBefore().data()).contains("\"Quarkland\"");
        assertThat(events.get(1).getAfter().data()).contains("Republic of Quarkland");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_language_gets_a_new_name_and_direction_audited() {
        referenceData.addLanguage("qaa", "Quarkish", TextDirection.LTR);
        var updated = referenceData.updateLanguage("qaa", " Old Quarkish ", TextDirection.RTL);
        assertThat(updated).isEqualTo(new LanguageListItem("qaa", "Old Quarkish", TextDirection.RTL));
        assertThat(dsl.select(LANGUAGE.NAME, LANGUAGE.DIRECTION).from(LANGUAGE).where(LANGUAGE.CODE.eq("qaa"))
                .fetchSingle().intoList()).containsExactly("Old Quarkish", "RTL");
        assertThat(referenceData.languages()).contains(updated);

        var events = dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("language").and(AUDIT_EVENT.ENTITY_ID.eq("qaa")))
                .orderBy(AUDIT_EVENT.ID).fetch();
        assertThat(events).extracting(e -> e.getAction()).containsExactly("LANGUAGE_ADDED", "LANGUAGE_UPDATED");
        assertThat(events.get(1).getBefore().data()).contains("\"LTR\"");
        assertThat(events.get(1).getAfter().data()).contains("\"RTL\"");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void duplicate_names_and_codes_get_a_sentence_and_change_nothing() {
        referenceData.addCountry("QN", "Quokkaland", null);
        assertThatThrownBy(() -> referenceData.renameCountry("QN", "Japan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Another country is already called \"Japan\".");
        assertThat(dsl.select(COUNTRY.NAME).from(COUNTRY).where(COUNTRY.CODE.eq("QN")).fetchSingle(COUNTRY.NAME))
                .isEqualTo("Quokkaland");
        assertThatThrownBy(() -> referenceData.addCountry("QO", "Japan", null))
                .hasMessage("Another country is already called \"Japan\".");
        assertThatThrownBy(() -> referenceData.addCountry("jp", "Japan again", null))
                .hasMessage("There is already a country with the code JP.");

        referenceData.addLanguage("qab", "Quokkish", TextDirection.LTR);
        assertThatThrownBy(() -> referenceData.updateLanguage("qab", "Japanese", TextDirection.LTR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Another language is already called \"Japanese\".");
        assertThatThrownBy(() -> referenceData.addLanguage("qac", "Japanese", TextDirection.LTR))
                .hasMessage("Another language is already called \"Japanese\".");
        assertThatThrownBy(() -> referenceData.addLanguage("JA", "Japanese again", TextDirection.LTR))
                .hasMessage("There is already a language with the code ja.");
        assertThat(dsl.fetchExists(COUNTRY, COUNTRY.CODE.eq("QO"))).isFalse();
        assertThat(dsl.fetchExists(LANGUAGE, LANGUAGE.CODE.eq("qac"))).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void bad_input_is_refused_with_a_sentence() {
        assertThatThrownBy(() -> referenceData.renameCountry("JP", "  ")).hasMessage("The name is required.");
        assertThatThrownBy(() -> referenceData.renameCountry("JP", "x".repeat(101)))
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> referenceData.renameCountry("QZ", "Nowhere"))
                .hasMessage("There is no country with the code QZ.");
        assertThatThrownBy(() -> referenceData.updateLanguage("ja", "Japanese", null))
                .hasMessageContaining("text direction");
        assertThatThrownBy(() -> referenceData.updateLanguage("qtz", "Nothing", TextDirection.LTR))
                .hasMessage("There is no language with the code qtz.");
        for (String code : new String[] {"Q", "QQQ", "Q1", "", null}) {
            assertThatThrownBy(() -> referenceData.addCountry(code, "Somewhere", null))
                    .as(code).hasMessageContaining("two letters");
        }
        for (String code : new String[] {"q", "qaaaa", "q1", "qad_x", "qad-", "qad-toolongsubtag", "", null}) {
            assertThatThrownBy(() -> referenceData.addLanguage(code, "Something", TextDirection.LTR))
                    .as(code).hasMessageContaining("BCP 47");
        }
        assertThatThrownBy(() -> referenceData.addCountry("QP", "Somewhere", "qzz"))
                .hasMessageContaining("not a language Newsdesk knows");
        assertThat(referenceData.languages()).filteredOn(l -> l.code().equals("ja")).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Japanese"));
        // subtags keep their case; the first part is put in lower case as the database wants it
        assertThat(referenceData.addLanguage("QAD-Latn", "Quokkish (Latin)", TextDirection.LTR).code())
                .isEqualTo("qad-Latn");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_read_or_change_countries_and_languages() {
        assertNoAccess();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_read_or_change_countries_and_languages() {
        assertNoAccess();
    }

    private void assertNoAccess() {
        assertThatThrownBy(() -> referenceData.countries()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> referenceData.languages()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> referenceData.renameCountry("JP", "Nippon"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> referenceData.updateLanguage("ja", "Nihongo", TextDirection.RTL))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> referenceData.addCountry("QR", "Quux", null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> referenceData.addLanguage("qae", "Quuxish", TextDirection.LTR))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
