package com.newsdesk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Against the real PostgreSQL server of this machine: no Spring context needed. */
class DatabaseCreatorIT {

    private static final String SERVER = System.getProperty("newsdesk.it.db-url",
            "jdbc:postgresql://127.0.0.1:5432/newsdesk_it").replaceFirst("/[^/?]*(\\?.*)?$", "/");
    private static final String USER = System.getProperty("newsdesk.it.db-user", "postgres");
    private static final String PASSWORD = System.getProperty("newsdesk.it.db-password", "");

    @Test
    void a_missing_database_is_created_in_utf8_and_an_existing_one_is_left_alone() throws Exception {
        String name = "newsdesk_created_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            DatabaseCreator.ensureDatabase(SERVER + name, USER, PASSWORD);
            DatabaseCreator.ensureDatabase(SERVER + name, USER, PASSWORD);
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = '" + name + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("UTF8");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    @Test
    void an_unreachable_server_stops_the_start_with_one_message_naming_the_url_and_the_fix() {
        String url = "jdbc:postgresql://127.0.0.1:1/newsdesk";
        assertThatThrownBy(() -> DatabaseCreator.ensureDatabase(url, "postgres", ""))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains(url);
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                            "SPRING_DATASOURCE_PASSWORD");
                });
    }

    @Test
    void a_refused_login_is_reported_the_same_way() {
        String url = SERVER + "postgres";
        assertThatThrownBy(() -> DatabaseCreator.ensureDatabase(url, "no_such_role_" + UUID.randomUUID()
                .toString().substring(0, 6), "x"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(url);
    }
}
