package com.newsdesk.article.ui;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("newsdesk.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,1000", "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("newsdesk.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void an_editor_opens_edits_approves_with_the_keyboard_and_the_next_article_opens() throws Exception {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys("editor");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("newsdesk-demo", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/articles"));

        driver.get(url("/articles?status=TRANSLATED"));
        WebElement firstCell = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().equals("Translated")).findFirst().orElse(null));
        firstCell.click();
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        long firstId = idInUrl();
        // the English title comes first, then one field per paragraph
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".nd-pairs vaadin-text-area textarea"), 1));
        WebElement paragraph = driver.findElements(By.cssSelector(".nd-pairs vaadin-text-area textarea")).get(1);
        paragraph.sendKeys(Keys.END, " A sentence added by the editor.");
        screenshot("review-editor");

        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER)
                .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();

        wait.until(d -> idInUrl() != firstId);
        var approved = dsl.select(ARTICLE.STATUS, ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(firstId)).fetchSingle();
        assertThat(approved.value1()).isEqualTo("APPROVED");
        assertThat(approved.value2()).contains("A sentence added by the editor.");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nd-pairs vaadin-text-area")));
        screenshot("review-editor-next");
    }

    private long idInUrl() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("newsdesk.it.screenshots", "target/screenshots")));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
