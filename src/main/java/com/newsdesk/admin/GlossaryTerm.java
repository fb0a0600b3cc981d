package com.newsdesk.admin;

import java.io.Serializable;

/** A glossary entry: in originals of {@code languageCode}, {@code sourceTerm} must become {@code englishTerm}. */
public record GlossaryTerm(Long id, String languageCode, String sourceTerm, String englishTerm, String note)
        implements Serializable {
}
