package com.newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_thousand_keys_have_the_format_and_are_all_different() {
        Set<String> keys = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            var generated = ApiKeys.generate(random);
            assertThat(generated.key()).matches(ApiKeys.FORMAT).startsWith(generated.prefix() + "_");
            assertThat(generated.prefix()).matches("nd_[0-9A-Za-z]{8}").hasSizeLessThanOrEqualTo(24);
            keys.add(generated.key());
            prefixes.add(generated.prefix());
        }
        assertThat(keys).hasSize(1000);
        assertThat(prefixes).hasSize(1000);
    }

    @Test
    void the_secret_part_carries_at_least_190_bits_from_every_base62_character() {
        double bits = ApiKeys.SECRET_CHARS * Math.log(62) / Math.log(2);
        assertThat(bits).isGreaterThanOrEqualTo(190);
        // 40,000 secret characters: every one of the 62 appears, and none far more often than the others
        int[] counts = new int[128];
        for (int i = 0; i < 1000; i++) {
            String key = ApiKeys.generate(random).key();
            key.substring(key.lastIndexOf('_') + 1).chars().forEach(c -> counts[c]++);
        }
        int used = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                used++;
                // expected 645 each; 900 is more than ten standard deviations away
                assertThat(counts[c]).as("count of '%s'", (char) c).isBetween(400, 900);
            }
        }
        assertThat(used).isEqualTo(62);
    }

    @Test
    void the_stored_hash_is_lower_case_hex_sha256() {
        assertThat(ApiKeys.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeys.sha256Hex("nd-demo-ingest-key")).matches("[0-9a-f]{64}");
    }

    @Test
    void a_new_key_never_shows_its_secret_in_to_string() {
        var generated = ApiKeys.generate(random);
        var created = new NewApiKey(7, "Pipeline", generated.key());
        String secret = generated.key().substring(generated.prefix().length() + 1);
        assertThat(created.toString()).contains(generated.prefix()).doesNotContain(secret);
        assertThat(generated.toString()).doesNotContain(secret);
    }
}
