package id.netra.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.LetterPdfs;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Anyone holding a letter scans its QR code and lands, without an account, on its verification page in a real browser:
 * the letter's number and issuer; the file chosen there is checked against the letter's SHA-256 in the browser — the
 * letter as issued is the same, the letter with one byte changed is not.
 */
class LetterVerificationBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 1280;
    }

    @Test
    void aLettersQrCodeOpensItsVerificationWhereAnAlteredFileIsToldApart() throws Exception {
        Filed f = driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM letter_document WHERE case_id = :c")
                .param("c", f.caseId()).query(Long.class).single() == 1);
        JsonNode letter = driver.caseAs("bawaslu.serang", f.caseId()).path("letterDocuments").get(0);
        byte[] pdf = api.as("bawaslu.serang").download(letter.path("href").asText()).bytes();
        Path dir = Files.createTempDirectory("netra-letter");
        Path issued = dir.resolve("surat.pdf");
        Files.write(issued, pdf);
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 0x01;
        Path altered = dir.resolve("surat-diubah.pdf");
        Files.write(altered, changed);

        browser.get(url(URI.create(LetterPdfs.qr(pdf)).getPath()));
        assertThat(browser.findElement(By.id("letter-number")).getText()).isEqualTo(letter.path("number").asText());
        assertThat(browser.findElement(By.id("letter-issuer")).getText()).isEqualTo("Bawaslu Kabupaten Serang");
        assertGoodPage();

        browser.findElement(By.id("letter-file")).sendKeys(issued.toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("check-result")).getText().isEmpty());
        assertThat(browser.findElement(By.id("check-result")).getText()).startsWith("Sama");

        browser.findElement(By.id("letter-file")).clear();
        browser.findElement(By.id("letter-file")).sendKeys(altered.toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("check-result")).getText().startsWith("Berbeda"));
        assertThat(Browser.axeViolations(browser)).as("accessibility of the verification page").isEmpty();
    }
}
