package com.newsdesk.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An API client as the administration lists it: never its key, only the key's public prefix. */
public record ApiClient(long id, String name, String keyPrefix, Set<String> scopes, String createdBy,
                        Instant createdAt, Instant lastUsedAt, Instant revokedAt) implements Serializable {

    public boolean revoked() {
        return revokedAt != null;
    }
}
