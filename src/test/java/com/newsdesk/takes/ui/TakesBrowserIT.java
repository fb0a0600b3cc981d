package com.newsdesk.takes.ui;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.Browser;
import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a reviewer opens the takes of the seed article (the Japan–South Korea summit), finds Seoul's
 * report of the same summit among the suggestions, links it, and sees the link on both articles.
 */
@NewsdeskIntegrationTest
class TakesBrowserIT {

    private static final String SEED = "Japan, S Korea leaders common security, economic challenges";
    private static final String SEOUL = "Lee Jae Myung and Shigeru Ishiba meet in Tokyo, restoring \"shuttle diplomacy\"";

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private Browser browser;
    private long seed;
    private long seoul;

    @BeforeEach
    void start() {
        seed = id(SEED);
        seoul = id(SEOUL);
        unlink();
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
        unlink(); // the demo's seed story as it was: Seoul's report not linked yet
    }

    @Test
    void a_reviewer_links_seouls_report_from_the_suggestions_and_sees_it_on_both_articles() throws Exception {
        var wait = browser.await();
        browser.open("/login");
        browser.logIn("reviewer", "newsdesk-demo");
        wait.until(ExpectedConditions.urlContains("/articles"));

        // from the review editor to its takes
        browser.open("/articles/" + seed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.nd-takes-link"))).click();
        wait.until(ExpectedConditions.urlMatches(".*/articles/" + seed + "/takes$"));
        WebElement suggestions = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-grid.nd-suggestions-grid")));
        assertThat(cellTexts("vaadin-grid.nd-takes-grid")).contains("SCO Summit in Tianjin",
                "Xi Jinping's Summit Attendance");
        wait.until(d -> cellTexts("vaadin-grid.nd-suggestions-grid").contains(SEOUL));
        browser.screenshot("takes-suggestions");

        WebElement link = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid.nd-suggestions-grid "
                + "vaadin-button.nd-link")).stream().filter(b -> SEOUL.equals(b.getAttribute("aria-label")) 
                || ("Link " + SEOUL).equals(b.getAttribute("aria-label"))).findFirst().orElse(null));
        link.click();
        wait.until(d -> cellTexts("vaadin-grid.nd-takes-grid").contains(SEOUL));
        browser.screenshot("takes-linked");
        assertThat(suggestions.isDisplayed() ? cellTexts("vaadin-grid.nd-suggestions-grid") : java.util.List.<String>of())
                .doesNotContain(SEOUL);

        // and on Seoul's report, the seed article is its take
        browser.open("/articles/" + seoul + "/takes");
        wait.until(d -> cellTexts("vaadin-grid.nd-takes-grid").contains(SEED));
        browser.screenshot("takes-other-side");
        assertThat(dsl.fetchExists(ALTERNATIVE_TAKE, ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(Math.min(seed, seoul))
                .and(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(Math.max(seed, seoul))))).isTrue();

        // the story now spans Japan, China and South Korea
        browser.open("/stories/" + seed);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nd-coverage"), "South Korea"));
        assertThat(browser.driver().findElement(By.cssSelector(".nd-coverage")).getText()).contains("China · 2",
                "Japan · 1", "South Korea · 1");
        browser.screenshot("takes-story");
        browser.open("/takes/worklist");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        browser.screenshot("takes-worklist");
    }

    private java.util.List<String> cellTexts(String grid) {
        return browser.driver().findElements(By.cssSelector(grid + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private long id(String title) {
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.TITLE.eq(title)).orderBy(ARTICLE.ID).limit(1)
                .fetchSingle(ARTICLE.ID);
    }

    private void unlink() {
        dsl.deleteFrom(ALTERNATIVE_TAKE).where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(Math.min(seed, seoul))
                .and(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(Math.max(seed, seoul)))).execute();
    }
}
