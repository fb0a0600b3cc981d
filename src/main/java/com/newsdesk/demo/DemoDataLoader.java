package com.newsdesk.demo;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static com.newsdesk.jooq.Tables.GLOSSARY_TERM;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newsdesk.article.SearchText;
import com.newsdesk.admin.UserRepository;
import com.newsdesk.base.security.Roles;
import org.jooq.DSLContext;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The demo newsroom (profile {@code demo} only): countries, languages, source sites, demo users and articles in
 * every workflow state, including the seed story trio. Idempotent: what exists already (by natural key) is kept.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "newsdesk-demo";
    static final Map<String, List<String>> DEMO_USERS = Map.of(
            "editor", List.of(Roles.EDITOR),
            "reviewer", List.of(Roles.REVIEWER),
            "admin", List.of(Roles.ADMIN),
            "chief", List.of(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER));
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DSLContext dsl;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final DemoReferenceData reference;
    private final DemoNewsroom newsroom;

    DemoDataLoader(DSLContext dsl, UserRepository users, PasswordEncoder encoder, DemoReferenceData reference,
                   DemoNewsroom newsroom) {
        this.dsl = dsl;
        this.reference = reference;
        this.newsroom = newsroom;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var sites = reference.ensureLoaded();
        Map<String, Long> sourceIds = new HashMap<>();
        sites.forEach((key, site) -> sourceIds.put(key, site.id()));
        Map<String, Long> userIds = loadUsers();
        int added = loadArticles(sourceIds, userIds.get("editor"));
        added += newsroom.load(sites, userIds.get("editor"));
        loadGlossary();
        log.info("Demo newsroom ready ({} new articles). Demo users: {} (password '{}')", added,
                DEMO_USERS.keySet().stream().sorted().toList(), DEMO_PASSWORD);
    }

    /** A few terms of the kind admins keep, so that the glossary check has something to check in the demo. */
    private void loadGlossary() {
        String[][] terms = {
            {"ja", "シャトル外交", "shuttle diplomacy"},
            {"ko", "셔틀 외교", "shuttle diplomacy"},
            {"ja", "日本銀行", "Bank of Japan"},
            {"zh", "上海合作组织", "Shanghai Cooperation Organisation"},
            {"de", "Bundesbank", "Bundesbank"},
        };
        for (String[] t : terms) {
            dsl.insertInto(GLOSSARY_TERM).set(GLOSSARY_TERM.LANGUAGE_CODE, t[0]).set(GLOSSARY_TERM.SOURCE_TERM, t[1])
                    .set(GLOSSARY_TERM.ENGLISH_TERM, t[2]).onConflictDoNothing().execute();
        }
    }

    private Map<String, Long> loadUsers() {
        Map<String, Long> ids = new HashMap<>();
        DEMO_USERS.forEach((username, roles) -> {
            long id = users.findByUsername(username).map(UserRepository.Account::id)
                    .orElseGet(() -> users.create(username, displayName(username), encoder.encode(DEMO_PASSWORD),
                            roles));
            ids.put(username, id);
        });
        return ids;
    }

    private static String displayName(String username) {
        return switch (username) {
            case "editor" -> "Emma Editor";
            case "reviewer" -> "Riku Reviewer";
            case "admin" -> "Ada Admin";
            case "chief" -> "Chidi Chief";
            default -> username;
        };
    }

    private int loadArticles(Map<String, Long> sourceIds, long editorId) {
        var data = reference.read("demo/articles.json", new TypeReference<DemoData.Articles>() { });
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Long> articleIds = new HashMap<>();
        int added = 0;
        for (var a : data.articles()) {
            Long existing = dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.CANONICAL_URL.eq(a.canonicalUrl()))
                    .fetchOne(ARTICLE.ID);
            if (existing != null) {
                articleIds.put(a.key(), existing);
                continue;
            }
            articleIds.put(a.key(), insertArticle(a, sourceIds, editorId, now));
            added++;
        }
        for (var t : data.takes()) {
            long a = articleIds.get(t.a());
            long b = articleIds.get(t.b());
            dsl.insertInto(ALTERNATIVE_TAKE)
                    .set(ALTERNATIVE_TAKE.ARTICLE_A_ID, Math.min(a, b))
                    .set(ALTERNATIVE_TAKE.ARTICLE_B_ID, Math.max(a, b))
                    .set(ALTERNATIVE_TAKE.POSITION_A, t.order())
                    .set(ALTERNATIVE_TAKE.POSITION_B, 0)
                    .set(ALTERNATIVE_TAKE.NOTE, t.note())
                    .set(ALTERNATIVE_TAKE.CREATED_BY, editorId)
                    .onConflictDoNothing()
                    .execute();
        }
        return added;
    }

    private long insertArticle(DemoData.Article a, Map<String, Long> sourceIds, long editorId, OffsetDateTime now) {
        long sourceId = sourceIds.get(a.source());
        var source = dsl.select(SOURCE_SITE.COUNTRY_CODE, SOURCE_SITE.LANGUAGE_CODE).from(SOURCE_SITE)
                .where(SOURCE_SITE.ID.eq(sourceId)).fetchSingle();
        OffsetDateTime sourceTime = a.publishedAt() != null
                ? a.publishedAt().withOffsetSameInstant(ZoneOffset.UTC)
                : now.minusHours(a.ageHours()).minusMinutes(Math.floorMod(a.key().hashCode(), 50));
        OffsetDateTime ingested = sourceTime.plusMinutes(12);
        String status = a.status();
        boolean translated = a.translatedTitle() != null && !"INGESTED".equals(status);
        boolean edited = a.editedTitle() != null;
        Set<String> decided = Set.of("APPROVED", "PUBLISHED", "UNPUBLISHED");
        OffsetDateTime approvedAt = ingested.plusHours(2);
        OffsetDateTime publishedAt = ingested.plusHours(3);

        var insert = dsl.insertInto(ARTICLE)
                .set(ARTICLE.SOURCE_SITE_ID, sourceId)
                .set(ARTICLE.COUNTRY_CODE, source.value1())
                .set(ARTICLE.CANONICAL_URL, a.canonicalUrl())
                .set(ARTICLE.FEED_GUID, a.canonicalUrl())
                .set(ARTICLE.AUTHOR, a.author())
                .set(ARTICLE.ORIGINAL_LANGUAGE, source.value2())
                .set(ARTICLE.ORIGINAL_TITLE, a.originalTitle())
                .set(ARTICLE.ORIGINAL_BODY, html(a.originalParagraphs()))
                .set(SearchText.ORIGINAL, SearchText.originalVector(a.originalTitle(), html(a.originalParagraphs())))
                .set(ARTICLE.SOURCE_PUBLISHED_AT, sourceTime)
                .set(ARTICLE.STATUS, status)
                .set(ARTICLE.STATUS_REASON, a.reason())
                .set(ARTICLE.STATUS_CHANGED_AT, decided.contains(status) ? publishedAt : ingested.plusMinutes(30))
                .set(ARTICLE.INGESTED_AT, ingested)
                .set(ARTICLE.UPDATED_AT, ingested.plusMinutes(30));
        if (a.image() != null) {
            insert = insert.set(ARTICLE.IMAGE_URL, "/images/demo/" + a.image().file())
                    .set(ARTICLE.IMAGE_CAPTION, a.image().caption())
                    .set(ARTICLE.IMAGE_CREDIT, a.image().credit())
                    .set(ARTICLE.IMAGE_ALT, a.image().alt());
        }
        if (translated) {
            insert = insert.set(ARTICLE.MT_TITLE, a.translatedTitle())
                    .set(ARTICLE.MT_BODY, html(a.translatedParagraphs()))
                    .set(ARTICLE.MT_ENGINE, "demo-mt")
                    .set(ARTICLE.MT_AT, ingested.plusMinutes(5));
        }
        if (edited) {
            insert = insert.set(ARTICLE.TITLE, a.editedTitle())
                    .set(ARTICLE.BODY, html(a.editedParagraphs()))
                    .set(ARTICLE.PARAGRAPH_EDITED, editedFlags(a.translatedParagraphs(), a.editedParagraphs()))
                    .set(ARTICLE.UPDATED_BY, editorId);
        }
        if (!"INGESTED".equals(status) && !"TRANSLATED".equals(status)) {
            insert = insert.set(ARTICLE.CLAIMED_BY, editorId).set(ARTICLE.STATUS_CHANGED_BY, editorId);
        }
        if (decided.contains(status)) {
            insert = insert.set(ARTICLE.APPROVED_BY, editorId).set(ARTICLE.APPROVED_AT, approvedAt);
        }
        if ("PUBLISHED".equals(status) || "UNPUBLISHED".equals(status)) {
            insert = insert.set(ARTICLE.PUBLISHED_BY, editorId).set(ARTICLE.PUBLISHED_AT, publishedAt);
        }
        long id = insert.returning(ARTICLE.ID).fetchSingle(ARTICLE.ID);
        if (edited) {
            dsl.insertInto(ARTICLE_REVISION)
                    .set(ARTICLE_REVISION.ARTICLE_ID, id)
                    .set(ARTICLE_REVISION.REVISION_NO, 1)
                    .set(ARTICLE_REVISION.TITLE, a.editedTitle())
                    .set(ARTICLE_REVISION.BODY, html(a.editedParagraphs()))
                    .set(ARTICLE_REVISION.PARAGRAPH_EDITED, editedFlags(a.translatedParagraphs(), a.editedParagraphs()))
                    .set(ARTICLE_REVISION.AUTHOR_ID, editorId)
                    .set(ARTICLE_REVISION.CREATED_AT, approvedAt.minusMinutes(20))
                    .execute();
        }
        return id;
    }

    /** Paragraphs as sanitised HTML: plain text, escaped, one {@code <p>} each. */
    static String html(List<String> paragraphs) {
        var sb = new StringBuilder();
        for (String p : paragraphs) {
            sb.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        return sb.toString();
    }

    static Boolean[] editedFlags(List<String> machine, List<String> edited) {
        Boolean[] flags = new Boolean[edited.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = machine == null || i >= machine.size() || !machine.get(i).equals(edited.get(i));
        }
        return flags;
    }
}
