package com.newsdesk.admin;

import static com.newsdesk.jooq.Tables.API_CLIENT;
import static com.newsdesk.jooq.Tables.APP_USER;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ApiClientRepository {

    private final DSLContext dsl;

    ApiClientRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What authentication needs of the client that holds a key hash. */
    record KeyOwner(long id, String name, Set<String> scopes, Instant lastUsedAt, boolean revoked) {
    }

    List<ApiClient> list() {
        return dsl.select(API_CLIENT.ID, API_CLIENT.NAME, API_CLIENT.KEY_PREFIX, API_CLIENT.SCOPES, APP_USER.USERNAME,
                        API_CLIENT.CREATED_AT, API_CLIENT.LAST_USED_AT, API_CLIENT.REVOKED_AT)
                .from(API_CLIENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(API_CLIENT.CREATED_BY))
                .orderBy(API_CLIENT.CREATED_AT.desc(), API_CLIENT.ID.desc())
                .fetch(ApiClientRepository::toClient);
    }

    Optional<ApiClient> find(long id) {
        return dsl.select(API_CLIENT.ID, API_CLIENT.NAME, API_CLIENT.KEY_PREFIX, API_CLIENT.SCOPES, APP_USER.USERNAME,
                        API_CLIENT.CREATED_AT, API_CLIENT.LAST_USED_AT, API_CLIENT.REVOKED_AT)
                .from(API_CLIENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(API_CLIENT.CREATED_BY))
                .where(API_CLIENT.ID.eq(id))
                .fetchOptional(ApiClientRepository::toClient);
    }

    boolean nameExists(String name) {
        return dsl.fetchExists(API_CLIENT, API_CLIENT.NAME.eq(name));
    }

    /**
     * Inserts the client unless its name, prefix or hash is taken (then empty, and the transaction stays usable, so
     * that the caller can tell which one and try again with another key).
     */
    Optional<Long> insert(String name, String keyPrefix, String keyHash, String createdByUsername) {
        var insert = dsl.insertInto(API_CLIENT)
                .set(API_CLIENT.NAME, name)
                .set(API_CLIENT.KEY_PREFIX, keyPrefix)
                .set(API_CLIENT.KEY_HASH, keyHash);
        if (createdByUsername != null) {
            insert = insert.set(API_CLIENT.CREATED_BY,
                    select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(createdByUsername)));
        }
        return insert.onConflictDoNothing().returning(API_CLIENT.ID).fetchOptional(API_CLIENT.ID);
    }

    /** Sets revoked_at unless it is set already; true when this call revoked the client. */
    boolean revoke(long id) {
        return dsl.update(API_CLIENT)
                .set(API_CLIENT.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(API_CLIENT.ID.eq(id).and(API_CLIENT.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    Optional<KeyOwner> findByHash(String keyHash) {
        return dsl.select(API_CLIENT.ID, API_CLIENT.NAME, API_CLIENT.SCOPES, API_CLIENT.LAST_USED_AT,
                        API_CLIENT.REVOKED_AT)
                .from(API_CLIENT)
                .where(API_CLIENT.KEY_HASH.eq(keyHash))
                .fetchOptional(r -> new KeyOwner(r.value1(), r.value2(), scopes(r.value3()), instant(r.value4()),
                        r.value5() != null));
    }

    /**
     * Records a use at {@code now} unless one at or after {@code notBefore} is recorded already (by another
     * instance, say); a revoked client is left alone.
     */
    void recordUse(long id, Instant now, Instant notBefore) {
        dsl.update(API_CLIENT)
                .set(API_CLIENT.LAST_USED_AT, now.atOffset(ZoneOffset.UTC))
                .where(API_CLIENT.ID.eq(id)
                        .and(API_CLIENT.REVOKED_AT.isNull())
                        .and(API_CLIENT.LAST_USED_AT.isNull().or(API_CLIENT.LAST_USED_AT.lt(notBefore.atOffset(ZoneOffset.UTC)))))
                .execute();
    }

    private static ApiClient toClient(Record r) {
        return new ApiClient(r.get(API_CLIENT.ID), r.get(API_CLIENT.NAME), r.get(API_CLIENT.KEY_PREFIX),
                scopes(r.get(API_CLIENT.SCOPES)), r.get(APP_USER.USERNAME), instant(r.get(API_CLIENT.CREATED_AT)),
                instant(r.get(API_CLIENT.LAST_USED_AT)), instant(r.get(API_CLIENT.REVOKED_AT)));
    }

    private static Set<String> scopes(String[] scopes) {
        return scopes == null ? Set.of() : Set.copyOf(Arrays.asList(scopes));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
