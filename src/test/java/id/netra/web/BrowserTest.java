package id.netra.web;

import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Base of the browser tests: one headless Chromium per test class ({@link Browser}), of the width the class works
 * at, on the shared application context.
 */
abstract class BrowserTest extends IntegrationTest {

    static WebDriver browser;

    /** The window's width in CSS pixels (360: a phone). */
    abstract int windowWidth();

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.open(windowWidth(), 900);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void submit(By button) {
        Browser.submit(browser, button);
    }
}
