package id.netra.web;

import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * The keyboard is on the element with this id as the page has loaded (an error summary's {@code autofocus}): a
     * keyboard or screen-reader user starts there, not at the top of the page.
     */
    void assertFocused(String id) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(d -> id.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.activeElement && document.activeElement.id;")));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.activeElement && document.activeElement.outerHTML.substring(0, 120);"))
                    .as("the focused element on " + browser.getCurrentUrl()).isEqualTo("#" + id);
        }
    }

    /** Signs in with the officers' sign-in form, in Indonesian, as nobody before. */
    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/masuk?lang=id"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("button.primary"));
    }

    /** The page is in Indonesian, every message key translated, and axe-core finds no serious or critical fault. */
    void assertGoodPage() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(browser.getPageSource()).as("an untranslated message key").doesNotContain("??");
        assertThat(Browser.axeViolations(browser)).as("accessibility of " + browser.getCurrentUrl()).isEmpty();
    }
}
