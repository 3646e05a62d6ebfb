package id.netra.web;

import id.netra.intake.ReportRequest;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormInput;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text area counts a line break as one character for its {@code maxlength}, but the browser sends it as CR LF: the
 * server counts as the browser does — in a page's form (URL-encoded or multipart) and in the API alike — so a text with
 * line breaks typed exactly to the page's limit is taken, and kept with LF; one character more is refused, naming the
 * field.
 */
class LineBreaksAtTheLimitIT extends IntegrationTest {

    /** A text area's value of {@code length} characters: lines of up to 60, a blank line now and then, LF between. */
    static String typed(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int line = 1; sb.length() < length; line++) {
            if (sb.length() > 0) {
                sb.append(line % 7 == 0 ? "\n\n" : "\n");
            }
            sb.append("Baris ").append(line).append(": camat hadir di acara kampanye.");
        }
        // Exactly length characters, no space or line break at its end (the text's edges are not the point here).
        sb.setLength(length);
        for (int i = sb.length() - 1; Character.isWhitespace(sb.charAt(i)); i--) {
            sb.setCharAt(i, '.');
        }
        return sb.toString();
    }

    /** As the browser sends the text area's value: every line break CR LF. */
    static String sent(String typed) {
        return typed.replace("\n", "\r\n");
    }

    private String description(String trackingNumber) {
        return jdbc.sql("SELECT description FROM case_file WHERE tracking_number = :tn").param("tn", trackingNumber)
                .query(String.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withDescription(String description) {
        Map<String, Object> body = Reports.report("36.04", "PEMDA-36.04");
        Map<String, Object> incident = new LinkedHashMap<>((Map<String, Object>) body.get("incident"));
        incident.put("description", description);
        body.put("incident", incident);
        return body;
    }

    @Test
    void theReportPageAndTheApiCountALineBreakAsTheTextAreaDoes() {
        int limit = ReportRequest.MAX_DESCRIPTION;
        String atLimit = typed(limit);
        String over = typed(limit + 1);
        assertThat(atLimit).hasSize(limit).contains("\n\n");
        assertThat(sent(atLimit).length()).as("sent, it is longer than the limit").isGreaterThan(limit + 200);

        Pages browser = new Pages(port);
        assertThat(browser.get("/lapor").attribute("incident-description", "maxlength")).isEqualTo(String.valueOf(limit));
        Map<String, String> form = Reports.pageForm();
        form.put("incident.description", sent(atLimit));
        Pages.Page filed = browser.post("/lapor", form);
        assertThat(filed.status()).as(filed.text("problems")).isEqualTo(303);
        assertThat(description(browser.follow(filed).text("trackingNumber"))).isEqualTo(atLimit);

        Pages again = new Pages(port);
        again.get("/lapor");
        form.put("incident.description", sent(over));
        Pages.Page refused = again.post("/lapor", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("incident-description-error")).isEqualTo("Paling panjang 20.000 karakter.");

        Api.Response kept = api.post("/api/v1/public/reports", withDescription(sent(atLimit)));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(description(kept.text("trackingNumber"))).isEqualTo(atLimit);
        Api.Response tooLong = api.post("/api/v1/public/reports", withDescription(sent(over)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").findValuesAsText("field")).containsExactly("incident.description");
    }

    private String notes(UUID caseId) {
        return jdbc.sql("SELECT payload ->> 'notes' FROM case_decision WHERE case_id = :id AND task_key = :key")
                .param("id", caseId).param("key", FlowNodes.INITIAL_REVIEW).query(String.class).single();
    }

    @Test
    void aTaskPageAndTheTaskApiCountALineBreakAsTheTextAreaDoes() {
        int limit = FormInput.MAX_TEXT;
        String atLimit = typed(limit);
        String over = typed(limit + 1);

        Filed onThePage = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/tugas/" + driver.taskId("bawaslu.serang", onThePage.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        assertThat(officer.get(path).attribute("notes", "maxlength")).isEqualTo(String.valueOf(limit));
        Map<String, List<String>> form = new LinkedHashMap<>(Map.of("action", List.of("complete"),
                "formalRequirementsMet", List.of("true"), "materialRequirementsMet", List.of("true"), "notes", List.of(sent(over))));
        Pages.Page refused = officer.postMultipart(path, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("notes-error")).isEqualTo("Paling panjang 20000 karakter.");
        form.put("notes", List.of(sent(atLimit)));
        Pages.Page done = officer.postMultipart(path, form);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(notes(onThePage.caseId())).isEqualTo(atLimit);

        Filed byTheApi = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String complete = "/api/v1/tasks/" + driver.taskId("bawaslu.serang", byTheApi.caseId(), FlowNodes.INITIAL_REVIEW) + "/complete";
        Api.Response tooLong = api.as("bawaslu.serang").post(complete,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true, "notes", sent(over)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").findValuesAsText("field")).containsExactly("notes");
        Api.Response kept = api.as("bawaslu.serang").post(complete,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true, "notes", sent(atLimit)));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(notes(byTheApi.caseId())).isEqualTo(atLimit);
    }
}
