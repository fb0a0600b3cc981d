package com.newsdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.newsdesk.Browser;
import com.newsdesk.NewsdeskIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium against the running application: log in through the login page, see the article grid,
 * log out. Screenshots go to target/screenshots so that a person can look at the screens.
 */
@NewsdeskIntegrationTest
class EditorLoginBrowserIT {

    @LocalServerPort
    int port;

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
    void an_editor_logs_in_sees_the_article_grid_and_logs_out() throws IOException {
        var driver = browser.driver();
        var wait = browser.await();
        browser.open("/");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.logIn("editor", "newsdesk-demo");

        wait.until(ExpectedConditions.urlContains("/articles"));
        wait.until(d -> gridTexts().contains("In review"));
        List<String> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
        assertThat(menu).containsExactly("Articles", "Features", "Takes worklist", "Stories");
        browser.screenshot("editor-articles");

        // filters travel in the address: the seed story is among Japan's published articles
        browser.open("/articles?status=PUBLISHED&country=JP");
        wait.until(d -> gridTexts().contains("Published"));
        // the seed story is from 2025: the oldest, at the end of the lazily loaded list
        ((JavascriptExecutor) driver).executeScript("document.querySelector('vaadin-grid').scrollToIndex(100000)");
        wait.until(d -> gridTexts().contains("Japan, S Korea leaders common security, economic challenges"));
        assertThat(gridTexts()).doesNotContain("In review");
        browser.screenshot("editor-articles-filtered");

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Log out')]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        browser.open("/articles");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_wrong_password_shows_the_login_forms_error_and_nothing_more() throws IOException {
        browser.open("/login");
        browser.logIn("editor", "wrong-password");
        var wait = browser.await();
        wait.until(ExpectedConditions.urlContains("/login?error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form-wrapper[error], vaadin-login-form[error]")));
        assertThat(form.getText()).contains("Wrong username or password");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
        browser.screenshot("login-error");
    }

    private List<String> gridTexts() {
        return browser.driver().findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }
}
