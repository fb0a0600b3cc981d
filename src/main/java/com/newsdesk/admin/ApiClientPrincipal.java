package com.newsdesk.admin;

import java.util.Set;

/** The machine behind a valid API key, for the push API to check scopes and record who sent what. */
public record ApiClientPrincipal(long id, String name, Set<String> scopes) {

    public ApiClientPrincipal {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
