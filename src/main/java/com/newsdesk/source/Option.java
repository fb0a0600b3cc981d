package com.newsdesk.source;

import java.io.Serializable;

/** A choice in a filter: the value a query uses and the label a person reads. */
public record Option(String value, String label) implements Serializable {
}
