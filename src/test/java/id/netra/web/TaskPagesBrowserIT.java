package id.netra.web;

import id.netra.support.Plenary;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers of the three agencies carry a case naming three persons of two agencies through the whole path by
 * clicking, on task pages drawn from the forms' declarations: errors next to their fields, a list (the hearings)
 * filled in place, the plenary deciding each person by name, the examiner and the approver, and each PPK on their
 * own track; the four-eyes rule said before an approver tries, and a commissioner handing a task to a colleague.
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

    /** Opens the task from the inbox (filtered by task, newest first): the row of this case and, if given, person. */
    private void openFromInbox(UUID caseId, String key, String person) {
        browser.get(url("/kotak-masuk?task=" + key + "&sort=NEWEST"));
        List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-case='" + caseId + "'][data-key='" + key + "']"));
        WebElement row = rows.stream().filter(r -> person == null || r.getText().contains(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " row for " + person + " in " + browser.getPageSource()));
        Browser.submit(browser, row.findElement(By.cssSelector("a.task-link")));
        checkPage(key);
    }

    private void checkPage(String what) {
        assertThat(browser.getPageSource()).as("untranslated keys on " + what).doesNotContain("??");
        assertThat(Browser.axeViolations(browser)).as("accessibility of " + what).isEmpty();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), date.toString());
    }

    private void complete() {
        submit(By.cssSelector("button[value=complete]"));
    }

    private void assertDone() {
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Tugas sudah diselesaikan.");
    }

    @Test
    void officersOfThreeAgenciesCarryAThreePersonCaseThroughTheWholePathByClicking() {
        Filed f = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah()));
        signIn("bawaslu.serang");
        // The newest first: an office with many tasks shows this one on the first page.
        browser.get(url("/kotak-masuk?sort=NEWEST"));
        submit(By.cssSelector("tr[data-case='" + f.caseId() + "'] a.task-link"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kajian awal");
        checkPage("initial review");
        Browser.screenshot(browser, "task");

        complete();
        assertThat(browser.findElement(By.id("formalRequirementsMet-error")).getText()).isNotBlank();
        // The keyboard on the summary of the errors, as on the public and administration pages; its first line leads
        // to the first field in error.
        assertFocused("problems");
        assertThat(browser.findElement(By.cssSelector("#problems li a")).getAttribute("href")).endsWith("#formalRequirementsMet-true");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
        browser.findElement(By.id("formalRequirementsMet-true")).click();
        browser.findElement(By.id("materialRequirementsMet-true")).click();
        complete();
        assertDone();
        assertThat(driver.status(f.caseId())).isEqualTo("REGISTERED");

        openFromInbox(f.caseId(), FlowNodes.CLARIFICATION, null);
        new Select(browser.findElement(By.id("hearings-0-party"))).selectByValue("REPORTED");
        type("hearings-0-name", Reports.CAMAT);
        // Enter in a field keeps the page as typed: no row added, nothing decided, the keyboard back in that field.
        browser.findElement(By.id("hearings-0-name")).click();
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.id("hearings-0-name")).getAttribute("value")).isEqualTo(Reports.CAMAT);
        assertFocused("hearings-0-name");
        assertThat(browser.findElements(By.id("hearings-1-name"))).isEmpty();
        assertThat(driver.status(f.caseId())).isEqualTo("REGISTERED");
        setDate("hearings-0-heldOn", id.netra.platform.Today.date());
        // A second hearing, added in place: the first row is kept as typed.
        submit(By.cssSelector("button[value='addRow:hearings']"));
        assertThat(browser.findElement(By.id("hearings-0-name")).getAttribute("value")).isEqualTo(Reports.CAMAT);
        assertThat(browser.getCurrentUrl()).as("the page opens at the new row").endsWith("#hearings-1");
        // The list is drawn once, as a list: no stray label of it outside its fieldset.
        assertThat(browser.findElements(By.cssSelector("label[for=hearings]"))).isEmpty();
        new Select(browser.findElement(By.id("hearings-1-party"))).selectByValue("REPORTED");
        type("hearings-1-name", Reports.LURAH_1);
        Browser.press(browser, org.openqa.selenium.Keys.ENTER);
        assertFocused("hearings-1-name");
        assertThat(browser.findElement(By.id("hearings-1-name")).getAttribute("value")).isEqualTo(Reports.LURAH_1);
        setDate("hearings-1-heldOn", id.netra.platform.Today.date());
        type("hearings-1-summary", "Terlapor hadir dalam deklarasi.");
        complete();
        assertThat(browser.findElement(By.id("hearings-0-summary-error")).getText()).as("the first row's missing summary").isNotBlank();
        assertFocused("problems");
        assertThat(browser.findElement(By.cssSelector("#problems li a")).getAttribute("href")).endsWith("#hearings-0-summary");
        type("hearings-0-summary", "Terlapor mengakui kehadirannya.");
        complete();
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_ASSESSMENT");
        assertThat(jdbc.sql("SELECT count(*) FROM case_hearing WHERE case_id = :c").param("c", f.caseId()).query(Long.class).single())
                .isEqualTo(2);

        openFromInbox(f.caseId(), FlowNodes.ASSESSMENT, null);
        new Select(browser.findElement(By.id("conclusion"))).selectByValue("NEUTRALITY_VIOLATION");
        browser.findElement(By.cssSelector("input[name=violationTypes][value=SOCIAL_MEDIA]")).click();
        type("analysis", "Unsur pelanggaran netralitas terpenuhi.");
        complete();
        assertThat(driver.status(f.caseId())).isEqualTo("AWAITING_PLENARY");

        // The plenary decides each person by name: the camat and the first lurah proven, the second not.
        signIn("komisioner.serang");
        openFromInbox(f.caseId(), FlowNodes.PLENARY_DECISION, null);
        assertThat(browser.findElement(By.id("context")).getText()).as("the assessment beside the form")
                .contains("Unsur pelanggaran netralitas terpenuhi.");
        assertThat(browser.findElement(By.id("persons-0")).getText()).contains(Reports.CAMAT);
        assertThat(browser.findElement(By.id("persons-2")).getText()).contains(Reports.LURAH_2);
        // The meeting's record: its minutes and a quorum of commissioners, as many rows as the quorum drawn at once.
        assertThat(browser.findElement(By.id("commissionersPresent")).getText()).contains("Paling sedikit 2 komisioner");
        type("minutesNumber", "001/BA/PL/36.04/XI/2026");
        type("commissionersPresent-0-name", "Ahmad Yani");
        type("commissionersPresent-1-name", "Siti Rahmawati");
        browser.findElement(By.id("approved-true")).click();
        browser.findElement(By.id("persons-0-violationProven-true")).click();
        browser.findElement(By.id("persons-1-violationProven-true")).click();
        browser.findElement(By.id("persons-2-violationProven-false")).click();
        complete();
        assertDone();
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_EXAMINATION");

        // The examiner examines the two persons found in violation; the approver approves each.
        signIn("examiner");
        for (String person : List.of(Reports.CAMAT, Reports.LURAH_1)) {
            openFromInbox(f.caseId(), FlowNodes.EXAMINATION, person);
            new Select(browser.findElement(By.id("outcome"))).selectByValue("PROVEN");
            complete();
            // Proven, one sanction of either kind at least: each is asked for while the other is empty.
            assertThat(browser.findElement(By.id("moralSanction-error")).getText()).as("required when proven").isNotBlank();
            assertThat(browser.findElement(By.id("disciplinarySanction-error")).getText()).as("required when proven").isNotBlank();
            new Select(browser.findElement(By.id("moralSanction"))).selectByValue("MORAL_OPEN");
            new Select(browser.findElement(By.id("disciplinarySanction"))).selectByValue("DISCIPLINE_MEDIUM");
            type("reasoning", "Terbukti mengunggah dukungan kepada pasangan calon.");
            complete();
            assertDone();
        }
        browser.get(url("/kotak-masuk?task=" + FlowNodes.EXAMINATION + "&sort=NEWEST"));
        assertThat(browser.findElements(By.cssSelector("tr[data-case='" + f.caseId() + "']"))).as("both examined").isEmpty();
        signIn("examiner.approver");
        for (String person : List.of(Reports.CAMAT, Reports.LURAH_1)) {
            openFromInbox(f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person);
            assertThat(browser.findElement(By.id("context")).getText()).as("the examination beside the form")
                    .contains("Terbukti mengunggah dukungan kepada pasangan calon.");
            browser.findElement(By.id("approved-true")).click();
            complete();
            assertDone();
        }
        assertThat(driver.status(f.caseId())).isEqualTo("RECOMMENDATION_ISSUED");

        // Each PPK reports on its own person and reads nothing of the other agency's.
        Map<String, String> ppkOf = Map.of("ppk.serang", Reports.CAMAT, "ppk.kotaserang", Reports.LURAH_1);
        for (Map.Entry<String, String> ppk : ppkOf.entrySet()) {
            signIn(ppk.getKey());
            openFromInbox(f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, ppk.getValue());
            String other = ppk.getKey().equals("ppk.serang") ? Reports.LURAH_1 : Reports.CAMAT;
            assertThat(browser.getPageSource()).doesNotContain(other).doesNotContain(Reports.REPORTER_NAME);
            // Each recommended sanction with its own decree: the moral one, and the disciplinary one.
            browser.findElement(By.id("moralImposed-true")).click();
            new Select(browser.findElement(By.id("moralSanction"))).selectByValue("MORAL_OPEN");
            type("moralDecreeNumber", "800/" + ppk.getKey().length() + "/BKPSDM/2026");
            setDate("moralDecreeDate", id.netra.platform.Today.date());
            browser.findElement(By.id("disciplinaryImposed-true")).click();
            new Select(browser.findElement(By.id("disciplinarySanction"))).selectByValue("DISCIPLINE_MEDIUM");
            type("disciplinaryDecreeNumber", "800/" + ppk.getKey().length() + "/BKPSDM/2026");
            setDate("disciplinaryDecreeDate", id.netra.platform.Today.date().plusDays(3));
            complete();
            assertThat(browser.findElement(By.id("disciplinaryDecreeDate-error")).getText()).as("a decree dated in the future").isNotBlank();
            setDate("disciplinaryDecreeDate", id.netra.platform.Today.date());
            complete();
            assertDone();
            browser.get(url("/perkara/" + f.caseId()));
            assertThat(browser.getPageSource()).contains(ppk.getValue()).doesNotContain(other).doesNotContain(Reports.REPORTER_NAME);
        }
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_REPORTED");

        signIn("examiner");
        for (String person : List.of(Reports.CAMAT, Reports.LURAH_1)) {
            openFromInbox(f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person);
            browser.findElement(By.id("accepted-true")).click();
            complete();
            assertDone();
        }
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");

        signIn("bawaslu.serang");
        browser.get(url("/perkara/" + f.caseId()));
        checkPage("the closed case");
        assertThat(browser.getPageSource()).contains(Reports.CAMAT, Reports.LURAH_1, Reports.LURAH_2);
    }

    /** The options of a list that can be chosen (the page's script disables those of another level), by value. */
    private static List<String> choosable(Select list) {
        return list.getOptions().stream().filter(WebElement::isEnabled).map(o -> o.getAttribute("value")).toList();
    }

    /** The PPK's follow-up form narrows its penalty list to the level it reports imposed, as the examination's does. */
    @Test
    void theFollowUpsPenaltyListNarrowsToTheLevelReportedImposed() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        signIn("ppk.serang");
        browser.get(url("/tugas/" + task));
        checkPage("follow-up");
        Select penalty = new Select(browser.findElement(By.id("disciplinaryPenalty")));
        assertThat(choosable(penalty)).contains("PNS_ORAL_REPRIMAND", "PNS_DISMISSAL").noneMatch(v -> v.startsWith("PPPK_"));
        new Select(browser.findElement(By.id("disciplinarySanction"))).selectByValue("DISCIPLINE_HEAVY");
        assertThat(choosable(penalty)).containsExactly("", "PNS_DEMOTION_12M", "PNS_EXECUTOR_POST_12M", "PNS_HONOURABLE_DISCHARGE");
    }

    /**
     * The examination's penalty list offers a PNS's penalties only (the server leaves out a PPPK's), narrowed by the page's
     * script to the disciplinary level chosen — a penalty chosen is let go when the level changes — also as the page
     * comes back with an error; a fitting penalty completes the examination.
     */
    @Test
    void thePenaltyListOffersThePersonsEmploymentTypesAndNarrowsToTheLevelChosen() {
        Filed f = driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION);
        signIn("examiner");
        browser.get(url("/tugas/" + task));
        checkPage("examination");
        Select penalty = new Select(browser.findElement(By.id("disciplinaryPenalty")));
        assertThat(choosable(penalty)).hasSize(11).contains("", "PNS_ORAL_REPRIMAND", "PNS_DISMISSAL").noneMatch(v -> v.startsWith("PPPK_"));
        Select level = new Select(browser.findElement(By.id("disciplinarySanction")));
        level.selectByValue("DISCIPLINE_MEDIUM");
        assertThat(choosable(penalty)).containsExactly("", "PNS_ALLOWANCE_CUT_6M", "PNS_ALLOWANCE_CUT_9M", "PNS_ALLOWANCE_CUT_12M");
        penalty.selectByValue("PNS_ALLOWANCE_CUT_9M");
        level.selectByValue("DISCIPLINE_LIGHT");
        assertThat(penalty.getFirstSelectedOption().getAttribute("value")).as("a penalty of the other level let go").isEmpty();
        assertThat(choosable(penalty)).containsExactly("", "PNS_ORAL_REPRIMAND", "PNS_WRITTEN_REPRIMAND", "PNS_WRITTEN_DISSATISFACTION");
        penalty.selectByValue("PNS_WRITTEN_REPRIMAND");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("PROVEN");
        // Sent without its reasoning: back with the error, the list narrowed to the level as the page loads.
        complete();
        assertThat(browser.findElement(By.id("reasoning-error")).getText()).isNotBlank();
        assertFocused("problems");
        penalty = new Select(browser.findElement(By.id("disciplinaryPenalty")));
        assertThat(choosable(penalty)).containsExactly("", "PNS_ORAL_REPRIMAND", "PNS_WRITTEN_REPRIMAND", "PNS_WRITTEN_DISSATISFACTION");
        assertThat(penalty.getFirstSelectedOption().getAttribute("value")).isEqualTo("PNS_WRITTEN_REPRIMAND");
        type("reasoning", "Terbukti mengunggah dukungan.");
        complete();
        assertDone();
        assertThat(jdbc.sql("SELECT penalty FROM examination_sanction WHERE person_id = :p AND kind = 'DISCIPLINARY'")
                .param("p", driver.persons(f.caseId()).get(0)).query(String.class).single()).isEqualTo("PNS_WRITTEN_REPRIMAND");
    }

    @Test
    void theFourEyesRuleIsSaidBeforeTryingAndACommissionerHandsATaskToAColleague() {
        Filed f = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 1)));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        // The officer claims the clarification and is away: the commissioner hands it to the chair, audited (not to himself,
        // who would claim it, nor to the officer who holds it: neither is offered).
        String clarification = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + clarification + "/claim", Map.of()).status()).isEqualTo(200);
        signIn("komisioner.serang");
        browser.get(url("/kotak-masuk?claim=OTHERS&sort=NEWEST"));
        // Its row has the hand-over (a labelled choice of colleagues), no checkbox, and no bulk claim below the list.
        assertThat(browser.findElements(By.cssSelector("tr[data-task='" + clarification + "'] select[name='assignee." + clarification + "']")))
                .hasSize(1);
        assertThat(browser.findElements(By.id("claim-selected"))).isEmpty();
        checkPage("claimed by colleagues");
        Browser.submit(browser, browser.findElement(By.cssSelector("tr[data-task='" + clarification + "'] a.task-link")));
        checkPage("a colleague's task");
        assertThat(browser.findElement(By.id("held-by")).getText()).contains("bawaslu.serang");
        assertThat(browser.findElements(By.id("task-form"))).isEmpty();
        submit(By.cssSelector("button[value=reassign]"));
        assertThat(browser.findElement(By.id("assignee-error")).getText()).isEqualTo("Pilih rekan yang akan menerima tugas ini.");
        assertThat(new Select(browser.findElement(By.id("assignee"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .contains("ketua.serang").doesNotContain("komisioner.serang", "bawaslu.serang");
        new Select(browser.findElement(By.id("assignee"))).selectByValue("ketua.serang");
        submit(By.cssSelector("button[value=reassign]"));
        assertThat(browser.findElement(By.id("reassigned")).getText()).contains("ketua.serang");
        assertThat(jdbc.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = :t").param("t", clarification).query(String.class).single())
                .isEqualTo("ketua.serang");
        assertThat(owner.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'TASK_REASSIGNED' AND actor = 'komisioner.serang'
                        AND case_id = :c AND detail ->> 'from' = 'bawaslu.serang' AND detail ->> 'to' = 'ketua.serang'""")
                .param("c", f.caseId()).query(Long.class).single()).isEqualTo(1);
        // An officer is no commissioner: no such form, and the API refuses.
        signIn("bawaslu.serang");
        browser.get(url("/tugas/" + clarification));
        assertThat(browser.findElements(By.id("reassign"))).isEmpty();
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + clarification + "/assign", Map.of("assignee", "bawaslu.serang"))
                .status()).isEqualTo(403);
        // A commissioner of another office cannot reach it.
        assertThat(api.as("komisioner.pandeglang").post("/api/v1/tasks/" + clarification + "/assign",
                Map.of("assignee", "komisioner.pandeglang")).status()).isEqualTo(404);
        // Nor hand it to someone of another office.
        assertThat(api.as("komisioner.serang").post("/api/v1/tasks/" + clarification + "/assign",
                Map.of("assignee", "bawaslu.pandeglang")).status()).isEqualTo(400);

        // The four-eyes rule, said before trying: the approver who examined a person may not approve it.
        UUID camat = driver.persons(f.caseId()).get(0);
        driver.complete("ketua.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of(
                "party", "REPORTED", "name", Reports.CAMAT, "heldOn", id.netra.platform.Today.date().toString(), "summary", "Hadir."))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION", "violationTypes", List.of("SOCIAL_MEDIA"),
                "analysis", "Terpenuhi."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        driver.complete("examiner.approver", f.caseId(), FlowNodes.EXAMINATION, camat, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
        signIn("examiner.approver");
        String approval = driver.task("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, camat).orElseThrow()
                .path("id").asText();
        browser.get(url("/tugas/" + approval));
        assertThat(browser.findElement(By.id("four-eyes")).getText()).startsWith("Prinsip empat mata");
        assertThat(browser.findElements(By.id("task-form"))).isEmpty();
        checkPage("four-eyes");
    }
}
