package com.newsdesk.delivery.ui;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.FEATURE;
import static com.newsdesk.jooq.Tables.FEATURE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.newsdesk.Browser;
import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import com.newsdesk.article.TestArticles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real browser: an editor approves an article, publishes it, looks at its preview at phone and desktop width,
 * and adds it to Don't Miss; the API's Don't Miss list then returns it, and the article its Alternative Take.
 */
@NewsdeskIntegrationTest
class PublishBrowserIT {

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
    void an_editor_approves_publishes_and_features_an_article_and_the_api_returns_it_with_its_takes()
            throws Exception {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "JP");
        dsl.update(ARTICLE).set(ARTICLE.MT_TITLE, "Japan and South Korea pledge closer ties at summit")
                .set(ARTICLE.IMAGE_URL, "/images/demo/parliament.svg")
                .set(ARTICLE.IMAGE_CAPTION, "The leaders at the prime minister's office")
                .set(ARTICLE.IMAGE_CREDIT, "Photo: Test Agency").set(ARTICLE.IMAGE_ALT, "Two leaders shake hands")
                .where(ARTICLE.ID.eq(id)).execute();
        long take = TestArticles.create(dsl, ArticleStatus.PUBLISHED, "CN");
        dsl.update(ARTICLE).set(ARTICLE.TITLE, "SCO Summit in Tianjin (test take)").where(ARTICLE.ID.eq(take))
                .execute();
        dsl.insertInto(ALTERNATIVE_TAKE).set(ALTERNATIVE_TAKE.ARTICLE_A_ID, Math.min(id, take))
                .set(ALTERNATIVE_TAKE.ARTICLE_B_ID, Math.max(id, take)).set(ALTERNATIVE_TAKE.POSITION_A, 0)
                .set(ALTERNATIVE_TAKE.POSITION_B, 0).execute();

        var driver = browser.driver();
        var wait = browser.await();
        browser.open("/login");
        browser.logIn("editor", "newsdesk-demo");
        wait.until(ExpectedConditions.urlContains("/articles"));

        browser.open("/articles/" + id);
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(button("Approve")));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("publish-editor-not-loaded");
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/screenshots/publish-editor-not-loaded.html"),
                    driver.getPageSource());
            throw e;
        }
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        confirmIfAsked(driver);
        wait.until(d -> status(id).equals("APPROVED"));

        // Alt+P publishes; the checklist's warnings (here: translation checks) are confirmed in a dialog
        WebElement publish = wait.until(ExpectedConditions.elementToBeClickable(button("Publish")));
        browser.screenshot("publish-editor-approved");
        publish.click();
        confirmIfAsked(driver);
        wait.until(d -> status(id).equals("PUBLISHED"));
        wait.until(ExpectedConditions.presenceOfElementLocated(button("Unpublish…")));
        browser.screenshot("publish-editor-published");

        browser.open("/articles/" + id + "/preview");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nd-app-page"),
                "Alternative Takes"));
        String page = driver.findElement(By.cssSelector(".nd-app-page")).getText();
        assertThat(page).contains("Japan and South Korea pledge closer ties at summit", "SCO Summit in Tianjin (test take)",
                "Photo: Test Agency", "Translated from Japanese · originally published by", ", Japan");
        // the seed page's order: image, title, date, takes, body
        assertThat(page.indexOf("pledge closer ties")).isLessThan(page.indexOf("Alternative Takes"));
        assertThat(page.indexOf("Alternative Takes")).isLessThan(page.indexOf("First paragraph."));
        browser.screenshot("preview-phone");
        driver.findElement(button("Desktop")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nd-preview-frame.nd-desktop")));
        browser.screenshot("preview-desktop");

        browser.open("/features");
        WebElement combo = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-combo-box input")));
        combo.sendKeys(String.valueOf(id));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty()
                && d.findElements(By.cssSelector("vaadin-combo-box-item")).getFirst().getText()
                .startsWith("#" + id + " "));
        combo.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new Actions(driver).keyDown(Keys.ALT).sendKeys("a").keyUp(Keys.ALT).perform();
        long dontMiss = dsl.select(FEATURE.ID).from(FEATURE).where(FEATURE.CODE.eq("dont-miss")).fetchSingle().value1();
        wait.until(d -> dsl.fetchExists(FEATURE_ENTRY,
                FEATURE_ENTRY.FEATURE_ID.eq(dontMiss).and(FEATURE_ENTRY.ARTICLE_ID.eq(id))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Japan and South Korea pledge closer ties at summit"));
        browser.screenshot("features-dont-miss");

        var http = HttpClient.newHttpClient();
        JsonNode list = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/features/dont-miss/articles")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).contains(id);
        JsonNode article = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/articles/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(article.get("title").asString()).isEqualTo("Japan and South Korea pledge closer ties at summit");
        assertThat(article.get("alternativeTakes").get(0).get("id").asLong()).isEqualTo(take);
        assertThat(article.get("alternativeTakes").get(0).get("title").asString())
                .isEqualTo("SCO Summit in Tianjin (test take)");
    }

    /** Open warnings ask before the step; Enter confirms. */
    private void confirmIfAsked(WebDriver driver) throws Exception {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> !d.findElements(
                    By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            return;
        }
        browser.screenshot("publish-confirm");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    private static By button(String text) {
        // the button's own text, not its tooltip's (which Vaadin keeps inside the button)
        return By.xpath("//vaadin-button[normalize-space(text())='" + text + "']");
    }

    private String status(long id) {
        return dsl.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle().value1();
    }
}
