package com.newsdesk.article.ui;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.Browser;
import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an editor opens the first translated article of the queue with the keyboard, and three times
 * changes a sentence and approves with the keyboard, the next article opening each time; every change is in the
 * history with its diff. And: a search in Chinese, moving through the results with j.
 */
@NewsdeskIntegrationTest
class ReviewBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    com.newsdesk.article.ArticleReviewService review;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void an_editor_opens_edits_approves_with_the_keyboard_and_the_next_article_opens() throws Exception {
        var driver = browser.driver();
        var wait = browser.await();
        browser.open("/login");
        browser.logIn("editor", "newsdesk-demo");
        wait.until(ExpectedConditions.urlContains("/articles"));

        browser.open("/articles?status=TRANSLATED");
        WebElement firstCell = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().equals("Translated")).findFirst().orElse(null));
        firstCell.click();
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        // three articles in a row, with the keyboard alone: edit a sentence, approve & next
        java.util.List<Long> approved = new java.util.ArrayList<>();
        By fields = By.cssSelector(".nd-pairs vaadin-text-area textarea");
        for (int n = 1; n <= 3; n++) {
            long id = idInUrl();
            // the English title comes first, then one field per paragraph
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(fields, 1));
            driver.findElements(fields).get(1).sendKeys(Keys.END, " Sentence " + n + " added by the editor.");
            browser.screenshot("review-editor-" + n);
            new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER)
                    .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
            // open translation warnings ask first; Enter approves anyway
            wait.until(d -> idInUrl() != id || !d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                    .isEmpty());
            if (idInUrl() == id) {
                browser.screenshot("review-editor-warnings-" + n);
                new Actions(driver).sendKeys(Keys.ENTER).perform();
            }
            wait.until(d -> idInUrl() != id);
            approved.add(id);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(fields));
        browser.screenshot("review-editor-next");
        for (int n = 1; n <= 3; n++) {
            long id = approved.get(n - 1);
            var row = dsl.select(ARTICLE.STATUS, ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
            assertThat(row.value1()).isEqualTo("APPROVED");
            assertThat(row.value2()).contains("Sentence " + n + " added by the editor.");
            // the change is in the history: a revision whose diff against the machine translation shows the sentence
            int revision = dsl.select(ARTICLE_REVISION.REVISION_NO).from(ARTICLE_REVISION)
                    .where(ARTICLE_REVISION.ARTICLE_ID.eq(id)).orderBy(ARTICLE_REVISION.REVISION_NO.desc()).limit(1)
                    .fetchSingle(ARTICLE_REVISION.REVISION_NO);
            final int number = n;
            var diff = com.newsdesk.AsUser.as("editor", () -> review.revisionDiff(id, revision, true));
            assertThat(diff).anyMatch(c -> c.kind() == com.newsdesk.article.TextDiff.Kind.ADDED
                    && c.text().contains("Sentence " + number));
        }
    }

    @Test
    void an_editor_searches_the_queue_in_chinese_and_moves_through_the_results_with_j() throws Exception {
        var driver = browser.driver();
        var wait = browser.await();
        browser.open("/login");
        browser.logIn("editor", "newsdesk-demo");
        wait.until(ExpectedConditions.urlContains("/articles"));
        browser.open("/articles?status=all");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));

        // "/" jumps to the search field
        new Actions(driver).sendKeys("/").perform();
        new Actions(driver).sendKeys("天津").perform();
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement first = wait.until(d -> cells(d).stream().filter(c -> c.getText().equals("SCO Summit in Tianjin")
                || c.getText().equals("Xi Jinping's Summit Attendance")).findFirst().orElse(null));
        browser.screenshot("queue-search-chinese");
        String firstTitle = first.getText();

        first.click();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        long firstId = idInUrl();
        driver.navigate().back();
        WebElement again = wait.until(d -> cells(d).stream().filter(c -> c.getText().equals(firstTitle))
                .findFirst().orElse(null));
        again.click();
        new Actions(driver).sendKeys("j").sendKeys(Keys.ENTER).perform();
        wait.until(d -> d.getCurrentUrl().matches(".*/articles/\\d+$") && idInUrl() != firstId);
        long secondId = idInUrl();
        for (long id : new long[] {firstId, secondId}) {
            var row = dsl.select(ARTICLE.ORIGINAL_TITLE, ARTICLE.ORIGINAL_BODY, ARTICLE.MT_BODY).from(ARTICLE)
                    .where(ARTICLE.ID.eq(id)).fetchSingle();
            assertThat(row.value1() + row.value2() + row.value3()).as("article %d matches the search", id)
                    .containsAnyOf("天津", "Tianjin");
        }
    }

    private static java.util.List<WebElement> cells(org.openqa.selenium.WebDriver d) {
        return d.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content"));
    }

    private long idInUrl() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
