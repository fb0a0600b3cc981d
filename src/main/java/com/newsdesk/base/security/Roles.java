package com.newsdesk.base.security;

/** The roles of Newsdesk. Spring Security stores them as authorities with the {@code ROLE_} prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String REVIEWER = "REVIEWER";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, EDITOR, REVIEWER);

    private Roles() {
    }
}
