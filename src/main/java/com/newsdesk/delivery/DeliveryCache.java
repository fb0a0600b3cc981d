package com.newsdesk.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.newsdesk.article.ArticleChanges;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The delivery API's answers, ready to send (body, ETag), kept in memory until what they show changes. Any change
 * anywhere (publish, unpublish, correction, take, feature; changeset 0018) reaches every instance through
 * PostgreSQL {@code LISTEN/NOTIFY} and empties the cache; an answer that changes by the clock alone (a feature
 * entry's time window) expires when it does.
 *
 * <p>An answer computed while a change commits could be older than the notification that announced it; it is
 * stored only if no eviction happened since its computation began (a generation count), so nothing stale stays.
 */
@Component
class DeliveryCache implements DisposableBean {

    /** Even an answer that never changes by itself is recomputed now and then: a safety net, not a rule. */
    private static final long MAX_AGE_NANOS = Duration.ofMinutes(10).toNanos();

    record Entry(int status, String contentType, byte[] body, String etag, long ttlNanos) {
    }

    private final Cache<String, Entry> cache;
    private final AtomicLong generation = new AtomicLong();
    private final AutoCloseable subscription;

    DeliveryCache(ArticleChanges changes, @Value("${newsdesk.delivery.cache-bytes:67108864}") long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> key.length() * 2 + e.body().length + 64)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry e, long now) {
                        return Math.min(e.ttlNanos(), MAX_AGE_NANOS);
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry e, long now, long current) {
                        return Math.min(e.ttlNanos(), MAX_AGE_NANOS);
                    }

                    @Override
                    public long expireAfterRead(String key, Entry e, long now, long current) {
                        return current;
                    }
                })
                .build();
        this.subscription = changes.subscribeDelivery(this::evictAll);
    }

    Entry get(String key, Supplier<Entry> compute) {
        Entry hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        long before = generation.get();
        Entry entry = compute.get();
        if (entry.ttlNanos() > 0 && generation.get() == before) {
            cache.put(key, entry);
            if (generation.get() != before) {
                cache.invalidate(key);
            }
        }
        return entry;
    }

    /** The cached answer, or null. */
    Entry peek(String key) {
        return cache.getIfPresent(key);
    }

    void evictAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    long size() {
        return cache.estimatedSize();
    }

    @Override
    public void destroy() throws Exception {
        subscription.close();
    }
}
