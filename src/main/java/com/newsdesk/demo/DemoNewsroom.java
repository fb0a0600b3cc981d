package com.newsdesk.demo;

import static com.newsdesk.jooq.Tables.ARTICLE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import com.newsdesk.article.SearchIndexer;
import com.newsdesk.jooq.tables.records.ArticleRecord;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * A month of a living newsroom for the demo: about 100 articles a day over the last 30 days, built from the story
 * library ({@code demo/library/stories.json}) — the same event covered by outlets in several countries and
 * languages, wire copy republished nearly verbatim, and typical machine-translation slips — in every workflow state,
 * the most recent still waiting for review. Deterministic and idempotent: an article is known by its canonical URL.
 */
@Component
@Profile("demo")
class DemoNewsroom {

    static final String GUID_PREFIX = "demo-gen-";
    private static final String[] BYLINES = {"Staff reporter", "Political desk", "Business desk", "Foreign desk",
        "Correspondent", "Science desk", "Sports desk", "Culture desk", "Metro desk", "Agencies"};
    private static final Set<String> EDITED = Set.of("APPROVED", "PUBLISHED", "UNPUBLISHED");

    private final DSLContext dsl;
    private final DemoReferenceData reference;
    private final SearchIndexer searchIndexer;
    private final int days;
    private final int perDay;

    DemoNewsroom(DSLContext dsl, DemoReferenceData reference, SearchIndexer searchIndexer,
                 @Value("${newsdesk.demo.days:30}") int days,
                 @Value("${newsdesk.demo.articles-per-day:100}") int perDay) {
        this.dsl = dsl;
        this.reference = reference;
        this.searchIndexer = searchIndexer;
        this.days = days;
        this.perDay = perDay;
    }

