package id.netra.web;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer on a phone (a 360 px wide window of a real headless Chromium): a case's page, with a recommendation
 * issued, its letters, deadlines, history and audit trail, fits the width — the page never scrolls sideways (a wide
 * table may, inside its own box) — and has no serious accessibility fault.
 */
class OfficerPagesOnAPhoneBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 360;
    }

    private void assertFitsThePhone() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // What reaches past the phone's width (a wide table may, inside its own scrolling box): to say what went wrong.
        @SuppressWarnings("unchecked")
        java.util.List<String> wide = (java.util.List<String>) js.executeScript("""
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 360.5
                    && !e.closest('.table-wrap')).slice(0, 10)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                    + ' ' + Math.round(e.getBoundingClientRect().right));""");
        // A phone lays a page out wider than its screen when something will not fit (and zooms out): then this is more.
        assertThat(js.executeScript("return window.innerWidth;")).as("a phone's width; wider: " + wide).isEqualTo(360L);
        Long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 360 px on " + browser.getCurrentUrl() + "; wider: " + wide)
                .isLessThanOrEqualTo(0L);
        assertGoodPage();
    }

    @Test
    void theCasePageFitsAPhonesWidthForTheHandlingOfficeAndThePpk() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));

        signIn("bawaslu.serang", "netra-demo");
        browser.get(url("/perkara/" + f.caseId()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Reg");
        assertFitsThePhone();
        assertThat(browser.findElements(By.id("audit-title"))).as("the audit trail is on the page").hasSize(1);
        Browser.screenshot(browser, "officer-case-phone");

        signIn("ppk.serang", "netra-demo");
        browser.get(url("/perkara/" + f.caseId()));
        assertFitsThePhone();
    }
}
