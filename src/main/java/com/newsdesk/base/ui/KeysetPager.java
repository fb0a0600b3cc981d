package com.newsdesk.base.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.function.SerializableFunction;

/**
 * Serves a lazy Grid's offset/limit requests from a keyset query. It remembers, for each offset where a fetched
 * page ended, the key of the last row before it; a request starts from the nearest remembered key at or before its
 * offset and skips only the few rows between. Scrolling down page by page therefore never uses a large OFFSET.
 *
 * @param <T> row type
 * @param <K> keyset key of a row (its position in the sort order)
 */
public final class KeysetPager<T, K extends Serializable> implements Serializable {

    /** Fetches up to {@code limit} rows after {@code after} (null: from the start), skipping {@code skip} first. */
    @FunctionalInterface
    public interface PageQuery<T, K> extends Serializable {
        List<T> fetch(K after, int skip, int limit);
    }

    private final PageQuery<T, K> query;
    private final SerializableFunction<T, K> keyOf;
    /** offset -> key of the row just before that offset; offset 0 has none (null value). */
    private final TreeMap<Integer, K> keyBefore = new TreeMap<>();

    public KeysetPager(PageQuery<T, K> query, SerializableFunction<T, K> keyOf) {
        this.query = query;
        this.keyOf = keyOf;
        reset();
    }

    public List<T> fetch(int offset, int limit) {
        Map.Entry<Integer, K> start = keyBefore.floorEntry(offset);
        List<T> rows = query.fetch(start.getValue(), offset - start.getKey(), limit);
        if (!rows.isEmpty()) {
            keyBefore.put(offset + rows.size(), keyOf.apply(rows.getLast()));
        }
        return rows;
    }

    /** Forgets all keys; call when the filter changes. */
    public void reset() {
        keyBefore.clear();
        keyBefore.put(0, null);
    }

    int rememberedKeys() {
        return keyBefore.size();
    }
}
