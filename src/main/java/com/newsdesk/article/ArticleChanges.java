package com.newsdesk.article;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells subscribers (open review queues, open editors) that articles changed or who has one open, on this instance
 * or any other: it listens to PostgreSQL's {@code article_changed} (changeset 0007) and {@code article_presence}
 * notifications on a connection of its own, and reconnects when the database restarts. Subscribers get a call on this listener's thread and must hand it to their UI.
 */
@Component
public class ArticleChanges implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ArticleChanges.class);
    static final String CHANNEL = "article_changed";
    static final String PRESENCE_CHANNEL = "article_presence";

    private final DataSource dataSource;
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final List<java.util.function.LongConsumer> presenceSubscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread thread;

    ArticleChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Calls {@code onChange} after articles changed; the returned handle stops it. */
    public AutoCloseable subscribe(Runnable onChange) {
        subscribers.add(onChange);
        return () -> subscribers.remove(onChange);
    }

    /** Calls {@code onChange} with the article's id when someone opens, leaves or takes over an article. */
    public AutoCloseable subscribePresence(java.util.function.LongConsumer onChange) {
        presenceSubscribers.add(onChange);
        return () -> presenceSubscribers.remove(onChange);
    }

    int subscribers() {
        return subscribers.size();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("article-changes").start(this::listen);
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("LISTEN " + CHANNEL);
                s.execute("LISTEN " + PRESENCE_CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(2000);
                    if (notifications == null) {
                        continue;
                    }
                    boolean articles = false;
                    java.util.Set<Long> presence = new java.util.HashSet<>();
                    for (PGNotification n : notifications) {
                        if (CHANNEL.equals(n.getName())) {
                            articles = true;
                        } else if (PRESENCE_CHANNEL.equals(n.getName())) {
                            presence.add(Long.parseLong(n.getParameter()));
                        }
                    }
                    if (articles) {
                        subscribers.forEach(ArticleChanges::call);
                    }
                    for (long id : presence) {
                        presenceSubscribers.forEach(p -> call(() -> p.accept(id)));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // whatever broke (a restarted database, a payload it could not read), listening must go on
                if (running) {
                    log.warn("Lost the article change notifications ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void call(Runnable subscriber) {
        try {
            subscriber.run();
        } catch (RuntimeException e) {
            log.warn("A subscriber to article changes failed", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(5000);
        }
    }
}
