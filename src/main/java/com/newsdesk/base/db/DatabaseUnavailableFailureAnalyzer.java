package com.newsdesk.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace of an unusable database with one message that names the URL and the fix. */
public class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(
                "Newsdesk cannot use its PostgreSQL database at " + cause.url() + " (user '" + cause.user() + "'): "
                        + cause.getCause().getMessage(),
                "Start PostgreSQL, or point Newsdesk at a server it can log in to with the environment variables "
                        + "SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://127.0.0.1:5432/newsdesk), "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. "
                        + "A missing database is created automatically when the server is reachable.",
                cause);
    }
}
