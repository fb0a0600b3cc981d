package com.newsdesk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
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

/**
 * A headless Chromium (Debian's chromium and chromedriver) for the real-browser tests, with the few steps they
 * share: open a path of the running application, log in through the login page, take a screenshot.
 */
public final class Browser implements AutoCloseable {

    private static final String USERNAME = "vaadin-login-form input[name='username']";
    private static final String PASSWORD = "vaadin-login-form input[name='password']";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final int port;

    public Browser(int port) {
        this.port = port;
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("newsdesk.it.chromium", "/usr/bin/chromium"));
        // no background traffic: this machine has no network beyond loopback
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

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Types the credentials into the login page that is open now and submits them. */
    public void logIn(String username, String password) throws IOException {
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

    public void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshotDir().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path screenshotDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("newsdesk.it.screenshots", "target/screenshots")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
