package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class GlossaryServiceIT {

    @Autowired
    GlossaryService glossary;
    @Autowired
    DSLContext dsl;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_adds_changes_and_deletes_terms_each_audited() {
        var saved = glossary.save(new GlossaryTerm(null, "tr", " Merkez Bankası ", "Central Bank", " "));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.sourceTerm()).isEqualTo("Merkez Bankası");
        assertThat(saved.note()).isNull();
        assertThat(glossary.list("tr")).extracting(GlossaryTerm::englishTerm).contains("Central Bank");

        glossary.save(new GlossaryTerm(saved.id(), "tr", "Merkez Bankası", "central bank", "lower case"));
        assertThat(glossary.list("tr")).filteredOn(t -> t.id().equals(saved.id()))
                .singleElement().satisfies(t -> assertThat(t.englishTerm()).isEqualTo("central bank"));

        glossary.delete(saved.id());
        assertThat(glossary.list("tr")).noneMatch(t -> t.id().equals(saved.id()));
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("glossary_term").and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(saved.id()))))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("GLOSSARY_TERM_CREATED", "GLOSSARY_TERM_UPDATED", "GLOSSARY_TERM_DELETED");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void bad_terms_get_a_sentence_and_change_nothing() {
        assertThatThrownBy(() -> glossary.save(new GlossaryTerm(null, "xx", "a", "b", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a language");
        assertThatThrownBy(() -> glossary.save(new GlossaryTerm(null, "ja", " ", "b", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Both");
        assertThatThrownBy(() -> glossary.save(new GlossaryTerm(null, "ja", "シャトル外交", "shuttle trips", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in the glossary");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_csv_import_adds_and_updates_and_reports_each_bad_line() {
        var result = glossary.importCsv("""
                language,source,english,note
                fr,Assemblée nationale,National Assembly,
                fr,"Premier ministre, par intérim",acting Prime Minister,from the style guide
                xx,foo,bar
                fr,only two
                de,Bundesbank,Bundesbank,kept in German
                """);
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.errors()).hasSize(2).anySatisfy(e -> assertThat(e).startsWith("Line 4:"))
                .anySatisfy(e -> assertThat(e).startsWith("Line 5:"));
        assertThat(glossary.list("fr")).extracting(GlossaryTerm::sourceTerm)
                .contains("Assemblée nationale", "Premier ministre, par intérim");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void only_admins_keep_the_glossary_even_without_the_view() {
        assertThatThrownBy(() -> glossary.list(null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> glossary.importCsv("ja,a,b")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
