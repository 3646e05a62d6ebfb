package id.netra.security;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.casefile.Visibility;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.TaskForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 beyond the reporter's identity: the handling office's working notes stay with it, the examining agency
 * reads what it examines (with the names of those heard), a PPK reads the recommendation and its grounds only. Every
 * key stays in every view; what is withheld from a viewer is named in {@code withheld}.
 */
class WhoSeesWhatIT extends IntegrationTest {

    static final List<String> DETAIL_KEYS = List.of("trackingNumber", "reporter", "witnesses", "missingItems", "assessment",
            "examination", "followUp", "hearings", "decisions", "letters", "history", "withheld", "closedAt");

    private JsonNode viewOf(String user, UUID caseId) {
        Api.Response r = api.as(user).get("/api/v1/cases/" + caseId);
        assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(200);
        for (String key : DETAIL_KEYS) {
            assertThat(r.json().has(key)).as("%s's view keeps the key %s", user, key).isTrue();
        }
        return r.json();
    }

    private static List<String> withheld(JsonNode view) {
        List<String> out = new ArrayList<>();
        view.path("withheld").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode historyEntry(JsonNode view, String toStatus) {
        for (JsonNode h : view.path("history")) {
            if (h.path("to").asText().equals(toStatus)) {
                return h;
            }
        }
        throw new AssertionError("no history entry to " + toStatus + " in " + view.path("history"));
    }

    @Autowired
    List<TaskForm> forms;

    @Test
    void everyTasksDecisionHasADeclaredAudience() {
        // An undeclared task key falls back to the handling office only; a new task should be decided, not defaulted.
        assertThat(forms).isNotEmpty();
        for (TaskForm form : forms) {
            assertThat(Visibility.DECISIONS).as("audience of the %s decision", form.key()).containsKey(form.key());
        }
    }

    @Test
    void missingItemsNeverReachTheProvinceRiExaminerOrPpkButTheReporterReadsThem() {
        String missing = "Lampirkan tangkapan layar unggahan KEKURANGAN-7Q3Z dan tautan akun.";
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", false, "missingItems", missing));

        // The reporter is told what to complete; the province office and RI, overseeing, are not.
        Api.Response publicStatus = api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", f.accessCode());
        assertThat(publicStatus.status()).as(publicStatus.body()).isEqualTo(200);
        assertThat(publicStatus.text("missingItems")).isEqualTo(missing);
        for (String overseer : List.of("bawaslu.banten", "bawaslu.ri")) {
            JsonNode view = viewOf(overseer, f.caseId());
            assertThat(view.toString()).as(overseer).doesNotContain("KEKURANGAN-7Q3Z");
            assertThat(view.path("missingItems").isNull()).isTrue();
            assertThat(historyEntry(view, "AWAITING_COMPLETION").path("noteWithheld").asBoolean()).isTrue();
            assertThat(withheld(view)).contains("missingItems", "history.note", "decisions.initialReview");
        }

        Api.Response completed = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/completion",
                Map.of("statement", "Tangkapan layar dan tautan terlampir."), "X-Access-Code", f.accessCode());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti melanggar netralitas."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));

        for (String outsider : List.of("bawaslu.banten", "bawaslu.ri", "examiner", "examiner.approver", "ppk.serang")) {
            JsonNode view = viewOf(outsider, f.caseId());
            assertThat(view.toString()).as("%s reads what the report was missing", outsider).doesNotContain("KEKURANGAN-7Q3Z");
            assertThat(view.path("missingItems").isNull()).isTrue();
            JsonNode asked = historyEntry(view, "AWAITING_COMPLETION");
            assertThat(asked.path("note").isNull()).isTrue();
            assertThat(asked.path("noteWithheld").asBoolean()).isTrue();
            assertThat(withheld(view)).contains("missingItems", "history.note");
            // The notes meant for everyone stay: the recommendation's number.
            assertThat(historyEntry(view, "RECOMMENDATION_ISSUED").path("note").asText()).startsWith("Rekomendasi ");
        }
        JsonNode handling = viewOf("bawaslu.serang", f.caseId());
        assertThat(handling.path("missingItems").asText()).isEqualTo(missing);
        assertThat(historyEntry(handling, "AWAITING_COMPLETION").path("note").asText()).isEqualTo(missing);
        assertThat(historyEntry(handling, "AWAITING_COMPLETION").path("noteWithheld").asBoolean()).isFalse();
        assertThat(withheld(handling)).isEmpty();
    }

