package com.newsdesk.admin;

/**
 * A client just created, with its key: the only time the key exists outside the client that will use it. Its
 * {@code toString} leaves the secret out, so that a log line or an exception message never carries it.
 */
public record NewApiKey(long id, String name, String key) {

    @Override
    public String toString() {
        int cut = key == null ? -1 : key.lastIndexOf('_');
        return "NewApiKey[id=" + id + ", name=" + name + ", key=" + (cut > 0 ? key.substring(0, cut) + "_…" : "…") + "]";
    }
}