    /** Adds the generated articles that are not there yet; returns how many were added. */
    int load(Map<String, DemoReferenceData.Site> sites, long editorId) {
        List<DemoData.Story> stories = reference.read("demo/library/stories.json",
                new TypeReference<DemoData.Library>() { }).stories();
        Set<String> existing = new HashSet<>(dsl.select(ARTICLE.FEED_GUID).from(ARTICLE)
                .where(ARTICLE.FEED_GUID.startsWith(GUID_PREFIX)).fetch(ARTICLE.FEED_GUID));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        var random = new Random(2026);
        List<ArticleRecord> batch = new ArrayList<>();
        int added = 0;
        int seq = 0;
        // each story is in the news for about nine days around its own peak day, as events are
        int[] peak = new int[stories.size()];
        for (int k = 0; k < peak.length; k++) {
            peak[k] = k * days / peak.length + random.nextInt(3);
        }
        // the outlets that can cover each story: English ones, and those writing in a language the story has
        Map<String, List<DemoReferenceData.Site>> outlets = new HashMap<>();
        for (var story : stories) {
            outlets.put(story.key(), sites.values().stream()
                    .filter(s -> s.languageCode().equals("en") || story.versions().containsKey(s.languageCode()))
                    .toList());
        }
        Map<String, Set<Long>> covered = new HashMap<>();
        for (int day = 0; day < days; day++) {
            int count = perDay + random.nextInt(16);
            final int today = day;
            List<DemoData.Story> inTheNews = IntStream.range(0, stories.size())
                    .filter(k -> Math.abs(peak[k] - today) <= 4).mapToObj(stories::get).toList();
            for (int i = 0; i < count; i++, seq++) {
                var story = inTheNews.get(random.nextInt(inTheNews.size()));
                List<DemoReferenceData.Site> eligible = outlets.get(story.key());
                // an outlet covers a story once, as long as some outlet has not covered it yet
                Set<Long> done = covered.computeIfAbsent(story.key(), k -> new HashSet<>());
                List<DemoReferenceData.Site> fresh = eligible.stream().filter(s -> !done.contains(s.id())).toList();
                var candidates = fresh.isEmpty() ? eligible : fresh;
                var site = candidates.get(random.nextInt(candidates.size()));
                done.add(site.id());
                // minutes before now; day 0 is the last 24 hours
                long minutesAgo = day * 1440L + random.nextInt(1440);
                double statusDraw = random.nextDouble();
                boolean slip = story.slips() != null && !story.slips().isEmpty() && random.nextInt(10) < 4;
                boolean image = random.nextInt(100) < 85;
                String byline = BYLINES[random.nextInt(BYLINES.length)];
                // every random draw happens before this check, so that a second run draws the same articles
                String guid = GUID_PREFIX + seq;
                if (existing.contains(guid)) {
                    continue;
                }
                batch.add(article(story, site, guid, now.minusMinutes(minutesAgo), status(day, statusDraw), slip,
                        image, byline, editorId, seq));
                added++;
                if (batch.size() == 500) {
                    dsl.batchInsert(batch).execute();
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            dsl.batchInsert(batch).execute();
        }
        // records in a batch cannot carry the original's search terms (no Java type for a tsvector): write them now
        searchIndexer.fillMissing();
        return added;
    }

    /** The last day mostly waits for review; older articles have mostly been decided. */
    static String status(int day, double draw) {
        double[] cumulative;
        String[] states = {"INGESTED", "TRANSLATED", "IN_REVIEW", "APPROVED", "PUBLISHED", "REJECTED", "UNPUBLISHED"};
        if (day == 0) {
            cumulative = new double[] {0.20, 0.75, 1.0, 1.0, 1.0, 1.0, 1.0};
        } else if (day < 3) {
            cumulative = new double[] {0.02, 0.35, 0.60, 0.75, 0.90, 1.0, 1.0};
        } else {
            cumulative = new double[] {0.0, 0.04, 0.08, 0.14, 0.79, 0.96, 1.0};
        }
        for (int i = 0; i < states.length; i++) {
            if (draw < cumulative[i]) {
                return states[i];
            }
        }
        return "PUBLISHED";
    }

    private ArticleRecord article(DemoData.Story story, DemoReferenceData.Site site, String guid,
                                  OffsetDateTime ingested, String status, boolean slip, boolean image, String byline,
                                  long editorId, int seq) {
        String lang = site.languageCode();
        DemoData.Text original = lang.equals("en") ? story.en() : story.versions().get(lang);
        List<String> originalParagraphs = original.paragraphs();
        String originalTitle = original.title();
        if (Boolean.TRUE.equals(story.wire())) {
            // agency copy: the same text everywhere, with the republishing outlet's credit line
            originalParagraphs = new ArrayList<>(originalParagraphs);
            originalParagraphs.set(0, "(ALN) " + originalParagraphs.getFirst());
        }
        DemoData.Text english = story.en();
        List<String> machine = english.paragraphs();
        String machineTitle = english.title();
        if (slip) {
            var s = story.slips().get(seq % story.slips().size());
            machine = machine.stream().map(p -> p.replace(s.find(), s.replace())).toList();
            machineTitle = machineTitle.replace(s.find(), s.replace());
        }
        boolean translated = !status.equals("INGESTED");
        boolean edited = EDITED.contains(status);

        var r = dsl.newRecord(ARTICLE);
        r.setSourceSiteId(site.id());
        r.setCountryCode(site.countryCode());
        r.setCanonicalUrl(site.homeUrl() + "news/" + story.key() + "-" + seq);
        r.setFeedGuid(guid);
        r.setAuthor(byline);
        r.setOriginalLanguage(lang);
        r.setOriginalTitle(originalTitle);
        r.setOriginalBody(DemoDataLoader.html(originalParagraphs));
        r.setSourcePublishedAt(ingested.minusMinutes(7 + seq % 50));
        if (image) {
            r.setImageUrl("/images/demo/" + story.image());
            r.setImageCaption(story.imageCaption());
            r.setImageCredit(story.imageCredit());
            r.setImageAlt(story.imageCaption());
        }
        if (translated) {
            r.setMtTitle(machineTitle);
            r.setMtBody(DemoDataLoader.html(machine));
            r.setMtEngine("demo-mt");
            r.setMtAt(ingested.plusMinutes(3));
        }
        if (edited) {
            // the editor corrected the slips: the English is the clean text
            r.setTitle(english.title());
            r.setBody(DemoDataLoader.html(english.paragraphs()));
            r.setParagraphEdited(DemoDataLoader.editedFlags(machine, english.paragraphs()));
            r.setApprovedBy(editorId);
            r.setApprovedAt(ingested.plusHours(2));
            r.setUpdatedBy(editorId);
        }
        if (status.equals("IN_REVIEW") || edited || status.equals("REJECTED")) {
            r.setClaimedBy(editorId);
            r.setStatusChangedBy(editorId);
        }
        if (status.equals("PUBLISHED") || status.equals("UNPUBLISHED")) {
            r.setPublishedBy(editorId);
            r.setPublishedAt(ingested.plusHours(3));
        }
        if (status.equals("REJECTED")) {
            r.setStatusReason("Already covered by another outlet's report");
        } else if (status.equals("UNPUBLISHED")) {
            r.setStatusReason("The outlet corrected the story after publication");
        }
        r.setStatus(status);
        r.setStatusChangedAt(ingested.plusHours(edited ? 3 : 1));
        r.setIngestedAt(ingested);
        r.setUpdatedAt(ingested.plusHours(1));
        return r;
    }
}
