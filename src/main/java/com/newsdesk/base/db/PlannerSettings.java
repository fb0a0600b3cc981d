package com.newsdesk.base.db;

import static org.jooq.impl.DSL.val;

import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;

/**
 * Planner settings for one query whose plan the planner cannot judge (a selectivity it cannot estimate), changed for
 * the current transaction only and set back to the session's values afterwards: one statement each way.
 */
public final class PlannerSettings {

    /** Settings under which a query can only look its rows up through bitmap index scans. */
    public static final Map<String, String> INDEX_LOOKUP = Map.of("enable_indexscan", "off", "enable_seqscan", "off");

    private PlannerSettings() {
    }

    /** Runs {@code work} with {@code settings} in force; must run inside a transaction. */
    public static <T> T with(DSLContext dsl, Map<String, String> settings, Supplier<T> work) {
        String[] names = settings.keySet().toArray(String[]::new);
        String[] values = settings.values().toArray(String[]::new);
        dsl.fetch("select set_config(n, v, true) from unnest({0}, {1}) as s(n, v)", val(names), val(values));
        T result = work.get();
        dsl.fetch("select set_config(name, reset_val, true) from pg_settings where name = any({0})", val(names));
        return result;
    }
}
