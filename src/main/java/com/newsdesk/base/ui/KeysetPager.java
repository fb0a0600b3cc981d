package com.newsdesk.base.ui;

import java.io.Serializable;
import java.util.ArrayList;
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
    private final int maxPage;
    private final SerializableFunction<T, K> keyOf;
    /** offset -> key of the row just before that offset; offset 0 has none (null value). */
    private final TreeMap<Integer, K> keyBefore = new TreeMap<>();

    /**
     * @param maxPage the most rows {@code query} may be asked for at once; larger requests are split
     */
    public KeysetPager(PageQuery<T, K> query, SerializableFunction<T, K> keyOf, int maxPage) {
        this.query = query;
        this.maxPage = maxPage;
        this.keyOf = keyOf;
        reset();
    }

    public List<T> fetch(int offset, int limit) {
        List<T> result = new ArrayList<>(Math.min(limit, maxPage));
        while (result.size() < limit) {
            int position = offset + result.size();
            int wanted = Math.min(limit - result.size(), maxPage);
            Map.Entry<Integer, K> start = keyBefore.floorEntry(position);
            List<T> rows = query.fetch(start.getValue(), position - start.getKey(), wanted);
            if (rows.isEmpty()) {
                break;
            }
            keyBefore.put(position + rows.size(), keyOf.apply(rows.getLast()));
            result.addAll(rows);
            if (rows.size() < wanted) {
                break;
            }
        }
        return result;
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
