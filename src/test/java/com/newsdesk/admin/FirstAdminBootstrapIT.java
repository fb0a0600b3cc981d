package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.audit.AuditTrail;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Runs in a rolled-back transaction: the demo's administrators are removed only for the test's duration. */
@NewsdeskIntegrationTest
@Transactional
class FirstAdminBootstrapIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;

    @Test
    void creates_the_first_admin_from_configuration_with_a_hashed_password() {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.ROLE.eq("ADMIN")).execute();

        new FirstAdminBootstrap(users, encoder, audit, "night-admin", "correct horse battery").run(null);

        var account = users.findByUsername("night-admin").orElseThrow();
        assertThat(account.roles()).containsExactly("ADMIN");
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", account.passwordHash())).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("USER_CREATED")
                .and(AUDIT_EVENT.AFTER.cast(String.class).contains("night-admin")))).isTrue();
    }

    @Test
    void without_configuration_no_account_is_created() {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.ROLE.eq("ADMIN")).execute();

        new FirstAdminBootstrap(users, encoder, audit, "", "").run(null);
        new FirstAdminBootstrap(users, encoder, audit, "shorty", "too-short").run(null);

        assertThat(users.anyUserWithRole("ADMIN")).isFalse();
        assertThat(users.exists("shorty")).isFalse();
    }

    @Test
    void nothing_happens_when_an_admin_exists() {
        new FirstAdminBootstrap(users, encoder, audit, "second-admin", "another long password").run(null);
        assertThat(users.exists("second-admin")).isFalse();
    }
}
