package com.newsdesk.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.html.HtmlSanitizer;
import com.newsdesk.translation.MachineTranslator;
import com.newsdesk.translation.Translation;
import com.newsdesk.translation.TranslationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Machine translation of articles, for the translation job and for editors who ask for a new one. The call to the
 * translation service happens outside any transaction (it can take seconds); the result is stored only if the
 * article has not changed in the meantime (its version). Paragraphs a person edited are kept unless the caller
 * names them; a new translation of an article with English written by people becomes a revision of its own.
 * English-language originals are not sent anywhere: their original is their English.
 */
@Component
public class MachineTranslation {

    /** Engine recorded for English originals, which need no translation. */
    public static final String ENGLISH_ORIGINAL = "original (English)";
    private static final Logger log = LoggerFactory.getLogger(MachineTranslation.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final TranslationRepository repository;
    private final ArticleReviewRepository reviews;
    private final MachineTranslator translator;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    MachineTranslation(TranslationRepository repository, ArticleReviewRepository reviews, MachineTranslator translator,
                       AuditTrail audit, TransactionTemplate transactions) {
        this.repository = repository;
        this.reviews = reviews;
        this.translator = translator;
        this.audit = audit;
        this.transactions = transactions;
    }

    public boolean configured() {
        return translator.isConfigured();
    }

    public static boolean english(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).split("-")[0].equals("en");
    }

