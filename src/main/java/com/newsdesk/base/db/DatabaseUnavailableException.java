package com.newsdesk.base.db;

import java.sql.SQLException;

/** The configured PostgreSQL server cannot be used: unreachable, login refused, or the database cannot be created. */
public class DatabaseUnavailableException extends RuntimeException {

    private final String url;
    private final String user;

    public DatabaseUnavailableException(String url, String user, SQLException cause) {
        super("Cannot use PostgreSQL at " + url + " as user '" + user + "': " + cause.getMessage(), cause);
        this.url = url;
        this.user = user;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }
}
