package com.newsdesk.admin;

import java.io.Serializable;

/** A country as the administration lists it, with the usual language of its outlets (which may be unset). */
public record CountryListItem(String code, String name, String languageCode, String languageName)
        implements Serializable {
}
