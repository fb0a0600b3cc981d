package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.API_CLIENT;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@NewsdeskIntegrationTest
class ApiClientServiceIT {

    @Autowired
    ApiClientService clients;
    @Autowired
    ApiKeyAuthenticator authenticator;
    @Autowired
    DSLContext dsl;
    @Autowired
    DemoApiClient demoClient;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_new_key_authenticates_its_client_before_anyone_logs_in() {
        String name = unique("Pipeline");
        NewApiKey created = clients.create("  " + name + " ");
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.key()).matches(ApiKeys.FORMAT);

        SecurityContextHolder.clearContext();
        assertThat(authenticator.authenticate(created.key())).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(created.id());
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.scopes()).containsExactly("ingest");
            assertThat(p.hasScope("ingest")).isTrue();
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void only_the_sha256_of_the_key_is_stored_and_the_key_is_nowhere_in_the_database() {
        NewApiKey created = clients.create(unique("Stored"));
        String secret = created.key().substring(created.key().lastIndexOf('_') + 1);

        var row = dsl.selectFrom(API_CLIENT).where(API_CLIENT.ID.eq(created.id())).fetchSingle();
        assertThat(row.getKeyHash()).isEqualTo(ApiKeys.sha256Hex(created.key())).matches("[0-9a-f]{64}");
        assertThat(row.getKeyPrefix()).isEqualTo(created.key().substring(0, created.key().lastIndexOf('_')))
                .matches("nd_[0-9A-Za-z]{8}");
        assertThat(Arrays.stream(row.intoArray()).filter(Objects::nonNull).map(v -> v instanceof Object[] a
                ? Arrays.toString(a) : v.toString())).noneMatch(v -> v.contains(secret));
        assertThat(row.getCreatedBy()).isNotNull();
        assertThat(row.getRevokedAt()).isNull();

        var audit = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("api_client")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(created.id())))).fetchSingle();
        assertThat(audit.getAction()).isEqualTo("API_CLIENT_CREATED");
        assertThat(audit.getActor()).isEqualTo("admin");
        assertThat(audit.getAfter().data()).contains(row.getKeyPrefix()).doesNotContain(secret)
                .doesNotContain(row.getKeyHash());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void wrong_malformed_and_revoked_keys_authenticate_nobody() {
        NewApiKey created = clients.create(unique("Revoked"));
        String key = created.key();
        char last = key.charAt(key.length() - 1);
        String wrong = key.substring(0, key.length() - 1) + (last == 'a' ? 'b' : 'a');
        assertThat(authenticator.authenticate(wrong)).isEmpty();
        assertThat(authenticator.authenticate(key.substring(0, key.lastIndexOf('_')))).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
        assertThat(authenticator.authenticate("")).isEmpty();
        assertThat(authenticator.authenticate(key + "x".repeat(1000))).isEmpty();
        assertThat(authenticator.authenticate(key)).isPresent();

        clients.revoke(created.id());
        clients.revoke(created.id());
        assertThat(authenticator.authenticate(key)).isEmpty();
        assertThat(clients.list()).filteredOn(c -> c.id() == created.id()).singleElement()
                .satisfies(c -> assertThat(c.revoked()).isTrue());
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("api_client")
                        .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(created.id())))).orderBy(AUDIT_EVENT.ID)
                .fetch(AUDIT_EVENT.ACTION))
                .as("revoking twice is recorded once").containsExactly("API_CLIENT_CREATED", "API_CLIENT_REVOKED");
        assertThatThrownBy(() -> clients.revoke(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void last_used_is_recorded_on_use_but_not_on_every_request() {
        NewApiKey created = clients.create(unique("Busy"));
        assertThat(lastUsed(created.id())).isNull();

        assertThat(authenticator.authenticate(created.key())).isPresent();
        var first = lastUsed(created.id());
        assertThat(first).isNotNull();
        for (int i = 0; i < 20; i++) {
            assertThat(authenticator.authenticate(created.key())).isPresent();
        }
        assertThat(lastUsed(created.id())).as("within the minute nothing is written again").isEqualTo(first);
        assertThat(clients.list()).filteredOn(c -> c.id() == created.id()).singleElement()
                .satisfies(c -> assertThat(c.lastUsedAt()).isEqualTo(first.toInstant()));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void names_are_required_short_and_unique() {
        assertThatThrownBy(() -> clients.create("   ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> clients.create(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clients.create("x".repeat(201))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 200");
        String name = unique("Twice");
        clients.create(name);
        assertThatThrownBy(() -> clients.create(" " + name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Another API client is already called \"" + name + "\".");
        assertThat(clients.list()).filteredOn(c -> c.name().equals(name)).hasSize(1);
        assertThat(clients.create("y".repeat(200)).name()).hasSize(200);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_list_shows_the_newest_first_with_prefix_and_creator_but_no_key() {
        NewApiKey older = clients.create(unique("Older"));
        NewApiKey newer = clients.create(unique("Newer"));
        var list = clients.list();
        var ids = list.stream().map(ApiClient::id).toList();
        assertThat(ids.indexOf(newer.id())).isLessThan(ids.indexOf(older.id()));
        assertThat(list).filteredOn(c -> c.id() == newer.id()).singleElement().satisfies(c -> {
            assertThat(newer.key()).startsWith(c.keyPrefix() + "_");
            assertThat(c.createdBy()).isEqualTo("admin");
            assertThat(c.createdAt()).isNotNull();
            assertThat(c.lastUsedAt()).isNull();
            assertThat(c.scopes()).isEqualTo(Set.of("ingest"));
            assertThat(c.toString()).doesNotContain(newer.key());
        });
    }

    @Test
    void the_demo_pipeline_key_works_in_the_demo_profile() {
        assertThat(authenticator.authenticate("nd-demo-ingest-key")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Translation pipeline (demo)");
            assertThat(p.scopes()).containsExactly("ingest");
        });
        var row = dsl.selectFrom(API_CLIENT).where(API_CLIENT.NAME.eq("Translation pipeline (demo)")).fetchSingle();
        assertThat(row.getKeyPrefix()).isEqualTo("nd-demo");
        assertThat(row.getKeyHash()).isEqualTo(ApiKeys.sha256Hex("nd-demo-ingest-key"));

        // a restart runs it again: nothing new, nothing changed
        demoClient.run(null);
        demoClient.run(null);
        assertThat(dsl.fetchCount(API_CLIENT, API_CLIENT.KEY_PREFIX.eq("nd-demo"))).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("api_client")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(row.getId()))))).isEqualTo(1);
        assertThat(authenticator.authenticate("nd-demo-ingest-key")).isPresent();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_list_create_or_revoke_clients() {
        assertNoAccess();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_list_create_or_revoke_clients() {
        assertNoAccess();
    }

    private void assertNoAccess() {
        assertThatThrownBy(() -> clients.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> clients.create(unique("Sneaky"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> clients.revoke(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private java.time.OffsetDateTime lastUsed(long id) {
        return dsl.select(API_CLIENT.LAST_USED_AT).from(API_CLIENT).where(API_CLIENT.ID.eq(id))
                .fetchSingle(API_CLIENT.LAST_USED_AT);
    }
}