    @Test
    void theReportersWithdrawalReasonStaysWithTheHandlingOffice() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        Api.Response withdrawn = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal",
                Map.of("reason", "Terlapor sudah meminta maaf ALASAN-CABUT-K8W2."), "X-Access-Code", f.accessCode());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        for (String overseer : List.of("bawaslu.banten", "bawaslu.ri")) {
            JsonNode view = viewOf(overseer, f.caseId());
            assertThat(view.toString()).as(overseer).doesNotContain("ALASAN-CABUT-K8W2");
            assertThat(view.path("status").asText()).isEqualTo("WITHDRAWN");
            assertThat(historyEntry(view, "WITHDRAWN").path("noteWithheld").asBoolean()).isTrue();
        }
        assertThat(historyEntry(viewOf("bawaslu.serang", f.caseId()), "WITHDRAWN").path("note").asText())
                .contains("ALASAN-CABUT-K8W2");
        // The examining agency and the PPK never see a withdrawn report at all.
        assertThat(api.as("examiner").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
    }

    @Test
    void ppkReadsTheRecommendationAndItsGroundsButNoHearingRecordsNorWitnessNamesWhileTheExaminerReadsTheNames() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        String today = id.netra.platform.Today.date().toString();
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTER", "name", REPORTER_NAME, "heldOn", today, "summary", "Pelapor menyerahkan tangkapan layar."),
                Map.of("party", "WITNESS", "name", "Rahmat Hidayatullah", "heldOn", today,
                        "summary", "Saksi melihat unggahan KETERANGAN-SAKSI-P4."),
                Map.of("party", "REPORTED", "name", "Budi Santoso", "heldOn", today, "summary", "Terlapor mengakui unggahan."))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi ANALISIS-KAJIAN-M5."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false,
                "notes", "Perjelas kronologi CATATAN-PLENO-J6.")));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi ANALISIS-KAJIAN-M5, kronologi diperjelas."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());

        // The examining agency reads what it examines: the hearings with the names of those heard, the analysis, the
        // plenary's notes; but not the report's own witness list with contacts, and the reporter stays "Pelapor".
        JsonNode examiner = viewOf("examiner", f.caseId());
        assertThat(examiner.path("hearings").toString()).contains("Rahmat Hidayatullah", "KETERANGAN-SAKSI-P4", "Budi Santoso", "Pelapor");
        assertThat(examiner.path("assessment").path("analysis").asText()).contains("ANALISIS-KAJIAN-M5");
        assertThat(examiner.path("decisions").toString()).contains("CATATAN-PLENO-J6");
        assertThat(historyEntry(examiner, "UNDER_ASSESSMENT").toString()).contains("klarifikasi");
        assertThat(examiner.toString()).contains("CATATAN-PLENO-J6");
        assertThat(examiner.path("witnesses").isArray()).isTrue();
        assertThat(examiner.path("witnesses")).isEmpty();
        assertThat(examiner.toString()).doesNotContain("0812 1111 2222");
        assertThat(withheld(examiner)).contains("witnesses").doesNotContain("hearings", "assessment.analysis");

        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti mengunggah dukungan PERTIMBANGAN-PEMERIKSA-R7."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true, "notes", "Setuju."));

        JsonNode ppk = viewOf("ppk.serang", f.caseId());
        String body = ppk.toString();
        // The recommendation and its grounds.
        assertThat(ppk.path("examination").path("outcome").asText()).isEqualTo("PROVEN");
        assertThat(ppk.path("examination").path("recommendedSanction").asText()).isEqualTo("DISCIPLINE_MEDIUM");
        assertThat(ppk.path("examination").path("reasoning").asText()).contains("PERTIMBANGAN-PEMERIKSA-R7");
        assertThat(ppk.path("assessment").path("conclusion").asText()).isEqualTo("NEUTRALITY_VIOLATION");
        assertThat(ppk.path("assessment").path("violationTypes").toString()).contains("SOCIAL_MEDIA");
        assertThat(ppk.path("letters").toString()).contains("RECOMMENDATION");
        assertThat(ppk.path("decisions").toString()).contains("PERTIMBANGAN-PEMERIKSA-R7");
        // No hearing records, no names of those heard, no analysis, no plenary notes.
        assertThat(ppk.path("hearings").isArray()).isTrue();
        assertThat(ppk.path("hearings")).isEmpty();
        assertThat(ppk.path("assessment").path("analysis").isNull()).isTrue();
        assertThat(body).doesNotContain("Rahmat Hidayatullah", "KETERANGAN-SAKSI-P4", "ANALISIS-KAJIAN-M5", "CATATAN-PLENO-J6",
                "Siti Aminah", "0812 1111 2222");
        assertThat(withheld(ppk)).contains("hearings", "witnesses", "assessment.analysis", "assessment.extensionReason",
                "decisions.clarification", "decisions.assessment", "decisions.plenaryDecision", "history.note");
        for (JsonNode d : ppk.path("decisions")) {
            assertThat(d.path("taskKey").asText()).isIn(FlowNodes.EXAMINATION, "ppkReminder", "ppkDeadlinePassed",
                    FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.FOLLOW_UP_VERIFICATION, FlowNodes.NON_COMPLIANCE_WARNING,
                    FlowNodes.PERSONNEL_DATA_BLOCK, FlowNodes.NON_COMPLIANCE_ESCALATION);
        }
    }
}
