package id.netra.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A real headless Chromium for the browser tests: Debian's {@code chromium} driven by Debian's {@code chromedriver}
 * (both installed by {@code .ci/run}), never a downloaded browser. {@link #axeViolations} runs axe-core in the page.
 */
final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /** A browser window of the given size in CSS pixels (360 wide: a phone). */
    static WebDriver open(int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run does it).");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + Math.max(width, 500) + "," + height, "--lang=id");
        if (width < 500) {
            // A headless window is never narrower than 500 px: a phone's viewport is emulated instead.
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Clicks a submit button and waits until the page it asked for has replaced this one and is loaded: the old
     * document is marked, and the wait ends when the marked document is gone (an element of a replaced document can
     * fail in other ways than being "stale" in chromedriver).
     */
    static void submit(WebDriver driver, org.openqa.selenium.By button) {
        submit(driver, driver.findElement(button));
    }

    /** Clicks this element (a button or link) and waits for the next page. */
    static void submit(WebDriver driver, org.openqa.selenium.WebElement button) {
        whileLoading(driver, button::click);
    }

    /** Presses a key on the focused element (Enter on a link or button) and waits for the next page. */
    static void press(WebDriver driver, CharSequence key) {
        whileLoading(driver, () -> driver.switchTo().activeElement().sendKeys(key));
    }

    private static void whileLoading(WebDriver driver, Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.documentElement.setAttribute('data-replaced-by-next-page', '1');");
        action.run();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !document.documentElement.hasAttribute('data-replaced-by-next-page') && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // between two documents
            }
        });
    }

    /**
     * Keeps what the page shows as {@code <name>.png}: under {@code target/screenshots} always, and under
     * {@code docs/screenshots} (the README's) when the build runs with {@code -Dnetra.screenshots=docs}.
     */
    static void screenshot(WebDriver driver, String name) {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        List<String> dirs = "docs".equals(System.getProperty("netra.screenshots"))
                ? List.of("target/screenshots", "docs/screenshots") : List.of("target/screenshots");
        for (String dir : dirs) {
            try {
                java.nio.file.Path file = java.nio.file.Path.of(dir, name + ".png");
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, png);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String axeSource;

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds in the page, as "rule: elements". */
    @SuppressWarnings("unchecked")
    static List<String> axeViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axeSource;
    }
}
