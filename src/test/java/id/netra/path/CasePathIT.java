package id.netra.path;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.REPORTER_ADDRESS;
import static id.netra.support.Reports.REPORTER_EMAIL;
import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.REPORTER_NIK;
import static id.netra.support.Reports.REPORTER_PHONE;
import static id.netra.support.Reports.finding;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole path over real HTTP with the demo accounts, every ending, and who sees what on the way. */
class CasePathIT extends IntegrationTest {

    private static final List<String> REPORTER_IDENTITY = List.of(REPORTER_NAME, REPORTER_NIK, REPORTER_ADDRESS,
            REPORTER_PHONE, REPORTER_EMAIL);

    private void assertNoReporterIdentity(Api.Response response) {
        for (String value : REPORTER_IDENTITY) {
            assertThat(response.body()).as("reporter identity in an answer to an examiner or PPK").doesNotContain(value);
        }
    }

    @Test
    void reportFromSerangTravelsThroughAllThreeAgenciesToClosedSanctioned() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        assertThat(f.accessCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        // Before registration: only Serang handles it; the province and RI oversee it; nobody else sees it.
        assertThat(driver.task("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isPresent();
        assertThat(driver.task("bawaslu.pandeglang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isEmpty();
        assertThat(api.as("bawaslu.pandeglang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(api.as("examiner").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(api.as("admin").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        JsonNode handling = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(handling.path("reporter").path("nik").asText()).isEqualTo(REPORTER_NIK);
        assertThat(handling.path("deadlines").toString()).contains("INITIAL_REVIEW", "REPORT_FILING");
        Api.Response province = api.as("bawaslu.banten").get("/api/v1/cases/" + f.caseId());
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.json().path("view").asText()).isEqualTo("OVERSIGHT");
        assertNoReporterIdentity(province);
        assertThat(api.as("bawaslu.ri").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(200);

        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true, "notes", "Lengkap."));
        JsonNode registered = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(registered.path("status").asText()).isEqualTo("REGISTERED");
        int year = id.netra.platform.Today.date().getYear();
        assertThat(registered.path("registerNumber").asText()).matches("\\d{3}/Reg/LP/PB/Kab/36\\.04/[IVX]+/" + year);
        assertThat(registered.path("deadlines").toString()).contains("ASSESSMENT");

        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTER", "name", REPORTER_NAME, "heldOn", id.netra.platform.Today.date().toString(),
                        "summary", "Pelapor " + REPORTER_NAME + " menyerahkan tangkapan layar."),
                Map.of("party", "REPORTED", "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(),
                        "summary", "Terlapor mengakui unggahan."))));
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_ASSESSMENT");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA", "PHOTO_WITH_CANDIDATE"), "analysis", "Memenuhi unsur pelanggaran."));
        assertThat(driver.status(f.caseId())).isEqualTo("AWAITING_PLENARY");

        // The plenary sends it back once; the officer revises; the plenary approves.
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false, "notes", "Lengkapi analisis.")));
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_ASSESSMENT");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Analisis diperbaiki."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        JsonNode forwarded = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(forwarded.path("status").asText()).isEqualTo("UNDER_EXAMINATION");
        assertThat(forwarded.path("letters").get(0).path("number").asText())
                .matches("\\d{3}/PP\\.01\\.02/36\\.04/[IVX]+/" + year);

        // The examining agency sees it now, without the reporter; the PPK not yet.
        Api.Response examinerView = api.as("examiner").get("/api/v1/cases/" + f.caseId());
        assertThat(examinerView.status()).isEqualTo(200);
        assertNoReporterIdentity(examinerView);
        assertThat(examinerView.json().path("hearings").toString()).contains("Pelapor");
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        String examinationId = driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION);
        Api.Response form = api.as("examiner").get("/api/v1/tasks/" + examinationId);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().path("fields").toString()).contains("moralSanction", "disciplinarySanction", "DISCIPLINE_MEDIUM");
        assertNoReporterIdentity(form);

        // One examiner claims it: another gets 409 on claim and on complete.
        assertThat(api.as("examiner").post("/api/v1/tasks/" + examinationId + "/claim", null).status()).isEqualTo(200);
        assertThat(api.as("examiner.approver").post("/api/v1/tasks/" + examinationId + "/claim", null).status()).isEqualTo(409);
        assertThat(api.as("examiner.approver").post("/api/v1/tasks/" + examinationId + "/complete",
                Map.of("outcome", "NOT_PROVEN", "reasoning", "x")).status()).isEqualTo(409);
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "violationTypes", List.of("SOCIAL_MEDIA"), "reasoning", "Terbukti."));
        // Completing it again is a conflict, not a second decision.
        assertThat(api.as("examiner").post("/api/v1/tasks/" + examinationId + "/complete",
                Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "x")).status()).isEqualTo(409);

        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", false, "notes", "Periksa ulang jenis sanksi."));
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION)).isPresent();
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_HEAVY",
                "reasoning", "Terbukti; sanksi disesuaikan."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        JsonNode recommended = driver.caseAs("examiner", f.caseId());
        assertThat(recommended.path("status").asText()).isEqualTo("RECOMMENDATION_ISSUED");
        List<String> letters = new ArrayList<>();
        recommended.path("letters").forEach(l -> letters.add(l.path("number").asText()));
        assertThat(letters).anyMatch(n -> n.matches("R-\\d+/BKN/\\d{1,2}/" + year));
        assertThat(recommended.path("deadlines").toString()).contains("PPK_FOLLOW_UP", "PPK_REMINDER");

        // The PPK of the ASN's agency sees it now, without the reporter; another PPK never does.
        Api.Response ppkView = api.as("ppk.serang").get("/api/v1/cases/" + f.caseId());
        assertThat(ppkView.status()).isEqualTo(200);
        assertNoReporterIdentity(ppkView);
        assertThat(api.as("ppk.pandeglang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(driver.task("ppk.pandeglang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION)).isEmpty();
        Api.Response ppkForm = api.as("ppk.serang").get("/api/v1/tasks/" + driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION));
        assertNoReporterIdentity(ppkForm);

        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", false, "notes", "Masih diproses."));
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_REPORTED");
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", false, "notes", "Sanksi belum dijatuhkan."));
        assertThat(driver.status(f.caseId())).isEqualTo("RECOMMENDATION_ISSUED");
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_HEAVY", "decreeNumber", "800/123/BKPSDM/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));

        JsonNode closed = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
        assertThat(closed.path("followUp").path("decreeNumber").asText()).isEqualTo("800/123/BKPSDM/2026");
        List<String> path = new ArrayList<>();
        closed.path("history").forEach(h -> path.add(h.path("to").asText()));
        assertThat(path).containsSubsequence("RECEIVED", "REGISTERED", "UNDER_ASSESSMENT", "AWAITING_PLENARY",
                "UNDER_EXAMINATION", "RECOMMENDATION_ISSUED", "FOLLOW_UP_REPORTED", "CLOSED_SANCTIONED");
        closed.path("history").forEach(h -> assertThat(h.path("by").asText()).isNotBlank());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).count()).isZero();

        // The reporter follows it with the access code: statuses, no names, nothing internal.
        Api.Response publicStatus = api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", f.accessCode());
        assertThat(publicStatus.status()).isEqualTo(200);
        assertThat(publicStatus.text("status")).isEqualTo("CLOSED_SANCTIONED");
        assertThat(publicStatus.json().path("history").size()).isGreaterThanOrEqualTo(8);
        assertThat(publicStatus.body()).doesNotContain("Budi Santoso", "bawaslu.serang", "examiner", REPORTER_NAME);
        assertThat(api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/reports/" + f.trackingNumber()).status()).isEqualTo(404);
    }

    @Test
    void pastDeadlinePpkTaskStaysOpenAndCaseIsEscalated() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_REMINDER);
        assertThat(driver.caseAs("examiner", f.caseId()).path("decisions").toString()).contains("ppkReminder");
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE);

        JsonNode overdue = driver.caseAs("examiner", f.caseId());
        assertThat(overdue.path("status").asText()).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(overdue.path("reported").path("personnelDataBlocked").asBoolean()).as("the block follows the warning").isFalse();
        assertThat(driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION)).isPresent();
        driver.warnAndBlock(f.caseId(), driver.persons(f.caseId()).get(0));
        assertThat(driver.caseAs("examiner", f.caseId()).path("reported").path("personnelDataBlocked").asBoolean()).isTrue();
        driver.complete("examiner", f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION,
                Map.of("escalationLetterNumber", "B-77/BKN/XI/2026", "notes", "Disampaikan kepada Kemendagri."));

        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/9/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        // Still blocked until the verification accepts.
        assertThat(driver.caseAs("examiner", f.caseId()).path("reported").path("personnelDataBlocked").asBoolean()).isTrue();
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        JsonNode closed = driver.caseAs("examiner", f.caseId());
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
        assertThat(closed.path("reported").path("personnelDataBlocked").asBoolean()).isFalse();
    }

    @Test
    void incompleteReportNotCompletedInTimeEndsNotRegistered() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", false, "missingItems", "Lampirkan tangkapan layar unggahan."));
        Api.Response status = api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", f.accessCode());
        assertThat(status.text("status")).isEqualTo("AWAITING_COMPLETION");
        assertThat(status.text("missingItems")).contains("tangkapan layar");
        driver.fireTimer(f.caseId(), FlowNodes.EVENT_COMPLETION_WINDOW_PASSED);
        assertThat(driver.status(f.caseId())).isEqualTo("NOT_REGISTERED");
        // Too late to complete now.
        assertThat(api.post("/api/v1/public/reports/" + f.trackingNumber() + "/completion",
                Map.of("statement", "Terlampir."), "X-Access-Code", f.accessCode()).status()).isEqualTo(409);
    }

    @Test
    void reporterCompletesTheReportAndItIsReviewedAgainAndRegistered() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", false,
                "materialRequirementsMet", true, "missingItems", "Fotokopi KTP pelapor."));
        Api.Response done = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/completion",
                Map.of("statement", "KTP telah diunggah ke SIGAPLAPOR."), "X-Access-Code", f.accessCode());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.text("status")).isEqualTo("RECEIVED");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        assertThat(driver.status(f.caseId())).isEqualTo("REGISTERED");
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("incident").path("description").asText()).contains("KTP telah diunggah");
    }

    @Test
    void reporterWithdrawsBeforeRegistrationButNotAfter() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        Api.Response withdrawn = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal",
                Map.of("reason", "Sudah diselesaikan secara internal."), "X-Access-Code", f.accessCode());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(driver.task("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).count()).isZero();

        Filed waiting = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", waiting.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", false,
                "materialRequirementsMet", true, "missingItems", "KTP."));
        assertThat(api.post("/api/v1/public/reports/" + waiting.trackingNumber() + "/withdrawal", null,
                "X-Access-Code", waiting.accessCode()).text("status")).isEqualTo("WITHDRAWN");

        Filed registered = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        Api.Response refused = api.post("/api/v1/public/reports/" + registered.trackingNumber() + "/withdrawal",
                Map.of("reason", "x"), "X-Access-Code", registered.accessCode());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(driver.status(registered.caseId())).isEqualTo("REGISTERED");
        assertThat(api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal", null,
                "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }

    @Test
    void transferMovesTheReportToAnotherOfficeAndOutOfTheFirst() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "transferToOffice", "36.01", "notes", "Lokus kejadian di Pandeglang."));
        assertThat(driver.task("bawaslu.pandeglang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isPresent();
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        driver.complete("bawaslu.pandeglang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        assertThat(driver.caseAs("bawaslu.pandeglang", f.caseId()).path("registerNumber").asText()).contains("/Kab/36.01/");
    }

    @Test
    void plenaryFindingNoViolationClosesTheCase() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "NOT_A_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_NO_VIOLATION");
        assertThat(api.as("examiner").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
    }

    @Test
    void otherViolationGoesToItsOwnRoute() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "OTHER_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        JsonNode c = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(c.path("status").asText()).isEqualTo("FORWARDED_ELSEWHERE");
        assertThat(c.path("assessment").path("otherRoute").asText()).isEqualTo("ELECTION_CRIME");
    }

    @Test
    void examinationNotProvenOrNotApplicableClosesTheCase() {
        for (String outcome : List.of("NOT_PROVEN", "NOT_APPLICABLE")) {
            Filed f = driver.toExamination(report("36.04", "PEMDA-36.04"));
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", outcome, "reasoning", "Bukti tidak cukup."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
            assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_NOT_PROVEN");
            assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        }
    }

    @Test
    void findingIsRegisteredAtOnceWithATemuanNumber() {
        Api.Response r = api.as("bawaslu.serang").post("/api/v1/findings", finding("36.04", "PEMDA-36.04"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("REGISTERED");
        assertThat(r.text("registerNumber")).matches("\\d{3}/Reg/TM/PB/Kab/36\\.04/[IVX]+/\\d{4}");
        assertThat(driver.task("bawaslu.serang", java.util.UUID.fromString(r.text("caseId")), FlowNodes.CLARIFICATION)).isPresent();
        // A PPK or examiner cannot record findings; another office's region is outside an office's jurisdiction.
        assertThat(api.as("examiner").post("/api/v1/findings", finding("36.04", "PEMDA-36.04")).status()).isEqualTo(403);
        Api.Response outside = api.as("bawaslu.serang").post("/api/v1/findings", finding("36.01", "PEMDA-36.01"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("incident.regionCode");
    }

    @Test
    void fourEyesKeepsThePlenaryAndTheApprovalApartFromWhoPreparedThem() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Keterangan terlapor."))));
        Api.Response assessed = api.as("komisioner.serang").post("/api/v1/tasks/"
                + driver.taskId("komisioner.serang", f.caseId(), FlowNodes.ASSESSMENT) + "/complete", Map.of("conclusion",
                "NEUTRALITY_VIOLATION", "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Disusun oleh komisioner."));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        // The plenary is not among the tasks the one who prepared it may work next; another commissioner's it is.
        assertThat(assessed.json().path("openTasks").findValuesAsText("key")).doesNotContain(FlowNodes.PLENARY_DECISION);
        String plenary = driver.taskId("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION);
        // The inbox says so before they open it (one statement for the page), and offers them no claim on it.
        assertThat(driver.task("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION).orElseThrow()
                .path("barredByFourEyes").asBoolean()).isTrue();
        assertThat(driver.task("ketua.serang", f.caseId(), FlowNodes.PLENARY_DECISION).orElseThrow().has("barredByFourEyes")).isFalse();
        String inbox = id.netra.support.Pages.signedIn(port, "komisioner.serang")
                .get("/kotak-masuk?task=" + FlowNodes.PLENARY_DECISION + "&sort=NEWEST").body();
        String row = inbox.substring(inbox.indexOf("data-task=\"" + plenary + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("class=\"tag four-eyes\"").doesNotContain("name=\"selected\"").doesNotContain("value=\"claim:");
        // The task says so before they try; another commissioner's has no refusal.
        assertThat(api.as("komisioner.serang").get("/api/v1/tasks/" + plenary).text("refusal")).contains("empat mata");
        assertThat(api.as("ketua.serang").get("/api/v1/tasks/" + plenary).json().has("refusal")).isFalse();
        Api.Response refused = api.as("komisioner.serang").post("/api/v1/tasks/" + plenary + "/complete", Plenary.approved());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("empat mata");
        assertThat(driver.status(f.caseId())).isEqualTo("AWAITING_PLENARY");

        Filed g = driver.toExamination(report("36.04", "PEMDA-36.04"));
        driver.complete("examiner.approver", g.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN",
                "sanctionClass", "MORAL_OPEN", "reasoning", "Terbukti."));
        String approval = driver.taskId("examiner.approver", g.caseId(), FlowNodes.RECOMMENDATION_APPROVAL);
        assertThat(api.as("examiner.approver").post("/api/v1/tasks/" + approval + "/complete", Map.of("approved", true)).status())
                .isEqualTo(403);
        assertThat(api.as("examiner").get("/api/v1/tasks/" + approval).status()).isEqualTo(404);
    }

    @Test
    void assessmentDeadlineIsExtendedOnceWithAReason() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        String before = deadline(driver.caseAs("bawaslu.serang", f.caseId()), "ASSESSMENT");
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension", Map.of()).status()).isEqualTo(400);
        assertThat(api.as("bawaslu.banten").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "x")).status()).isEqualTo(403);
        Api.Response extended = api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci berada di luar kota."));
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        String after = deadline(extended.json(), "ASSESSMENT");
        assertThat(LocalDate.parse(after)).isAfter(LocalDate.parse(before));
        assertThat(extended.json().path("assessment").path("extensionReason").asText()).contains("Saksi kunci");
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Sekali lagi.")).status()).isEqualTo(409);
        // The boundary timer moved with it and still flags the case when it fires.
        driver.fireTimer(f.caseId(), FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("assessment").path("overdue").asBoolean()).isTrue();
    }

    @Test
    void anExtensionAfterTheDeadlinePassedClearsTheOverdueFlag() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.fireTimer(f.caseId(), FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        JsonNode overdue = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(overdue.path("assessment").path("overdue").asBoolean()).isTrue();
        String before = deadline(overdue, "ASSESSMENT");
        Api.Response extended = api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci baru dapat hadir pekan depan."));
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().path("assessment").path("overdue").asBoolean()).isFalse();
        assertThat(LocalDate.parse(deadline(extended.json(), "ASSESSMENT"))).isAfter(LocalDate.parse(before));
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("assessment").path("overdue").asBoolean()).isFalse();

        // The first timer fired once: the extended deadline has a timer of its own, due when the extended day is over,
        // and when it passes too the assessment is overdue again.
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).singleResult().getId();
        List<org.camunda.bpm.engine.runtime.Job> timers = managementService.createJobQuery().processInstanceId(pi).timers().list();
        assertThat(timers).hasSize(1);
        LocalDate extendedDue = LocalDate.parse(deadline(extended.json(), "ASSESSMENT"));
        assertThat(timers.get(0).getDuedate().toInstant())
                .isEqualTo(extendedDue.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        driver.fireTimer(f.caseId(), FlowNodes.EVENT_EXTENDED_ASSESSMENT_DEADLINE);
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("assessment").path("overdue").asBoolean()).isTrue();
        assertThat(runtimeService.getActiveActivityIds(pi)).containsExactly(FlowNodes.CLARIFICATION);
    }

    @Test
    void theExtendedDeadlinesTimerEndsWithTheAssessment() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.fireTimer(f.caseId(), FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci baru dapat hadir pekan depan.")).status()).isEqualTo(200);
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).singleResult().getId();
        assertThat(managementService.createJobQuery().processInstanceId(pi).timers().count()).isEqualTo(1);
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        assertThat(managementService.createJobQuery().processInstanceId(pi).activityId(FlowNodes.EVENT_EXTENDED_ASSESSMENT_DEADLINE)
                .count()).as("the Bawaslu part ended: its extended deadline no longer runs").isZero();
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("assessment").path("overdue").asBoolean()).isFalse();
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, driver.persons(f.caseId()).get(0)))
                .as("the case went on to the examining agency").isPresent();
    }

    private static String deadline(JsonNode c, String kind) {
        for (JsonNode d : c.path("deadlines")) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("dueOn").asText();
            }
        }
        throw new AssertionError("no " + kind + " deadline in " + c.path("deadlines"));
    }
}
