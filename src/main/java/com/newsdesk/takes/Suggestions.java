package com.newsdesk.takes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks candidate alternative takes for an article. Each article has a profile: at most 64 of its English lexemes
 * (title, most used, lead first; {@code take_profile}, kept by the database). The article's profile lexemes are
 * weighted by {@link KeyTerms} (use, title, rarity in the term statistics); its heaviest {@value #KEY_TERMS}, in three
 * tiers, find candidates within ± the window of its publication time, other sources only, existing links and its
 * near-duplicates left out, those holding the most key terms first (a heavier tier counts more), cut to
 * {@value #CAP}. Only those are ranked: by the share of the article's profile weight their profiles hold,
 * square-rooted, plus a little for a similar title, boosted for another country and for a country and outlet its
 * takes lack. Near-duplicates among the candidates are folded under the best of them.
 *
 * <p>No role check here: {@link SuggestionService} checks the caller; the worklist job calls this as the system.
 */
@Component
public class Suggestions {

    /** Terms that find candidates through the index. */
    static final int KEY_TERMS = 24;
    /** Where the key terms' tiers end: the heaviest 6 count four times, the next 8 twice, the rest once. */
    private static final int[] TIERS = {6, 14};
    static final int REASON_TERMS = 6;
    static final int CAP = 100;

    private final SuggestionRepository repository;
    private final TakeRepository takes;
    private final TermStatistics statistics;
    private final Duration window;

    Suggestions(SuggestionRepository repository, TakeRepository takes, TermStatistics statistics,
                @Value("${newsdesk.takes.window-days:14}") int windowDays) {
        this.repository = repository;
        this.takes = takes;
        this.statistics = statistics;
        this.window = Duration.ofDays(windowDays);
    }

    public Duration window() {
        return window;
    }

    /** The best {@code limit} suggestions for the article, best first; empty for an article without English. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(long articleId, int limit) {
        var subject = repository.subject(articleId).orElseThrow(
                () -> new IllegalArgumentException("There is no article #" + articleId + "."));
        if (subject.profile().isEmpty()) {
            return List.of();
        }
        int sample = statistics.sampleSize().orElse(0);
        Set<String> profile = Set.copyOf(subject.profile());
        List<KeyTerms.Term> compared = KeyTerms.weigh(repository.lexemes(articleId), sample).stream()
                .filter(t -> profile.contains(t.lexeme())).toList();
        if (compared.isEmpty()) {
            return List.of();
        }
        List<String> keys = compared.stream().limit(KEY_TERMS).map(KeyTerms.Term::lexeme).toList();
        List<List<String>> tiers = List.of(keys.subList(0, Math.min(TIERS[0], keys.size())),
                keys.subList(Math.min(TIERS[0], keys.size()), Math.min(TIERS[1], keys.size())),
                keys.subList(Math.min(TIERS[1], keys.size()), keys.size()));
        List<Take> current = takes.takes(articleId);
        List<Long> excluded = current.stream().map(Take::otherId).toList();
        Instant at = subject.publishedAt().toInstant();
        List<SuggestionRepository.Candidate> candidates = repository.candidates(subject, tiers, at.minus(window),
                at.plus(window), excluded, CAP);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Double> weights = new HashMap<>();
        compared.forEach(t -> weights.put(t.lexeme(), t.weight()));
        double total = compared.stream().mapToDouble(KeyTerms.Term::weight).sum();
        Set<String> takeCountries = new HashSet<>();
        Set<Long> takeOutlets = new HashSet<>();
        current.forEach(t -> {
            takeCountries.add(t.other().countryCode());
            takeOutlets.add(t.other().sourceId());
        });

        record Scored(SuggestionRepository.Candidate candidate, int score, boolean otherCountry, boolean newCountry,
                      boolean newOutlet) {
        }
        List<Scored> scored = new ArrayList<>();
        for (var c : candidates) {
            // the share of the article's profile weight the candidate's profile holds, square-rooted so that a take
            // sharing a third of it scores well above one sharing a few percent by chance
            double held = c.shared().stream().mapToDouble(l -> weights.getOrDefault(l, 0.0)).sum();
            double shared = Math.sqrt(Math.min(1.0, held / total));
            double text = 0.9 * shared + 0.1 * c.titleSimilarity();
            boolean otherCountry = !c.countryCode().equals(subject.countryCode());
            boolean newCountry = otherCountry && !takeCountries.contains(c.countryCode());
            boolean newOutlet = !takeOutlets.contains(c.sourceId());
            double boost = (otherCountry ? 1.25 : 1.0) * (newCountry ? 1.1 : 1.0) * (newOutlet ? 1.05 : 1.0);
            int score = (int) Math.round(Math.min(1.0, text * boost) * 100);
            scored.add(new Scored(c, score, otherCountry, newCountry, newOutlet));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.candidate().id()));

        // near-duplicates among the candidates: the best of each group is suggested, the others folded under it
        Map<Long, Scored> leaders = new LinkedHashMap<>();
        Map<Long, List<Long>> folded = new HashMap<>();
        for (var s : scored) {
            Long group = s.candidate().dupGroup();
            long key = group == null ? -s.candidate().id() : group;
            if (leaders.putIfAbsent(key, s) != null) {
                folded.computeIfAbsent(leaders.get(key).candidate().id(), k -> new ArrayList<>()).add(s.candidate().id());
            }
        }
        List<Scored> best = leaders.values().stream().limit(limit).toList();
        Set<Long> shown = new HashSet<>();
        best.forEach(s -> {
            shown.add(s.candidate().id());
            shown.addAll(folded.getOrDefault(s.candidate().id(), List.of()));
        });
        Map<Long, TakeArticle> articles = takes.articles(shown).stream()
                .collect(Collectors.toMap(TakeArticle::id, Function.identity()));
        Set<String> sharedLexemes = new HashSet<>();
        Map<Long, List<String>> heaviest = new HashMap<>();
        best.forEach(s -> {
            var list = s.candidate().shared().stream().filter(weights::containsKey)
                    .sorted(Comparator.comparingDouble((String l) -> weights.getOrDefault(l, 0.0)).reversed())
                    .limit(REASON_TERMS).toList();
            heaviest.put(s.candidate().id(), list);
            sharedLexemes.addAll(list);
        });
        Map<String, String> words = KeyTerms.readable(List.copyOf(sharedLexemes), subject.text());
        return best.stream().map(s -> new Suggestion(articles.get(s.candidate().id()), s.score(),
                        heaviest.get(s.candidate().id()).stream().map(words::get).toList(),
                        s.otherCountry(), s.newCountry(), s.newOutlet(),
                        folded.getOrDefault(s.candidate().id(), List.of()).stream().map(articles::get).toList()))
                .toList();
    }
}
