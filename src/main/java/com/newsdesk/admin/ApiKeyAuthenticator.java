package com.newsdesk.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Checks the API key a machine presents. Runs before anyone is logged in, so it has no role check: it is the check.
 * The key is found by its SHA-256, through the unique index on {@code key_hash}; no secret is compared in Java, so
 * there is nothing to time. One indexed read per request, and a write of "last used" at most once a minute per
 * client, keep it fit for the push API's thousand requests a second.
 */
@Component
public class ApiKeyAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticator.class);
    /** Longer than any key Newsdesk makes; longer input is refused before it is hashed. */
    static final int MAX_KEY_LENGTH = 200;

    private final ApiClientRepository repository;
    private final UsageThrottle throttle = new UsageThrottle(Clock.systemUTC(), Duration.ofMinutes(1));

    ApiKeyAuthenticator(ApiClientRepository repository) {
        this.repository = repository;
    }

    /** The client that holds {@code presentedKey}, or empty when the key is unknown, revoked or malformed. */
    public Optional<ApiClientPrincipal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        var owner = repository.findByHash(ApiKeys.sha256Hex(presentedKey));
        if (owner.isEmpty() || owner.get().revoked()) {
            return Optional.empty();
        }
        var client = owner.get();
        if (throttle.shouldRecord(client.id(), client.lastUsedAt())) {
            var now = throttle.now();
            try {
                repository.recordUse(client.id(), now, now.minus(throttle.interval()));
            } catch (DataAccessException e) {
                // "last used" is information for admins; a request with a valid key is not refused for it
                log.warn("Could not record the use of API client {}: {}", client.id(), e.getMessage());
            }
        }
        return Optional.of(new ApiClientPrincipal(client.id(), client.name(), client.scopes()));
    }
}
