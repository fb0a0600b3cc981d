package com.newsdesk.feature;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.FEATURE;
import static com.newsdesk.jooq.Tables.FEATURE_ENTRY;
import static org.jooq.impl.DSL.lower;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.newsdesk.source.Option;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.SelectConditionStep;
import org.springframework.stereotype.Repository;

/** SQL of the feature lists' definitions, which admins keep. */
@Repository
class FeatureListRepository {

    private final DSLContext dsl;

    FeatureListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FeatureListItem> list() {
        return select(FEATURE.ID.isNotNull()).orderBy(FEATURE.ID).fetch(this::item);
    }

    /** The list, its row locked until the transaction ends (editors' changes to its entries lock it too). */
    Optional<FeatureListItem> lock(long id) {
        dsl.selectOne().from(FEATURE).where(FEATURE.ID.eq(id)).forUpdate().execute();
        return select(FEATURE.ID.eq(id)).fetchOptional(this::item);
    }

    private SelectConditionStep<Record8<Long, String, String, String, Integer, String, String, Integer>> select(
            Condition where) {
        Field<Integer> entries = dsl.selectCount().from(FEATURE_ENTRY).where(FEATURE_ENTRY.FEATURE_ID.eq(FEATURE.ID))
                .asField("entries");
        return dsl.select(FEATURE.ID, FEATURE.CODE, FEATURE.NAME, FEATURE.DESCRIPTION, FEATURE.MAX_ENTRIES,
                        FEATURE.EXCLUDED_COUNTRY, COUNTRY.NAME, entries)
                .from(FEATURE).leftJoin(COUNTRY).on(COUNTRY.CODE.eq(FEATURE.EXCLUDED_COUNTRY))
                .where(where);
    }

    private FeatureListItem item(Record8<Long, String, String, String, Integer, String, String, Integer> r) {
        return new FeatureListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8(), FeatureListItem.BUILT_IN.contains(r.value2()));
    }

    /** The name of the list that has this code, if any. */
    Optional<String> nameOfCode(String code) {
        return dsl.select(FEATURE.NAME).from(FEATURE).where(FEATURE.CODE.eq(code)).fetchOptional(FEATURE.NAME);
    }

    /** Whether another list (not {@code exceptId}) has this name, ignoring case. */
    boolean nameTaken(String name, Long exceptId) {
        Condition c = lower(FEATURE.NAME).eq(name.toLowerCase(Locale.ROOT));
        return dsl.fetchExists(FEATURE, exceptId == null ? c : c.and(FEATURE.ID.ne(exceptId)));
    }

    boolean countryExists(String code) {
        return dsl.fetchExists(COUNTRY, COUNTRY.CODE.eq(code));
    }

    List<Option> countries() {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME).from(COUNTRY).orderBy(COUNTRY.NAME)
                .fetch(r -> new Option(r.value1(), r.value2() + " (" + r.value1() + ")"));
    }

    /** How many of the list's entries are articles from sources in this country. */
    int entriesFrom(long id, String country) {
        return dsl.fetchCount(dsl.selectOne().from(FEATURE_ENTRY)
                .join(ARTICLE).on(ARTICLE.ID.eq(FEATURE_ENTRY.ARTICLE_ID))
                .where(FEATURE_ENTRY.FEATURE_ID.eq(id).and(ARTICLE.COUNTRY_CODE.eq(country))));
    }

    long insert(FeatureListForm f) {
        return dsl.insertInto(FEATURE)
                .set(FEATURE.CODE, f.code())
                .set(FEATURE.NAME, f.name())
                .set(FEATURE.DESCRIPTION, f.description())
                .set(FEATURE.MAX_ENTRIES, f.maxEntries())
                .set(FEATURE.EXCLUDED_COUNTRY, f.excludedCountry())
                .returning(FEATURE.ID).fetchSingle(FEATURE.ID);
    }

    void update(long id, FeatureListForm f) {
        dsl.update(FEATURE)
                .set(FEATURE.NAME, f.name())
                .set(FEATURE.DESCRIPTION, f.description())
                .set(FEATURE.MAX_ENTRIES, f.maxEntries())
                .set(FEATURE.EXCLUDED_COUNTRY, f.excludedCountry())
                .where(FEATURE.ID.eq(id)).execute();
    }

    void delete(long id) {
        dsl.deleteFrom(FEATURE).where(FEATURE.ID.eq(id)).execute();
    }
}
