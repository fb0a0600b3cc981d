package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.APP_USER;
import static com.newsdesk.jooq.Tables.USER_ROLE;
import static org.jooq.impl.DSL.select;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Users and their roles, as the login and the administration need them. */
@Repository
public class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The account as login needs it, with its roles. */
    public record Account(long id, String username, String displayName, String passwordHash, boolean enabled,
                          Instant lockedUntil, List<String> roles) {
    }

    public Optional<Account> findByUsername(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED, APP_USER.LOCKED_UNTIL,
                        DSL.multiset(select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID))
                                .orderBy(USER_ROLE.ROLE)).convertFrom(r -> r.map(x -> x.value1())))
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new Account(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : r.value6().toInstant(), r.value7()));
    }

    /** Creates a user with the given roles; the password must already be encoded. Returns the new id. */
    public long create(String username, String displayName, String encodedPassword, Collection<String> roles) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, encodedPassword)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        var insert = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (String role : roles) {
            insert = insert.values(id, role);
        }
        insert.execute();
        return id;
    }

    public boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public boolean anyUserWithRole(String role) {
        return dsl.fetchExists(USER_ROLE, USER_ROLE.ROLE.eq(role));
    }

    /** Counts a failed login; locks the account for {@code lockout} once {@code maxFailures} are reached in a row. */
    public void recordFailedLogin(String username, int maxFailures, Duration lockout) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .set(APP_USER.LOCKED_UNTIL, DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(maxFailures),
                                DSL.val(OffsetDateTime.now(ZoneOffset.UTC).plus(lockout)))
                        .otherwise(APP_USER.LOCKED_UNTIL))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    public void recordSuccessfulLogin(String username) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }
}
