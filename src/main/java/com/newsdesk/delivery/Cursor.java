package com.newsdesk.delivery;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * The place after which the next page starts: the last article's {@code (published_at, id)}, so that articles
 * published at the same instant are neither skipped nor repeated. Clients get it as an opaque token (base64url of
 * the microseconds and the id); its layout is not part of the API.
 */
record Cursor(Instant publishedAt, long id) {

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(ByteBuffer.allocate(16).putLong(micros).putLong(id).array());
    }

    /** Empty when the token is not one this API made. */
    static Optional<Cursor> decode(String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length != 16) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long micros = buffer.getLong();
            long id = buffer.getLong();
            if (id <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
