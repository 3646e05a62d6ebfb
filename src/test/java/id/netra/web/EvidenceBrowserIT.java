package id.netra.web;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.Reports;
import id.netra.support.SampleFiles;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer attaches evidence on a task page in a real browser: a photo chosen in the file field is sent by the page's
 * script and listed with its SHA-256; a text named as a photo is refused with the server's words beside the field, and
 * nothing is listed.
 */
class EvidenceBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 1280;
    }

    @Test
    void anOfficerAttachesAPhotoOnTheTaskPageAndIsToldWhyATextIsRefused() throws Exception {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        Path dir = Files.createTempDirectory("netra-evidence");
        Path photo = dir.resolve("spanduk-kampanye.png");
        byte[] bytes = SampleFiles.png(21);
        Files.write(photo, bytes);
        Path text = dir.resolve("bukan-foto.png");
        Files.writeString(text, "ini hanya teks, bukan gambar");

        signIn("bawaslu.serang", "netra-demo");
        browser.get(url("/tugas/" + taskId));
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("Belum ada berkas bukti");
        assertGoodPage();

        // A text named .png: refused, said beside the field; nothing listed.
        browser.findElement(By.id("evidence-file")).sendKeys(text.toString());
        browser.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("evidence-status")).getText().contains("tidak diterima"));
        assertThat(browser.findElement(By.id("evidence-status")).getText()).contains("text/plain");

        // A photo: sent, and the page lists it with its digest.
        browser.findElement(By.id("evidence-file")).clear();
        browser.findElement(By.id("evidence-file")).sendKeys(photo.toString());
        browser.findElement(By.id("evidence-description")).sendKeys("Spanduk di depan kantor camat");
        browser.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#evidence ul.evidence-files li")).size() == 1);
        String listed = browser.findElement(By.cssSelector("#evidence ul.evidence-files")).getText();
        assertThat(listed).contains("spanduk-kampanye.png", "image/png", SampleFiles.sha256(bytes));
        assertThat(Browser.axeViolations(browser)).as("accessibility of the task page listing a file").isEmpty();
        assertThat(jdbc.sql("SELECT description FROM evidence_file WHERE case_id = :c").param("c", f.caseId()).query(String.class).list())
                .containsExactly("Spanduk di depan kantor camat");
    }
}
