package com.newsdesk.article;

import java.util.List;

/** The English of one revision: title, paragraphs and which of them a person edited. */
public record RevisionText(int number, String title, List<String> paragraphs, Boolean[] edited) {
}
