package com.newsdesk.article.ui;

import static com.newsdesk.jooq.Tables.ARTICLE;
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
 * In a real browser: an editor opens the first translated article of the queue with the keyboard, changes a
 * sentence, approves with the keyboard and the next article opens.
 */
@NewsdeskIntegrationTest
class ReviewBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

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
        long firstId = idInUrl();
        // the English title comes first, then one field per paragraph
        By fields = By.cssSelector(".nd-pairs vaadin-text-area textarea");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(fields, 1));
        driver.findElements(fields).get(1).sendKeys(Keys.END, " A sentence added by the editor.");
        browser.screenshot("review-editor");

        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER)
                .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
        // open translation warnings ask first; Enter approves anyway
        wait.until(d -> idInUrl() != firstId || !d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        if (idInUrl() == firstId) {
            browser.screenshot("review-editor-warnings");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
        }
        wait.until(d -> idInUrl() != firstId);
        var approved = dsl.select(ARTICLE.STATUS, ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(firstId)).fetchSingle();
        assertThat(approved.value1()).isEqualTo("APPROVED");
        assertThat(approved.value2()).contains("A sentence added by the editor.");
        wait.until(ExpectedConditions.presenceOfElementLocated(fields));
        browser.screenshot("review-editor-next");
    }

    private long idInUrl() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
