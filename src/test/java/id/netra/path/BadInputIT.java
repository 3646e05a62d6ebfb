package id.netra.path;

import id.netra.support.Plenary;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear problem-details answer naming the field, in Indonesian, and nothing is half-saved. */
class BadInputIT extends IntegrationTest {

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    private static void assertInvalid(Api.Response r, String... fields) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("title").asText()).isEqualTo("Data tidak valid");
        List<String> named = r.json().path("errors").findValuesAsText("field");
        assertThat(named).as(r.body()).contains(fields);
        r.json().path("errors").forEach(e -> assertThat(e.path("message").asText()).isNotBlank());
        assertThat(r.body()).doesNotContain("Exception", "at id.netra");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @Test
    void malformedJsonAndUnknownFieldsAreNamed() {
        long before = cases();
        assertInvalid(api.post("/api/v1/public/reports", "{\"electionType\": \"PEMILU\", \"reporter\": {"), "body");
        assertInvalid(api.post("/api/v1/public/reports", ""), "body");
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        part(body, "reporter").put("nickname", "x");
        assertInvalid(api.post("/api/v1/public/reports", body), "reporter.nickname");
        Map<String, Object> badEnum = report("36.04", "PEMDA-36.04");
        badEnum.put("electionType", "PILPRES");
        assertInvalid(api.post("/api/v1/public/reports", badEnum), "electionType");
        Map<String, Object> badDate = report("36.04", "PEMDA-36.04");
        part(badDate, "incident").put("date", "2024-13-45");
        assertInvalid(api.post("/api/v1/public/reports", badDate), "incident.date");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void identifiersRegionsAndAgenciesAreChecked() {
        long before = cases();
        Map<String, Object> body = report("99.99", "PEMDA-99.99");
        part(body, "reporter").put("nik", "3604013102850003"); // 31 February
        part(body, "reported").put("nip", "198609261980051001"); // appointed before birth
        Api.Response r = api.post("/api/v1/public/reports", body);
        assertInvalid(r, "reporter.nik", "reported.nip", "incident.regionCode", "reported.agencyCode");
        assertThat(r.body()).contains("tanggal lahir", "setelah tanggal lahir");

        Map<String, Object> sex = report("36.04", "PEMDA-36.04");
        part(sex, "reported").put("nip", "198609262015053001");
        assertThat(api.post("/api/v1/public/reports", sex).body()).contains("jenis kelamin");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void requiredFieldsAreNamed() {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        body.remove("reporter");
        part(body, "incident").remove("description");
        part(body, "reported").put("name", " ");
        assertInvalid(api.post("/api/v1/public/reports", body), "incident.description", "reported.name");
        Map<String, Object> noReporter = report("36.04", "PEMDA-36.04");
        noReporter.remove("reporter");
        assertInvalid(api.post("/api/v1/public/reports", noReporter), "reporter");
        Map<String, Object> knownBefore = report("36.04", "PEMDA-36.04");
        part(knownBefore, "incident").put("knownOn", "2020-01-01");
        assertInvalid(api.post("/api/v1/public/reports", knownBefore), "incident.knownOn");
    }

    @Test
    void oversizedBodiesAre413DeclaredOrStreamed() throws Exception {
        // Far over netra.limits.max-body-bytes (8 MiB), which every body the API declares fits (RequestBodyLimitsIT).
        String huge = "{\"x\":\"" + "a".repeat(9 << 20) + "\"}";
        Api.Response declared = api.post("/api/v1/public/reports", huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.text("detail")).isEqualTo("Isi permintaan melebihi batas 8388608 byte.");

        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))).build();
        HttpResponse<String> streamed = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);

        // A URL-encoded form (read whole into memory) over netra.limits.max-form-bytes (1 MiB), declared or streamed; a CSV
        // file (the holidays) over netra.limits.max-upload-bytes (64 KiB).
        byte[] form = ("trackingNumber=" + "a".repeat(1_100_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (boolean chunkedForm : new boolean[]{false, true}) {
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lapor/status"))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            HttpResponse<String> refused = HttpClient.newHttpClient().send(post.POST(chunkedForm
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))
                    : HttpRequest.BodyPublishers.ofByteArray(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(chunkedForm ? "streamed" : "declared").isEqualTo(413);
            assertThat(refused.body()).as(chunkedForm ? "streamed" : "declared").contains("1048576");
        }
        Api.Response csv = api.as("admin").send("POST", "/api/v1/admin/holidays/import",
                "date,name\n" + "2097-10-01,Hari Besar Sekali\n".repeat(3000), "text/csv");
        assertThat(csv.status()).isEqualTo(413);
        assertThat(csv.text("detail")).isEqualTo("Isi permintaan melebihi batas 65536 byte.");
    }

    @Test
    void formsRefuseWhatTheChosenOutcomeRequires() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String review = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Api officer = api.as("bawaslu.serang");
        assertInvalid(officer.post("/api/v1/tasks/" + review + "/complete",
                Map.of("formalRequirementsMet", false, "materialRequirementsMet", true)), "missingItems");
        assertInvalid(officer.post("/api/v1/tasks/" + review + "/complete",
                Map.of("formalRequirementsMet", "ya", "materialRequirementsMet", true)), "formalRequirementsMet");
        assertInvalid(officer.post("/api/v1/tasks/" + review + "/complete",
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true, "verdict", "ok")), "verdict");
        assertInvalid(officer.post("/api/v1/tasks/" + review + "/complete",
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true, "transferToOffice", "99.99")), "transferToOffice");
        assertInvalid(officer.post("/api/v1/tasks/" + review + "/complete", "[1,2]"), "body");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");

        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        String clarification = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        var hearings = officer.get("/api/v1/tasks/" + clarification).json().path("fields").get(0);
        assertThat(hearings.path("maxItems").asInt()).isEqualTo(50);
        assertThat(hearings.path("items").findValues("name").stream().map(n -> n.asText()).toList())
                .containsExactly("party", "name", "heldOn", "summary");
        assertThat(hearings.path("options").size()).isEqualTo(4);
        assertInvalid(officer.post("/api/v1/tasks/" + clarification + "/complete", Map.of("hearings", List.of())), "hearings");
        assertInvalid(officer.post("/api/v1/tasks/" + clarification + "/complete", Map.of("hearings", List.of(
                Map.of("party", "JUDGE", "name", "", "heldOn", "kemarin")))), "hearings[0].party", "hearings[0].name",
                "hearings[0].heldOn", "hearings[0].summary");
        driver.toPlenary(f.caseId(), "NOT_A_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false, "notes", "Kaji ulang.")));
        String assessment = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT);
        assertInvalid(officer.post("/api/v1/tasks/" + assessment + "/complete",
                Map.of("conclusion", "NEUTRALITY_VIOLATION", "analysis", "x")), "violationTypes");
        assertInvalid(officer.post("/api/v1/tasks/" + assessment + "/complete",
                Map.of("conclusion", "OTHER_VIOLATION", "analysis", "x")), "otherRoute");
        assertInvalid(officer.post("/api/v1/tasks/" + assessment + "/complete",
                Map.of("conclusion", "NEUTRALITY_VIOLATION", "violationTypes", List.of("GOSSIP"), "analysis", "x")), "violationTypes[0]");
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_ASSESSMENT");
    }

    @Test
    void examinationAndFollowUpFormsToo() {
        Filed f = driver.toExamination(report("36.04", "PEMDA-36.04"));
        String exam = driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION);
        assertInvalid(api.as("examiner").post("/api/v1/tasks/" + exam + "/complete", Map.of("outcome", "PROVEN", "reasoning", "x")),
                "moralSanction", "disciplinarySanction");
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "MORAL_CLOSED", "reasoning", "x"));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        String confirm = driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        // An earlier release's one sanction is read as the recommended (moral) one's: its errors name that kind's fields.
        assertInvalid(api.as("ppk.serang").post("/api/v1/tasks/" + confirm + "/complete", Map.of("sanctionImposed", true)),
                "moralSanction", "moralDecreeNumber", "moralDecreeDate");
        assertInvalid(api.as("ppk.serang").post("/api/v1/tasks/" + confirm + "/complete", Map.of("sanctionImposed", true,
                "sanctionClass", "MORAL_CLOSED", "decreeNumber", "1", "decreeDate", "2999-01-01")), "moralDecreeDate");
        assertInvalid(api.as("ppk.serang").post("/api/v1/tasks/" + confirm + "/complete", Map.of("moralImposed", true,
                "moralSanction", "MORAL_CLOSED", "moralDecreeNumber", "1", "moralDecreeDate", "2999-01-01")), "moralDecreeDate");
    }

    @Test
    void unauthenticatedAndUnknownAnswerProblemDetails() {
        Api.Response anonymous = api.get("/api/v1/tasks");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/cases").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/findings", Map.of()).status()).isEqualTo(401);
        Api.Response wrongPassword = Api.anonymous(port).get("/api/v1/me", "Authorization", "Basic YmF3YXNsdS5zZXJhbmc6d3Jvbmc=");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertInvalid(api.as("bawaslu.serang").get("/api/v1/cases/not-a-uuid"), "id");
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as("bawaslu.serang").get("/api/v1/tasks/nope").status()).isEqualTo(404);
        assertInvalid(api.as("bawaslu.serang").get("/api/v1/cases?size=1000"), "size");
        assertInvalid(api.as("bawaslu.serang").get("/api/v1/cases?status=LOST"), "status");
        assertThat(api.get("/api/v1/public/reports/LPR-2026-NOPE", "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }
}
