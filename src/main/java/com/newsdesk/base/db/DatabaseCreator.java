package com.newsdesk.base.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes sure the configured PostgreSQL database exists before the pool and Liquibase use it: a reachable
 * server without the database gets it created (UTF8); an unreachable server or a refused login stops the
 * start with {@link DatabaseUnavailableException}, which {@link DatabaseUnavailableFailureAnalyzer} turns
 * into one readable message.
 */
public class DatabaseCreator implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?;]*)(.*)$");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            ensureDatabase(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        } else if (bean instanceof DataSource) {
            log.debug("Data source {} is not a HikariDataSource; not checking that its database exists", beanName);
        }
        return bean;
    }

    static void ensureDatabase(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        try (Connection ignored = connect(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) { // 3D000: invalid catalog name = database does not exist
                throw new DatabaseUnavailableException(url, user, e);
            }
        }
        Matcher m = URL.matcher(url);
        if (!m.matches() || !SAFE_NAME.matcher(m.group(2)).matches()) {
            throw new DatabaseUnavailableException(url, user,
                    new SQLException("database name in the URL is missing or not a plain identifier"));
        }
        String database = m.group(2);
        String maintenanceUrl = m.group(1) + "postgres" + m.group(3);
        try (Connection c = connect(maintenanceUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8' TEMPLATE template0");
            log.info("Created database {} (UTF8)", database);
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) { // another instance created it meanwhile
                return;
            }
            throw new DatabaseUnavailableException(url, user, e);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, props);
    }
}