    /**
     * Translates up to {@code limit} waiting articles, newest first; returns how many were translated. A failure is
     * recorded on its article (shown to editors) and retried later with a growing pause; it never stops the others.
     */
    public int translatePending(int limit) {
        int done = 0;
        // without a translation service only English originals can be done; the others wait and say so
        for (long id : repository.due(limit, !translator.isConfigured())) {
            var texts = repository.texts(id).orElse(null);
            if (texts == null || texts.status() != ArticleStatus.INGESTED
                    || (!english(texts.language()) && !translator.isConfigured())) {
                continue;
            }
            try {
                if (store(texts, fresh(texts), false, Set.of(), null)) {
                    done++;
                }
            } catch (TranslationException e) {
                int attempts = repository.attempts(id);
                Duration pause = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts, 16));
                repository.failed(id, e.getMessage(), pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause);
                log.warn("Machine translation of article {} failed: {}", id, e.getMessage());
            }
        }
        return done;
    }

    /**
     * A new machine translation of the whole article, asked for by {@code userId} on the version they see. Edited
     * paragraphs are kept unless listed in {@code overwrite} (indexes); an edited title is kept unless
     * {@code overwriteTitle}.
     *
     * @throws TranslationException when the service fails (nothing is changed)
     * @throws StaleArticleException when the article changed since {@code version}
     */
    void retranslate(long id, int version, boolean overwriteTitle, Set<Integer> overwrite, long userId) {
        var texts = current(id, version);
        if (!store(texts, fresh(texts), overwriteTitle, overwrite, userId)) {
            throw new StaleArticleException(id);
        }
    }

    /** A new machine translation of paragraph {@code index} of the original, replacing that English paragraph. */
    void retranslateParagraph(long id, int version, int index, long userId) {
        var texts = current(id, version);
        List<String> original = Paragraphs.split(texts.originalBody());
        if (index < 0 || index >= original.size()) {
            throw new IllegalArgumentException("The original has no paragraph " + (index + 1) + ".");
        }
        List<String> paragraph = english(texts.language()) ? List.of(original.get(index))
                : translator.translate(texts.language(), "", List.of(original.get(index))).paragraphsHtml();
        List<String> machine = new ArrayList<>(Paragraphs.split(texts.mtBody()));
        while (machine.size() <= index) {
            machine.add("<p></p>");
        }
        machine.set(index, clean(paragraph.getFirst()));
        var fresh = new Translation(texts.mtTitle() == null ? texts.originalTitle() : texts.mtTitle(), machine,
                english(texts.language()) ? ENGLISH_ORIGINAL : translator.engine());
        // every other paragraph stays as the editor has it, edited or not
        var keep = new java.util.HashSet<Integer>();
        for (int i = 0; i < machine.size(); i++) {
            if (i != index) {
                keep.add(i);
            }
        }
        if (!store(texts, fresh, false, Set.of(index), userId, keep)) {
            throw new StaleArticleException(id);
        }
    }

    private TranslationRepository.Texts current(long id, int version) {
        var texts = repository.texts(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no article #" + id + "."));
        ArticleWorkflow.checkEditable(texts.status() == ArticleStatus.INGESTED ? ArticleStatus.TRANSLATED
                : texts.status());
        if (texts.version() != version) {
            throw new StaleArticleException(id);
        }
        if (!english(texts.language()) && !translator.isConfigured()) {
            throw new TranslationException("No machine translation provider is configured.", false);
        }
        return texts;
    }

    private Translation fresh(TranslationRepository.Texts texts) {
        List<String> paragraphs = Paragraphs.split(texts.originalBody());
        if (english(texts.language())) {
            return new Translation(texts.originalTitle(), paragraphs, ENGLISH_ORIGINAL);
        }
        Translation t = translator.translate(texts.language(), texts.originalTitle(), paragraphs);
        return new Translation(sanitizer.plainText(t.title()), t.paragraphsHtml().stream().map(this::clean).toList(),
                t.engine());
    }

    /** The service's HTML is as untrusted as a feed's. */
    private String clean(String html) {
        List<String> blocks = Paragraphs.split(sanitizer.body(html));
        return blocks.isEmpty() ? "<p></p>" : String.join("", blocks);
    }

    private boolean store(TranslationRepository.Texts texts, Translation fresh, boolean overwriteTitle,
                          Set<Integer> overwrite, Long userId) {
        return store(texts, fresh, overwriteTitle, overwrite, userId, Set.of());
    }

    private boolean store(TranslationRepository.Texts texts, Translation fresh, boolean overwriteTitle,
                          Set<Integer> overwrite, Long userId, Set<Integer> keepAlways) {
        var merged = merge(texts, fresh, overwriteTitle, overwrite, keepAlways);
        String engine = fresh.engine();
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!repository.store(texts.id(), texts.version(), fresh.title(), Paragraphs.join(fresh.paragraphsHtml()),
                    engine, merged.title(), merged.body(), merged.edited(),
                    userId)) {
                return false;
            }
            if (merged.body() != null && userId != null) {
                int revision = reviews.addRevision(texts.id(), "RETRANSLATION", merged.title(), merged.body(),
                        merged.edited(), userId);
                audit.record("ARTICLE_RETRANSLATED", "article", texts.id(), Map.of("version", texts.version()),
                        Map.of("version", texts.version() + 1, "revision", revision, "replaced", overwrite.stream()
                                .sorted().map(i -> i + 1).toList()), null);
            } else {
                audit.record(texts.status() == ArticleStatus.INGESTED ? "ARTICLE_TRANSLATED" : "ARTICLE_RETRANSLATED",
                        "article", texts.id(), Map.of("status", texts.status(), "version", texts.version()),
                        Map.of("status", texts.status() == ArticleStatus.INGESTED ? ArticleStatus.TRANSLATED
                                : texts.status(), "version", texts.version() + 1, "engine", engine),
                        null);
            }
            return true;
        }));
    }

    /** The English after a new machine translation: title, body (null while nobody edited) and edited flags. */
    record Merged(String title, String body, Boolean[] edited) {
    }

    /**
     * Where people edited the English (a body exists), their paragraphs stay unless named in {@code overwrite};
     * the others take the fresh machine text. Without English of people's own, the article simply shows the new
     * machine translation.
     */
    static Merged merge(TranslationRepository.Texts texts, Translation fresh, boolean overwriteTitle,
                        Set<Integer> overwrite, Set<Integer> keepAlways) {
        if (texts.body() == null) {
            return new Merged(null, null, new Boolean[0]);
        }
        List<String> english = Paragraphs.split(texts.body());
        Boolean[] flags = texts.edited() == null ? new Boolean[0] : texts.edited();
        List<String> paragraphs = new ArrayList<>();
        List<Boolean> edited = new ArrayList<>();
        int n = Math.max(fresh.paragraphsHtml().size(), english.size());
        for (int i = 0; i < n; i++) {
            boolean humanEdited = i < english.size() && i < flags.length && Boolean.TRUE.equals(flags[i]);
            boolean keep = i < english.size()
                    && (keepAlways.contains(i) || (humanEdited && !overwrite.contains(i)));
            if (keep) {
                paragraphs.add(english.get(i));
                edited.add(humanEdited);
            } else if (i < fresh.paragraphsHtml().size()) {
                paragraphs.add(fresh.paragraphsHtml().get(i));
                edited.add(false);
            }
        }
        boolean titleEdited = texts.title() != null && !texts.title().equals(texts.mtTitle());
        String title = titleEdited && !overwriteTitle ? texts.title() : fresh.title();
        return new Merged(title, Paragraphs.join(paragraphs), edited.toArray(Boolean[]::new));
    }
}
