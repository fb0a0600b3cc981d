package com.newsdesk.ingest;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.MachineTranslation;
import com.newsdesk.article.Paragraphs;
import com.newsdesk.article.SearchText;
import com.newsdesk.base.html.HtmlSanitizer;
import org.jooq.DSLContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores incoming articles exactly once. The canonical URL is normalised and unique: an INSERT ... ON CONFLICT DO
 * NOTHING makes concurrent arrivals of the same article (twenty identical pushes at once, two instances polling one
 * feed) produce one row, never an error. An article already stored (same canonical URL, or same source and GUID)
 * is left alone when its original is unchanged; when the original changed, the new original is kept and the article
 * is marked "source changed" so that editors see the translation is outdated. Every HTML field is sanitised; the
 * language is checked against the one announced (a mismatch is flagged, not dropped); English originals need no
 * translation and go straight to the review queue.
 */
@Component
public class ArticleIngestion {

    static final int MAX_TITLE = 1_000;
    static final int MAX_BODY = 1_000_000;

    private final DSLContext dsl;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final AtomicReference<LanguageCheck> languageCheck = new AtomicReference<>();
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate savepoint;

    ArticleIngestion(DSLContext dsl, PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** One article's outcome in a batch: its result, or why it was refused. */
    public record BatchItem(IngestResult result, InvalidArticleException refusal) {
    }

    /** How often a batch that lost a lock conflict to another one is tried again. */
    static final int BATCH_ATTEMPTS = 3;

    /**
     * Stores many articles in one transaction, so that a batch costs one commit instead of one per article; each
     * article gets its own savepoint, so that a refused one leaves the others stored. Articles are taken in the order
     * of their canonical URLs, so that two batches lock the rows they share in the same order and do not deadlock; a
     * batch that still loses a lock conflict is tried again as a whole. Outcomes come in the order given.
     */
    public List<BatchItem> ingestAll(List<IncomingArticle> articles) {
        Integer[] order = new Integer[articles.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing((Integer i) -> articles.get(i).canonicalUrl(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int attempt = 1; ; attempt++) {
            try {
                return batchTransaction.execute(tx -> {
                    BatchItem[] outcomes = new BatchItem[articles.size()];
                    for (int i : order) {
                        try {
                            outcomes[i] = new BatchItem(savepoint.execute(s -> ingest(articles.get(i))), null);
                        } catch (InvalidArticleException e) {
                            outcomes[i] = new BatchItem(null, e);
                        }
                    }
                    return List.of(outcomes);
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt == BATCH_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The source's country and language, if it exists. */
    record Source(long id, String countryCode, String languageCode) {
    }

    Optional<Source> source(long id) {
        return dsl.select(SOURCE_SITE.ID, SOURCE_SITE.COUNTRY_CODE, SOURCE_SITE.LANGUAGE_CODE).from(SOURCE_SITE)
                .where(SOURCE_SITE.ID.eq(id)).fetchOptional(r -> new Source(r.value1(), r.value2(), r.value3()));
    }

    boolean languageExists(String code) {
        return dsl.fetchExists(LANGUAGE, LANGUAGE.CODE.eq(code));
    }

    /**
     * Stores one article in its own transaction.
     *
     * @throws InvalidArticleException with a sentence naming what is wrong (unknown source or language, an address
     *                                  that is not http(s), no title)
     */
    @Transactional
    public IngestResult ingest(IncomingArticle in) {
        Source source = source(in.sourceSiteId())
                .orElseThrow(() -> new InvalidArticleException("sourceSiteId",
                        "There is no source site #" + in.sourceSiteId() + "."));
        String url;
        try {
            url = CanonicalUrl.normalise(in.canonicalUrl());
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("canonicalUrl", e.getMessage());
        }
        String language = in.originalLanguage() == null ? source.languageCode() : in.originalLanguage();
        if (!language.equals(source.languageCode()) && !languageExists(language)) {
            throw new InvalidArticleException("originalLanguage", "The language " + language
                    + " is not one Newsdesk knows.");
        }
        String title = cut(sanitizer.plainText(in.originalTitle()), MAX_TITLE);
        if (title == null || title.isBlank()) {
            throw new InvalidArticleException("originalTitle", "The article has no title.");
        }
        String body = sanitizer.body(cut(in.originalBody(), MAX_BODY));
        String guid = in.guid() == null || in.guid().isBlank() ? null : cut(in.guid().strip(), 2000);

        var existing = find(source.id(), url, guid);
        if (existing.isPresent()) {
            return updateOriginal(existing.get(), title, body);
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Instant published = in.publishedAt();
        boolean estimated = published == null || published.isAfter(now.toInstant().plusSeconds(3600));
        String image = image(in.imageUrl());
        boolean english = MachineTranslation.english(language);
        String mtTitle = english ? title : cut(sanitizer.plainText(in.translatedTitle()), MAX_TITLE);
        String mtBody = english ? body
                : in.translatedBody() == null || in.translatedBody().isBlank() ? null : sanitizer.body(in.translatedBody());
        boolean translated = mtTitle != null && !mtTitle.isBlank() && mtBody != null && !mtBody.isBlank();
        boolean mismatch = !languageCheck().check(language, Paragraphs.text(title + " " + body)).matches();

        var insert = dsl.insertInto(ARTICLE)
                .set(ARTICLE.SOURCE_SITE_ID, source.id())
                .set(ARTICLE.COUNTRY_CODE, source.countryCode())
                .set(ARTICLE.CANONICAL_URL, url)
                .set(ARTICLE.FEED_GUID, guid)
                .set(ARTICLE.AUTHOR, cut(sanitizer.plainText(in.author()), 500))
                .set(ARTICLE.ORIGINAL_LANGUAGE, language)
                .set(ARTICLE.ORIGINAL_TITLE, title)
                .set(ARTICLE.ORIGINAL_BODY, body)
                .set(SearchText.ORIGINAL, SearchText.originalVector(title, body))
                .set(ARTICLE.SOURCE_PUBLISHED_AT, estimated ? now : published.atOffset(ZoneOffset.UTC))
                .set(ARTICLE.PUBLISHED_AT_ESTIMATED, estimated)
                .set(ARTICLE.LANGUAGE_MISMATCH, mismatch)
                .set(ARTICLE.INGESTED_AT, now)
                .set(ARTICLE.STATUS, (translated ? ArticleStatus.TRANSLATED : ArticleStatus.INGESTED).name());
        if (image != null) {
            insert = insert.set(ARTICLE.IMAGE_URL, image)
                    .set(ARTICLE.IMAGE_CAPTION, cut(sanitizer.plainText(in.imageCaption()), 2000))
                    .set(ARTICLE.IMAGE_CREDIT, cut(sanitizer.plainText(in.imageCredit()), 500));
        }
        if (translated) {
            insert = insert.set(ARTICLE.MT_TITLE, mtTitle).set(ARTICLE.MT_BODY, mtBody).set(ARTICLE.MT_AT, now)
                    .set(ARTICLE.MT_ENGINE, english ? MachineTranslation.ENGLISH_ORIGINAL
                            : Objects.requireNonNullElse(cut(sanitizer.plainText(in.translationEngine()), 100),
                                    "pipeline"));
        }
        Long id = insert.onConflictDoNothing().returning(ARTICLE.ID).fetchOptional(ARTICLE.ID).orElse(null);
        if (id != null) {
            return new IngestResult(IngestResult.Status.CREATED, id);
        }
        // someone stored it between our look and our insert: it is theirs now
        return find(source.id(), url, guid).map(e -> updateOriginal(e, title, body))
                .orElseThrow(() -> new IllegalStateException("Article " + url + " conflicted but cannot be found"));
    }

    private record Existing(long id, String title, String body) {
    }

    private Optional<Existing> find(long sourceId, String url, String guid) {
        var byUrl = ARTICLE.CANONICAL_URL.eq(url);
        var condition = guid == null ? byUrl : byUrl.or(ARTICLE.SOURCE_SITE_ID.eq(sourceId).and(ARTICLE.FEED_GUID.eq(guid)));
        return dsl.select(ARTICLE.ID, ARTICLE.ORIGINAL_TITLE, ARTICLE.ORIGINAL_BODY).from(ARTICLE).where(condition)
                .orderBy(ARTICLE.ID).limit(1).forUpdate()
                .fetchOptional(r -> new Existing(r.value1(), r.value2(), r.value3()));
    }

    private IngestResult updateOriginal(Existing existing, String title, String body) {
        if (existing.title().equals(title) && existing.body().equals(body)) {
            return new IngestResult(IngestResult.Status.UNCHANGED, existing.id());
        }
        dsl.update(ARTICLE)
                .set(ARTICLE.ORIGINAL_TITLE, title)
                .set(ARTICLE.ORIGINAL_BODY, body)
                .set(SearchText.ORIGINAL, SearchText.originalVector(title, body))
                // a translation exists only from INGESTED on; before it, the new original is simply what gets translated
                .set(ARTICLE.SOURCE_CHANGED, ARTICLE.STATUS.ne(ArticleStatus.INGESTED.name()))
                .set(ARTICLE.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(existing.id()))
                .execute();
        return new IngestResult(IngestResult.Status.UPDATED, existing.id());
    }

    /** An image address kept only when it is http(s) (or a local path of the app's own images). */
    static String image(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("/") && !u.startsWith("//")) {
            return u;
        }
        try {
            String scheme = URI.create(u).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    /** Built on first use from the languages in the database; Lingua's models take a moment to load. */
    private LanguageCheck languageCheck() {
        var check = languageCheck.get();
        if (check == null) {
            List<String> codes = dsl.select(LANGUAGE.CODE).from(LANGUAGE).fetch(LANGUAGE.CODE);
            check = new LanguageCheck(codes);
            if (!languageCheck.compareAndSet(null, check)) {
                check = languageCheck.get();
            }
        }
        return check;
    }
}
