package com.newsdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.newsdesk.NewsdeskIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium against the running application: log in through the login page, see the article grid,
 * log out. Screenshots go to target/screenshots so that a person can look at the screens.
 */
@NewsdeskIntegrationTest
class EditorLoginBrowserIT {

    @LocalServerPort
    int port;

    private static final String USERNAME = "vaadin-login-form input[name='username']";
    private static final String PASSWORD = "vaadin-login-form input[name='password']";

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("newsdesk.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("newsdesk.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
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
    void an_editor_logs_in_sees_the_article_grid_and_logs_out() throws IOException {
        driver.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn("editor", "newsdesk-demo");

        wait.until(ExpectedConditions.urlContains("/articles"));
        wait.until(d -> gridTexts().contains("In review"));
        List<String> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
        assertThat(menu).containsExactly("Articles");
        screenshot("editor-articles");

        // filters travel in the address: the seed story is among Japan's published articles
        driver.get(url("/articles?status=PUBLISHED&country=JP"));
        wait.until(d -> gridTexts().contains("Published"));
        // the seed story is from 2025: the oldest, at the end of the lazily loaded list
        ((JavascriptExecutor) driver).executeScript("document.querySelector('vaadin-grid').scrollToIndex(100000)");
        wait.until(d -> gridTexts().contains("Japan, S Korea leaders common security, economic challenges"));
        assertThat(gridTexts()).doesNotContain("In review");
        screenshot("editor-articles-filtered");

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Log out')]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        driver.get(url("/articles"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_wrong_password_shows_the_login_forms_error_and_nothing_more() throws IOException {
        driver.get(url("/login"));
        logIn("editor", "wrong-password");
        wait.until(ExpectedConditions.urlContains("/login?error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form-wrapper[error], vaadin-login-form[error]")));
        assertThat(form.getText()).contains("Wrong username or password");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
        screenshot("login-error");
    }

    private void logIn(String username, String password) throws IOException {
        WebElement user;
        try {
            user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(USERNAME)));
        } catch (TimeoutException e) {
            screenshot("login-not-found");
            Files.writeString(screenshotDir().resolve("login-not-found.html"), driver.getPageSource());
            throw e;
        }
        user.sendKeys(username);
        driver.findElement(By.cssSelector(PASSWORD)).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    private List<String> gridTexts() {
        return driver.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path screenshotDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("newsdesk.it.screenshots", "target/screenshots")));
    }

    private void screenshot(String name) throws IOException {
        Path dir = screenshotDir();
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
