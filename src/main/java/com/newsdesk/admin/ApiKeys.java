package com.newsdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * How API keys look and how they are stored. A key is {@code nd_<8 base62>_<40 base62>}: the first part is a public
 * id shown in the list (so that an admin can tell keys apart), the whole key is the secret. 40 base62 characters
 * carry 238 bits, well above the 190 asked for; only its SHA-256 is stored. A fast hash is right here, unlike for
 * passwords: the key is random, not guessable, and the push API checks one on every request.
 */
final class ApiKeys {

    static final String PREFIX_START = "nd_";
    static final int PREFIX_CHARS = 8;
    static final int SECRET_CHARS = 40;
    static final Pattern FORMAT = Pattern.compile("^nd_[0-9A-Za-z]{8}_[0-9A-Za-z]{40}$");

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private ApiKeys() {
    }

    /** A fresh key and the public prefix stored with it ({@code nd_<8 chars>}). */
    record Generated(String prefix, String key) {

        @Override
        public String toString() {
            return "Generated[prefix=" + prefix + ", key=" + prefix + "_…]";
        }
    }

    static Generated generate(SecureRandom random) {
        String prefix = PREFIX_START + base62(random, PREFIX_CHARS);
        return new Generated(prefix, prefix + "_" + base62(random, SECRET_CHARS));
    }

    /** Lower-case hex SHA-256 of the key's UTF-8 bytes, as the {@code key_hash} column holds it. */
    static String sha256Hex(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String base62(SecureRandom random, int length) {
        var out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // nextInt(bound) rejects the biased tail itself: every character is equally likely
            out.append(BASE62[random.nextInt(BASE62.length)]);
        }
        return out.toString();
    }
}
