package com.newsdesk;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a call as a given editor, for tests in which several people act one after another. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T as(String username, Callable<T> call) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            return call.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
