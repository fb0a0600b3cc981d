package com.newsdesk.admin;

import java.io.Serializable;

/** A language (BCP 47 code) as the administration lists it. */
public record LanguageListItem(String code, String name, TextDirection direction) implements Serializable {
}
