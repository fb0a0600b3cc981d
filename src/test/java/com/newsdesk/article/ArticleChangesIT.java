package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changes reach subscribers through PostgreSQL, also when another process makes them: here a plain JDBC
 * connection of its own stands in for a second app instance.
 */
@NewsdeskIntegrationTest
class ArticleChangesIT {

    private static final String URL = System.getProperty("newsdesk.it.db-url",
            "jdbc:postgresql://127.0.0.1:5432/newsdesk_it");

    @Autowired
    ArticleChanges changes;
    @Autowired
    DSLContext dsl;

    @Test
    void a_change_made_by_another_instance_reaches_the_subscribers_and_unsubscribing_stops_it() throws Exception {
        var first = new CountDownLatch(1);
        var subscription = changes.subscribe(first::countDown);
        long id = TestArticles.create(dsl, ArticleStatus.TRANSLATED, "JP");
        try (var other = DriverManager.getConnection(URL, System.getProperty("newsdesk.it.db-user", "postgres"),
                System.getProperty("newsdesk.it.db-password", ""))) {
            DSL.using(other).update(ARTICLE).set(ARTICLE.STATUS, "IN_REVIEW").where(ARTICLE.ID.eq(id)).execute();
        }
        assertThat(first.await(10, TimeUnit.SECONDS)).as("notified of the change").isTrue();

        int before = changes.subscribers();
        subscription.close();
        assertThat(changes.subscribers()).isEqualTo(before - 1);
    }
}
