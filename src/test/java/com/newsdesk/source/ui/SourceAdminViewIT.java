package com.newsdesk.source.ui;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.newsdesk.ItHttpStub;
import com.newsdesk.ItHttpStub.Page;
import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.base.ui.NotFoundView;
import com.newsdesk.ingest.TestSources;
import com.newsdesk.source.SourceSiteListItem;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Source administration as an admin uses it, against a news site served by the local HTTP stub. */
@NewsdeskIntegrationTest
class SourceAdminViewIT extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    static String rss(String site) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel><title>The Ledger</title><link>https://%1$s/</link>
                    <item>
                      <title>Harbour opens a new container terminal</title>
                      <link>https://%1$s/business/terminal</link>
                      <guid isPermaLink="false">%1$s-1</guid>
                      <pubDate>Sat, 01 Mar 2025 08:15:00 +0000</pubDate>
                      <description>The new terminal will open in June, the port authority announced on Saturday, and will take two large ships at once.</description>
                    </item>
                    <item>
                      <title>Fishermen worried about the coming season</title>
                      <link>https://%1$s/society/fishermen</link>
                      <guid isPermaLink="false">%1$s-2</guid>
                      <pubDate>Sat, 01 Mar 2025 09:30:00 +0000</pubDate>
                      <description>Fishing quotas are falling again this year, the unions of the port said, and many crews fear for their jobs.</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(site);
    }

    private static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_source_fetches_it_now_and_sees_the_report_and_the_health() throws Exception {
        String site = "ledger-" + key() + ".example";
        String feed = ItHttpStub.serve(site + "/rss", Page.of("application/rss+xml", rss(site)));
        String name = "The Ledger " + key();

        navigate("sources/new", SourceDetailView.class);
        test(find(TextField.class).withLabel("Name").single()).setValue(name);
        test(find(TextField.class).withLabel("Home page").single()).setValue("https://" + site + "/");
        test(find(TextArea.class).withLabel("Feed addresses").single()).setValue(feed + "\n");
        @SuppressWarnings("unchecked")
        ComboBox<Object> country = find(ComboBox.class).withLabel("Country").single();
        test(country).selectItem("United Kingdom (GB)");
        @SuppressWarnings("unchecked")
        ComboBox<Object> language = find(ComboBox.class).withLabel("Language").single();
        test(language).selectItem("English (en)");
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);

        var view = (SourceDetailView) getCurrentView();
        assertThat(view.detail()).as("created, and the address is the source's own").isNotNull();
        long id = view.detail().id();
        assertThat(view.detail().name()).isEqualTo(name);
        assertThat(view.detail().feedUrls()).containsExactly(feed);
        assertThat(view.detail().pollIntervalMinutes()).isEqualTo(30);
        assertThat(view.health().value(SourceHealthPanel.LAST_SUCCESS)).isEqualTo("Never");
        assertThat(view.health().value(SourceHealthPanel.LAST_24_HOURS)).isEqualTo("0");

        fireShortcut(Key.KEY_F, KeyModifier.ALT);
        assertThat(view.fetching()).isTrue();
        // the fetch runs on its own thread and hands its report to the UI through access(); this test holds the
        // session lock, so it runs the queued access tasks itself, as unlocking the session would
        var session = VaadinSession.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        while (view.fetching() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(view.fetching()).as("the fetch reported back").isFalse();
        assertThat(view.fetchReport().getElement().getTextRecursively())
                .contains("Fetched: 2 new, 0 updated, 0 unchanged.");
        assertThat(view.health().value(SourceHealthPanel.LAST_24_HOURS)).isEqualTo("2");
        assertThat(view.health().value(SourceHealthPanel.LAST_7_DAYS)).isEqualTo("2");
        assertThat(view.health().value(SourceHealthPanel.LAST_SUCCESS)).isNotEqualTo("Never");
        assertThat(view.health().value(SourceHealthPanel.FAILURES)).isEqualTo("0");
        assertThat(view.health().value(SourceHealthPanel.LAST_FOUND)).startsWith("2 items: 2 new");

        // an English source needs no machine translation: its articles wait for review as translated
        assertThat(dsl.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.SOURCE_SITE_ID.eq(id)).fetch(ARTICLE.STATUS))
                .containsExactly("TRANSLATED", "TRANSLATED");
    }

    @Test
    @WithUserDetails("admin")
    void the_list_flags_a_failing_source_and_a_click_opens_it() {
        long id = TestSources.create(dsl, "FR", "fr", "https://failing-" + key() + ".example/rss");
        dsl.update(SOURCE_SITE).set(SOURCE_SITE.CONSECUTIVE_FAILURES, 2)
                .set(SOURCE_SITE.LAST_ERROR, "https://failing.example/rss: the server answered 503")
                .where(SOURCE_SITE.ID.eq(id)).execute();

        navigate(SourceListView.class);
        @SuppressWarnings("unchecked")
        Grid<SourceSiteListItem> grid = find(Grid.class).single();
        var ids = grid.getListDataView().getItems().map(SourceSiteListItem::id).toList();
        assertThat(ids).as("the test source is listed").contains(id);
        int row = ids.indexOf(id);
        assertThat(test(grid).getRow(row).id()).isEqualTo(id);
        assertThat(test(grid).getRow(row).status()).isEqualTo(SourceSiteListItem.Status.FAILING);

        test(grid).clickRow(row);
        var view = (SourceDetailView) getCurrentView();
        assertThat(view.detail().id()).isEqualTo(id);
        assertThat(view.statusChip().getElement().getText()).isEqualTo("Failing");
        assertThat(view.health().value(SourceHealthPanel.FAILURES)).isEqualTo("2");
        assertThat(view.health().value(SourceHealthPanel.LAST_ERROR)).contains("503");
    }

    @Test
    @WithUserDetails("admin")
    void new_source_opens_the_empty_form() {
        navigate(SourceListView.class);
        test(find(Button.class).withText("New source…").single()).click();
        var view = (SourceDetailView) getCurrentView();
        assertThat(view.detail()).isNull();
        assertThat(find(TextField.class).withLabel("Name").single().getValue()).isEmpty();
        assertThat(find(Button.class).withText("Fetch now").all()).as("nothing to fetch before it is saved").isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void a_refused_save_marks_the_field_and_a_stale_one_overwrites_nothing() {
        long id = TestSources.create(dsl, "FR", "fr", "https://stale-" + key() + ".example/rss");
        long other = TestSources.create(dsl, "FR", "fr", "https://other-" + key() + ".example/rss");
        String otherName = dsl.select(SOURCE_SITE.NAME).from(SOURCE_SITE).where(SOURCE_SITE.ID.eq(other))
                .fetchSingle(SOURCE_SITE.NAME);
        var view = navigate("sources/" + id, SourceDetailView.class);

        var name = find(TextField.class).withLabel("Name").single();
        test(name).setValue(otherName);
        test(find(Button.class).withText("Save").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another source is already called \"" + otherName + "\".");

        var interval = find(com.vaadin.flow.component.textfield.IntegerField.class)
                .withLabel("Polling interval (minutes)").single();
        test(interval).setValue(3);
        test(find(Button.class).withText("Save").single()).click();
        assertThat(interval.isInvalid()).isTrue();
        assertThat(interval.getErrorMessage()).isEqualTo("The polling interval is 5 to 1440 minutes (24 hours).");

        // someone saves in between
        test(interval).setValue(60);
        test(name).setValue(otherName + " (renamed)");
        dsl.update(SOURCE_SITE).set(SOURCE_SITE.NAME, "Renamed elsewhere " + key())
                .set(SOURCE_SITE.VERSION, SOURCE_SITE.VERSION.plus(1)).where(SOURCE_SITE.ID.eq(id)).execute();
        test(find(Button.class).withText("Save").single()).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Someone else changed this source");
        assertThat(dsl.select(SOURCE_SITE.NAME).from(SOURCE_SITE).where(SOURCE_SITE.ID.eq(id))
                .fetchSingle(SOURCE_SITE.NAME)).startsWith("Renamed elsewhere");

        test(dialog).confirm();
        assertThat(name.getValue()).startsWith("Renamed elsewhere");
        assertThat(view.detail().version()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void deactivating_asks_first_and_keeps_the_source_listed_as_inactive() {
        long id = TestSources.create(dsl, "FR", "fr", "https://deactivate-" + key() + ".example/rss");
        var view = navigate("sources/" + id, SourceDetailView.class);
        test(find(Button.class).withText("Deactivate…").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(dsl.select(SOURCE_SITE.ACTIVE).from(SOURCE_SITE).where(SOURCE_SITE.ID.eq(id))
                .fetchSingle(SOURCE_SITE.ACTIVE)).isFalse();
        assertThat(view.statusChip().getElement().getText()).isEqualTo("Inactive");
        test(find(Button.class).withText("Activate").single()).click();
        assertThat(view.detail().active()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_unknown_source_shows_the_not_found_page() {
        var page = navigate("sources/999999999", NotFoundView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Page not found");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_cannot_open_the_sources_by_address() {
        long id = TestSources.create(dsl, "FR", "fr", "https://editor-" + key() + ".example/rss");
        assertThatThrownBy(() -> navigate(SourceListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate("sources/" + id, SourceDetailView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate("sources/new", SourceDetailView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(SourceDetailView.class);
    }
}
