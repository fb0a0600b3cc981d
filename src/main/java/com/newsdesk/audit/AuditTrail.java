package com.newsdesk.audit;

import static com.newsdesk.jooq.Tables.AUDIT_EVENT;

import com.newsdesk.base.security.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to write the audit log. Services call it inside their own transaction, so that a state change
 * and its audit event are committed together or not at all. It has no role check of its own: it is called only
 * by services that have checked the caller's role already, and by system work (jobs, start-up).
 */
@Component
public class AuditTrail {

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditTrail(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /**
     * Appends an event by the current user (or {@code system}).
     *
     * @param action     what happened, UPPER_SNAKE_CASE, e.g. {@code ARTICLE_APPROVED}
     * @param entityType e.g. {@code article}
     * @param before     state before the change, serialised as JSON; may be null
     * @param after      state after the change, serialised as JSON; may be null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after, String reason) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR, CurrentUser.actor())
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId == null ? null : String.valueOf(entityId))
                .set(AUDIT_EVENT.BEFORE, toJson(before))
                .set(AUDIT_EVENT.AFTER, toJson(after))
                .set(AUDIT_EVENT.REASON, reason)
                .execute();
    }

    private JSONB toJson(Object value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }
}
