package id.netra.casefile;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.intake.WithdrawalRequest;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note of the status history is composed from a form field: a field filled to its limit is accepted and kept whole
 * (the note column once held 400 characters, and such a step answered 500); one character more is a 400 naming the
 * field.
 */
class StatusNoteLengthIT extends IntegrationTest {

    private static String text(char c, int length) {
        return String.valueOf(c).repeat(length);
    }

    private void assertRefusedNaming(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").findValuesAsText("field")).contains(field);
    }

    private Api.Response complete(String user, UUID caseId, String key, Object body) {
        return api.as(user).post("/api/v1/tasks/" + driver.taskId(user, caseId, key) + "/complete", body);
    }

    private String noteTo(UUID caseId, String toStatus) {
        JsonNode view = driver.caseAs("bawaslu.serang", caseId);
        String last = null;
        for (JsonNode h : view.path("history")) {
            if (h.path("to").asText().equals(toStatus)) {
                last = h.path("note").asText(null);
            }
        }
        return last;
    }

    @Test
    void plenaryRejectionNoteOfTheFieldsLimitIsKeptWholeAndOneMoreIsRefusedByName() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        assertRefusedNaming(complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION,
                Plenary.meeting(Map.of("approved", false, "notes", text('p', FormInput.MAX_TEXT + 1)))), "notes");
        Api.Response r = complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION,
                Plenary.meeting(Map.of("approved", false, "notes", text('p', FormInput.MAX_TEXT))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(noteTo(f.caseId(), "UNDER_ASSESSMENT")).endsWith(text('p', FormInput.MAX_TEXT));
    }

    @Test
    void verificationRejectionNoteOfTheFieldsLimitIsKeptWholeAndOneMoreIsRefusedByName() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/7/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        assertRefusedNaming(complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION,
                Map.of("accepted", false, "notes", text('v', FormInput.MAX_TEXT + 1))), "notes");
        Api.Response r = complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION,
                Map.of("accepted", false, "notes", text('v', FormInput.MAX_TEXT)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(noteTo(f.caseId(), "RECOMMENDATION_ISSUED")).endsWith(text('v', FormInput.MAX_TEXT));
        // The PPK, to whom the follow-up goes back, reads why.
        assertThat(driver.caseAs("ppk.serang", f.caseId()).path("history").toString()).contains(text('v', FormInput.MAX_TEXT));
    }

    @Test
    void missingItemsOfTheFieldsLimitAreKeptWholeAndOneMoreIsRefusedByName() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        assertRefusedNaming(complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", false,
                "materialRequirementsMet", true, "missingItems", text('m', FormInput.MAX_TEXT + 1))), "missingItems");
        Api.Response r = complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", false,
                "materialRequirementsMet", true, "missingItems", text('m', FormInput.MAX_TEXT)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(noteTo(f.caseId(), "AWAITING_COMPLETION")).isEqualTo(text('m', FormInput.MAX_TEXT));
        assertThat(api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", f.accessCode()).text("missingItems"))
                .isEqualTo(text('m', FormInput.MAX_TEXT));
    }

    @Test
    void withdrawalReasonOfTheFieldsLimitIsKeptWholeAndOneMoreIsRefusedByName() {
        int limit = WithdrawalRequest.MAX_REASON;
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String path = "/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal";
        assertRefusedNaming(api.post(path, Map.of("reason", text('w', limit + 1)), "X-Access-Code", f.accessCode()), "reason");
        Api.Response r = api.post(path, Map.of("reason", text('w', limit)), "X-Access-Code", f.accessCode());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("WITHDRAWN");
        assertThat(noteTo(f.caseId(), "WITHDRAWN")).endsWith(text('w', limit));
    }
}
