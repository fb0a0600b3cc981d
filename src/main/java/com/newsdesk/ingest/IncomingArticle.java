package com.newsdesk.ingest;

import java.time.Instant;

/**
 * An article as it arrives, from a feed item or from the translation pipeline's push API, before it is checked and
 * stored. HTML fields may hold anything: they are sanitised on the way in.
 *
 * @param guid             the feed's own identifier of the item, if any
 * @param originalLanguage BCP 47; null means the source's language
 * @param publishedAt      null when the source gave no usable time: ingestion time is used, and the article is flagged
 * @param translatedTitle  a machine translation that came with it (push API), else null
 */
public record IncomingArticle(long sourceSiteId, String canonicalUrl, String guid, String originalTitle,
                              String originalBody, String originalLanguage, Instant publishedAt, String author,
                              String imageUrl, String imageCaption, String imageCredit, String translatedTitle,
                              String translatedBody, String translationEngine) {
}
