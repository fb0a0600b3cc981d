package com.newsdesk.article;

/** A workflow step that the article's state does not allow; the message is meant for the editor. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
