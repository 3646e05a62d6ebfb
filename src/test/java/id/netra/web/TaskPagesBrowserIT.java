package id.netra.web;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers work a case naming two persons of two agencies through Bawaslu's steps by clicking, on task pages drawn
 * from the forms' declarations: errors next to their fields, a list (the hearings) filled in place, and the four-eyes
 * rule said before an approver tries.
 */
class TaskPagesBrowserIT extends BrowserTest {

    @Override
    int windowWidth() {
        return 1280;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/masuk?lang=id"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("netra-demo");
        submit(By.cssSelector("button.primary"));
    }

    private void openTask(String user, UUID caseId, String key) {
        browser.get(url("/tugas/" + driver.taskId(user, caseId, key)));
        assertThat(browser.getPageSource()).doesNotContain("??");
        assertThat(Browser.axeViolations(browser)).as("accessibility of " + key).isEmpty();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void bawasluCarriesATwoPersonCaseToTheExaminerByClicking() {
        Filed f = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        signIn("bawaslu.serang");
        submit(By.cssSelector("tr[data-case='" + f.caseId() + "'] a.task-link"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kajian awal");
        assertThat(Browser.axeViolations(browser)).isEmpty();
        Browser.screenshot(browser, "task");

        submit(By.cssSelector("button[value=complete]"));
        assertThat(browser.findElement(By.id("formalRequirementsMet-error")).getText()).isNotBlank();
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
        browser.findElement(By.id("formalRequirementsMet-true")).click();
        browser.findElement(By.id("materialRequirementsMet-true")).click();
        submit(By.cssSelector("button[value=complete]"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Tugas sudah diselesaikan.");
        assertThat(driver.status(f.caseId())).isEqualTo("REGISTERED");

        openTask("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        new Select(browser.findElement(By.id("hearings-0-party"))).selectByValue("REPORTED");
        type("hearings-0-name", "Budi Santoso");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("hearings-0-heldOn")), LocalDate.now().toString());
        // A second hearing, added in place: the first row is kept as typed.
        submit(By.cssSelector("button[value='addRow:hearings']"));
        assertThat(browser.findElement(By.id("hearings-0-name")).getAttribute("value")).isEqualTo("Budi Santoso");
        new Select(browser.findElement(By.id("hearings-1-party"))).selectByValue("REPORTED");
        type("hearings-1-name", "Rina Marlina");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("hearings-1-heldOn")), LocalDate.now().toString());
        type("hearings-1-summary", "Terlapor hadir dalam deklarasi.");
        submit(By.cssSelector("button[value=complete]"));
        assertThat(browser.findElement(By.id("hearings-0-summary-error")).getText()).as("the first row's missing summary").isNotBlank();
        type("hearings-0-summary", "Terlapor mengakui kehadirannya.");
        submit(By.cssSelector("button[value=complete]"));
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_ASSESSMENT");
        assertThat(jdbc.sql("SELECT count(*) FROM case_hearing WHERE case_id = :c").param("c", f.caseId()).query(Long.class).single())
                .isEqualTo(2);

        openTask("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT);
        new Select(browser.findElement(By.id("conclusion"))).selectByValue("NEUTRALITY_VIOLATION");
        browser.findElement(By.cssSelector("input[name=violationTypes][value=SOCIAL_MEDIA]")).click();
        type("analysis", "Unsur pelanggaran netralitas terpenuhi.");
        submit(By.cssSelector("button[value=complete]"));
        assertThat(driver.status(f.caseId())).isEqualTo("AWAITING_PLENARY");

        signIn("komisioner.serang");
        openTask("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION);
        browser.findElement(By.id("approved-true")).click();
        submit(By.cssSelector("button[value=complete]"));
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_EXAMINATION");

        // The four-eyes rule, said before trying: the approver who examined a person may not approve it.
        UUID camat = driver.persons(f.caseId()).get(0);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.EXAMINATION, camat, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
        signIn("examiner.approver");
        String approval = driver.task("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, camat).orElseThrow()
                .path("id").asText();
        browser.get(url("/tugas/" + approval));
        assertThat(browser.findElement(By.id("four-eyes")).getText()).startsWith("Prinsip empat mata");
        assertThat(browser.findElements(By.id("task-form"))).isEmpty();
        assertThat(Browser.axeViolations(browser)).isEmpty();
    }
}
