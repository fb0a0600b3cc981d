package com.newsdesk.base.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, for services that record it (audit, "who did what"). */
public final class CurrentUser {

    /** The actor recorded for work that no person started: scheduled jobs, demo data, start-up. */
    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    public static String actor() {
        return username().orElse(SYSTEM);
    }
}
