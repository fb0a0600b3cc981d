package com.newsdesk.base.security;

/** The roles of Newsdesk. Spring Security stores them as authorities with the {@code ROLE_} prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String REVIEWER = "REVIEWER";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, EDITOR, REVIEWER);

    /** {@code @PreAuthorize} expressions for service methods. */
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_EDITOR = "hasRole('EDITOR')";
    public static final String EDITORIAL = "hasAnyRole('EDITOR', 'REVIEWER')";
    public static final String ANY = "hasAnyRole('ADMIN', 'EDITOR', 'REVIEWER')";

    private Roles() {
    }
}
