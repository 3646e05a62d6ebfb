package id.netra.web;

import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: an officer of Bawaslu RI opens the statistics from the menu, narrows them to a province
 * and breaks the persons down by BKN's regional office; a year typed wrong is said next to its field; and anyone reads
 * the public statistics — every page in Indonesian, no serious accessibility fault, each chart drawn.
 */
class StatisticsBrowserIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    id.netra.statistics.StatisticsSummaries summaries;

    @Override
    int windowWidth() {
        return 1280;
    }

    @Test
    void anOfficerFiltersTheStatisticsAndAnyoneReadsThePublicOnes() {
        driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        summaries.refresh();
        signIn("bawaslu.ri", "netra-demo");
        submit(By.linkText("Statistik"));
        assertThat(browser.getCurrentUrl()).endsWith("/statistik");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Statistik netralitas ASN");
        assertThat(browser.findElement(By.id("title-persons")).getText()).isEqualTo("ASN yang dilaporkan menurut Provinsi");
        assertGoodPage();

        new Select(browser.findElement(By.id("region"))).selectByVisibleText("Banten");
        new Select(browser.findElement(By.id("by"))).selectByVisibleText("Kantor Regional BKN");
        submit(By.id("statistics-submit"));
        assertThat(browser.getCurrentUrl()).contains("region=36", "by=BKN_OFFICE");
        assertThat(browser.findElement(By.id("title-persons")).getText()).isEqualTo("ASN yang dilaporkan menurut Kantor Regional BKN");
        assertThat(browser.findElement(By.cssSelector("#table-persons tbody tr[data-key='V'] th")).getText())
                .isEqualTo("Kantor Regional V BKN Jakarta");
        assertThat(browser.findElements(By.cssSelector("#section-persons svg rect.bar"))).isNotEmpty();
        assertThat(browser.findElement(By.id("csv-persons")).getAttribute("href")).contains("tabel=persons", "format=csv", "region=36",
                "by=BKN_OFFICE");
        assertGoodPage();
        Browser.screenshot(browser, "statistics");

        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("24");
        submit(By.id("statistics-submit"));
        assertThat(browser.findElement(By.id("year-error")).getText()).startsWith("Tahun kejadian: empat angka");
        assertThat(browser.findElement(By.id("year")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("year")).getAttribute("value")).isEqualTo("24");
        assertFocused("problems");
        assertGoodPage();

        // The public figures of a day are made by its first reader: on another day than PublicStatisticsIT's.
        clock.set(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1).atTime(8, 0)
                .atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        browser.manage().deleteAllCookies();
        browser.get(url("/statistik-publik?lang=id"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Statistik netralitas ASN");
        assertThat(browser.findElements(By.cssSelector("#table-public tbody tr"))).hasSize(38);
        assertGoodPage();
        Browser.screenshot(browser, "public-statistics");
    }
}
