package com.newsdesk.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the app reads: published articles only, by country, by feature and one by one, with their published
 * alternative takes. The read methods are public on purpose (the API needs no login; {@code permitAll()} says so
 * where every service method states who may call it); the preview, which also shows unpublished articles, is for
 * editors and reviewers.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryService {

    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 100;
    static final int FEED_ENTRIES = 50;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final DeliveryRepository repository;
    private final Clock clock;

    DeliveryService(DeliveryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A result and how long it stays true by itself (a feature's next time window change), if not for ever. */
    public record Timed<T>(T value, Optional<Duration> validFor) {
    }

    /** What a feed shows: its title, a stable id, and its newest entries with their bodies. */
    public record FeedContent(String id, String title, String selfPath, List<FeedEntry> entries,
                              Optional<Duration> validFor) {
    }

    public record FeedEntry(ArticleSummary article, String body) {
    }

    @PreAuthorize("permitAll()")
    public DeliveryLists.Countries countries() {
        return new DeliveryLists.Countries(repository.countries(), null);
    }

    /** A page of the country's published articles, newest first; {@code cursor} is the previous page's token. */
    @PreAuthorize("permitAll()")
    public DeliveryLists.Articles articles(String country, String cursor, Integer limit) {
        String code = country(country);
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new BadDeliveryRequestException("limit must be between 1 and " + MAX_PAGE + ".");
        }
        Cursor after = null;
        if (cursor != null) {
            after = Cursor.decode(cursor).orElseThrow(() -> new BadDeliveryRequestException(
                    "The cursor is not valid: use the \"next\" link of the previous page as it is."));
        }
        List<DeliveryRepository.Row> rows = repository.articles(code, after, size + 1, false);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = "/api/v1/articles?country=" + code + "&cursor=" + rows.getLast().cursor().encode()
                    + (limit == null ? "" : "&limit=" + size);
        }
        return new DeliveryLists.Articles(rows.stream().map(DeliveryRepository.Row::summary).toList(), next);
    }

    @PreAuthorize("permitAll()")
    public DeliveredArticle article(long id) {
        return repository.article(id, true)
                .orElseThrow(() -> new DeliveryNotFoundException("There is no published article " + id + "."));
    }

    /** The feature's live entries in order (one page: a feature is short). */
    @PreAuthorize("permitAll()")
    public Timed<DeliveryLists.Articles> featureArticles(String code) {
        var feature = feature(code);
        Instant now = clock.instant();
        var items = repository.featureArticles(feature, now, false).stream().map(DeliveryRepository.Row::summary)
                .toList();
        return new Timed<>(new DeliveryLists.Articles(items, null), validFor(feature, now));
    }

    @PreAuthorize("permitAll()")
    public FeedContent countryFeed(String country) {
        String code = country(country);
        var rows = repository.articles(code, null, FEED_ENTRIES, true);
        return new FeedContent("urn:newsdesk:feed:country:" + code,
                "Newsdesk: " + repository.countryName(code).orElse(code),
                "/feeds/countries/" + code + ".atom", entries(rows), Optional.empty());
    }

    @PreAuthorize("permitAll()")
    public FeedContent featureFeed(String code) {
        var feature = feature(code);
        Instant now = clock.instant();
        var rows = repository.featureArticles(feature, now, true);
        return new FeedContent("urn:newsdesk:feed:feature:" + feature.code(), "Newsdesk: " + feature.name(),
                "/feeds/features/" + feature.code() + ".atom", entries(rows), validFor(feature, now));
    }

    /** The article as the app would show it, published or not (the editors' preview); takes published only. */
    @PreAuthorize(Roles.EDITORIAL)
    public Optional<DeliveredArticle> preview(long id) {
        return repository.article(id, false);
    }

    private static List<FeedEntry> entries(List<DeliveryRepository.Row> rows) {
        return rows.stream().map(r -> new FeedEntry(r.summary(), r.body())).toList();
    }

    private Optional<Duration> validFor(DeliveryRepository.Feature feature, Instant now) {
        return repository.nextWindowChange(feature.id(), now).map(t -> Duration.between(now, t));
    }

    private DeliveryRepository.Feature feature(String code) {
        return repository.feature(code == null ? "" : code)
                .orElseThrow(() -> new DeliveryNotFoundException("There is no feature \"" + code + "\"."));
    }

    private String country(String country) {
        if (country == null || country.isBlank()) {
            throw new BadDeliveryRequestException("Give a country: ?country=JP (an ISO 3166-1 alpha-2 code).");
        }
        if (!COUNTRY.matcher(country).matches()) {
            throw new BadDeliveryRequestException("country must be an ISO 3166-1 alpha-2 code such as JP.");
        }
        String code = country.toUpperCase(Locale.ROOT);
        if (repository.countryName(code).isEmpty()) {
            throw new DeliveryNotFoundException("There is no country " + code + ".");
        }
        return code;
    }
}
