package com.newsdesk.takes;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The array overlaps of alternative takes can use their GIN indexes: the near-duplicates' band keys (built-in
 * array_ops) and the take profiles' keys (intarray's operators, from its own schema). Installing intarray on the
 * search path once made {@code bands && ...} resolve to intarray's operator, which the bands index cannot serve: the
 * band lookup then read the whole fingerprint table for every article, which these plans would show.
 */
@NewsdeskIntegrationTest
class TakeIndexesIT {

    @Autowired
    DSLContext dsl;

    @Test
    void the_band_lookup_of_near_duplicates_uses_the_bands_index() {
        assertThat(plan("SELECT article_id FROM article_fingerprint WHERE bands && '{1,2,3}'::integer[]"))
                .contains("article_fingerprint_bands_idx");
    }

    @Test
    void the_candidate_lookup_of_suggestions_uses_the_profile_keys_index() {
        assertThat(plan("SELECT article_id FROM take_profile WHERE keys OPERATOR(intarray.&&) '{1,2,3}'::integer[]"))
                .contains("take_profile_keys_idx");
    }

    @Test
    void intarray_stays_off_the_search_path() {
        assertThat(((Number) dsl.fetchValue("SELECT count(*) FROM pg_operator o JOIN pg_namespace n "
                + "ON n.oid = o.oprnamespace WHERE o.oprname = '&&' AND n.nspname = current_schema()")).longValue())
                .isZero();
    }

    /** The plan the planner makes when it may not read whole tables. */
    private String plan(String sql) {
        return dsl.transactionResult(c -> {
            c.dsl().execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", c.dsl().fetch("EXPLAIN " + sql).getValues(0, String.class));
        });
    }
}
