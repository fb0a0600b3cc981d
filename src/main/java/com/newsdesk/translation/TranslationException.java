package com.newsdesk.translation;

/**
 * A machine translation failed. The message is meant for editors (shown in the UI as it is): one sentence in plain
 * words, no stack trace and no secrets. The cause, when there is one, is kept for the log.
 */
public class TranslationException extends RuntimeException {

    private final boolean retryable;

    /**
     * @param message   what went wrong, readable by an editor
     * @param retryable whether trying the same translation again later may succeed (the service was down, slow or
     *                  busy), as opposed to failures that will repeat until someone changes the request or the
     *                  configuration (refused request, wrong API key, nonsense answer, no provider)
     */
    public TranslationException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public TranslationException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /**
     * Whether it is worth trying this translation again later, e.g. on the next run of a scheduled job. The
     * translator has already made its own immediate retries before giving up.
     */
    public boolean isRetryable() {
        return retryable;
    }
}
