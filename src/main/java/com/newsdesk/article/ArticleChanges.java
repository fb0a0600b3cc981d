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
    static final String DELIVERY_CHANNEL = "delivery_changed";

    private final DataSource dataSource;
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final List<java.util.function.LongConsumer> presenceSubscribers = new CopyOnWriteArrayList<>();
    private final List<Runnable> deliverySubscribers = new CopyOnWriteArrayList<>();
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

    /**
     * Calls {@code onChange} when what the public delivery API shows may have changed (changeset 0018: publication,
     * unpublication, correction, takes, features, names), on any instance; also after every (re)connection of the
     * listener, since notifications sent while it was away are lost.
     */
    public AutoCloseable subscribeDelivery(Runnable onChange) {
        deliverySubscribers.add(onChange);
        return () -> deliverySubscribers.remove(onChange);
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
                s.execute("LISTEN " + DELIVERY_CHANNEL);
                deliverySubscribers.forEach(ArticleChanges::call);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(2000);
                    if (notifications == null) {
                        continue;
                    }
                    boolean articles = false;
                    boolean delivery = false;
                    java.util.Set<Long> presence = new java.util.HashSet<>();
                    for (PGNotification n : notifications) {
                        if (CHANNEL.equals(n.getName())) {
                            articles = true;
                        } else if (DELIVERY_CHANNEL.equals(n.getName())) {
                            delivery = true;
                        } else if (PRESENCE_CHANNEL.equals(n.getName())) {
                            presence.add(Long.parseLong(n.getParameter()));
                        }
                    }
                    if (delivery) {
                        deliverySubscribers.forEach(ArticleChanges::call);
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
