package id.netra.path;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.CaseDriver.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "How it will be tried", over real HTTP: one report names the camat of Kabupaten Serang and two lurah of Kota
 * Serang; one plenary finds the camat and the first lurah in violation; their tracks go to two PPKs, of whom
 * Kabupaten Serang sanctions and Kota Serang lets its deadline pass; each PPK reads the case through its own person.
 */
class SeveralPersonsPathIT extends IntegrationTest {

    private static final Map<String, Object> PROVEN = Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
            "reasoning", "Terbukti melanggar netralitas.");

    private static Map<String, Object> sanctioned(String decree) {
        return Map.of("sanctionImposed", true, "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", decree,
                "decreeDate", id.netra.platform.Today.date().toString());
    }

    @Test
    void oneReportThreePersonsTwoPpks() {
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah());
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        // The shared text names every person: each PPK must read only its own.
        incident.put("description", incident.get("description") + " Hadir Camat Budi Santoso (NIP 198609262015051001), Lurah "
                + "Rina Marlina (NIP 19900101 201503 2 001) dan Lurah Dedi Kurniawan.");
        Filed f = driver.toRegistered(body);
        List<UUID> p = driver.persons(f.caseId());
        assertThat(p).hasSize(3);
        UUID camat = p.get(0);
        UUID lurah1 = p.get(1);
        UUID lurah2 = p.get(2);
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");

        // The plenary's form asks for a decision per person, and refuses one that is not whole.
        String plenary = driver.taskId("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION);
        // A task on the whole case: its inbox row names every person with their agency, and the case's status.
        JsonNode plenaryRow = driver.task("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION).orElseThrow();
        assertThat(plenaryRow.at("/caseSummary/persons").findValuesAsText("name"))
                .containsExactly(Reports.CAMAT, Reports.LURAH_1, Reports.LURAH_2);
        assertThat(plenaryRow.at("/caseSummary/persons").findValuesAsText("agencyCode"))
                .containsExactly("PEMDA-36.04", "PEMDA-36.73", "PEMDA-36.73");
        assertThat(plenaryRow.at("/caseSummary/status").asText()).isEqualTo("AWAITING_PLENARY");
        assertThat(plenaryRow.at("/caseSummary/statusLabel").asText()).isEqualTo("Menunggu rapat pleno");
        JsonNode form = api.as("komisioner.serang").get("/api/v1/tasks/" + plenary).json();
        assertThat(form.path("fields").findValuesAsText("name")).contains("approved", "persons");
        assertThat(form.path("caseSummary").path("reportedPersons")).hasSize(3);
        assertRefused(plenary, List.of(finding(camat, true), finding(lurah1, true)), "persons");
        assertRefused(plenary, List.of(finding(camat, true), finding(camat, false), finding(lurah1, true), finding(lurah2, false)),
                "persons[1].personId");
        assertRefused(plenary, List.of(finding(UUID.randomUUID(), true), finding(lurah1, true), finding(lurah2, false)),
                "persons[0].personId");
        assertRefused(plenary, List.of(finding(camat, false), finding(lurah1, false), finding(lurah2, false)), "persons");
        Api.Response decided = api.as("komisioner.serang").post("/api/v1/tasks/" + plenary + "/complete", Plenary.meeting(Map.of("approved", true,
                "persons", List.of(finding(camat, true), finding(lurah1, true), finding(lurah2, false)))));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_EXAMINATION");
        // The answer says what the decision led to as the commissioner reads the case: its status, and no task of theirs
        // left on it (the examinations are the examining agency's).
        assertThat(decided.text("caseId")).isEqualTo(f.caseId().toString());
        assertThat(decided.text("status")).isEqualTo("UNDER_EXAMINATION");
        assertThat(decided.json().path("openTasks")).isEmpty();

        // One examination per person found in violation, each named in the inbox.
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, camat).orElseThrow().path("personName").asText())
                .isEqualTo(Reports.CAMAT);
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, lurah1)).isPresent();
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, lurah2)).as("not found in violation").isEmpty();
        // The examiner completing one person's examination is told of their next task on the case: the other person's
        // examination (the approval that follows is the approver's, not theirs).
        String camatsExamination = driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, camat).orElseThrow().path("id").asText();
        Api.Response camatExamined = api.as("examiner").post("/api/v1/tasks/" + camatsExamination + "/complete", PROVEN);
        assertThat(camatExamined.status()).as(camatExamined.body()).isEqualTo(200);
        assertThat(camatExamined.json().path("openTasks").findValuesAsText("key")).containsExactly(FlowNodes.EXAMINATION);
        assertThat(camatExamined.json().path("openTasks").findValuesAsText("personId")).containsExactly(lurah1.toString());
        for (UUID person : List.of(camat, lurah1)) {
            if (!person.equals(camat)) {
                driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, PROVEN);
            }
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        }
        JsonNode examined = driver.caseAs("examiner", f.caseId());
        String camatNumber = person(examined, camat).path("recommendation").path("number").asText();
        String lurahNumber = person(examined, lurah1).path("recommendation").path("number").asText();
        assertThat(camatNumber).startsWith("R-").isNotEqualTo(lurahNumber);
        assertThat(lurahNumber).startsWith("R-");
        assertThat(person(examined, lurah2).path("violationProvenByPlenary").asBoolean(true)).isFalse();
        assertThat(person(examined, lurah2).path("track").isNull()).as("no track: not forwarded").isTrue();

        // Each PPK reads the case only through its own person: never the other's name or recommendation.
        JsonNode kabupaten = driver.caseAs("ppk.serang", f.caseId());
        assertThat(kabupaten.path("reportedPersons")).hasSize(1);
        assertThat(kabupaten.path("reported").path("name").asText()).isEqualTo(Reports.CAMAT);
        assertThat(kabupaten.toString()).contains(camatNumber).doesNotContain(lurahNumber, Reports.LURAH_1, Reports.LURAH_2,
                lurah1.toString(), lurah2.toString());
        JsonNode kota = driver.caseAs("ppk.kotaserang", f.caseId());
        assertThat(kota.path("reportedPersons")).hasSize(1);
        assertThat(kota.path("reported").path("name").asText()).isEqualTo(Reports.LURAH_1);
        assertThat(kota.toString()).contains(lurahNumber).doesNotContain(camatNumber, Reports.CAMAT, Reports.LURAH_2,
                camat.toString(), lurah2.toString(), Reports.REPORTER_NAME, Reports.REPORTER_NIK);
        assertThat(api.as("ppk.pandeglang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(kabupaten.path("incident").path("description").asText()).contains("Budi Santoso", "[terlapor lain]")
                .doesNotContain("199001012015032001", "19900101 201503 2 001", "Rina", "Dedi");
        assertThat(kota.path("incident").path("description").asText()).contains("Rina Marlina").doesNotContain("198609262015051001");
        assertThat(driver.caseAs("examiner", f.caseId()).path("incident").path("description").asText())
                .contains("Budi Santoso", "Rina Marlina", "Dedi Kurniawan");
        // Found by their own person's name, never by the other's.
        assertThat(search("ppk.kotaserang", "Rina")).contains(f.caseId().toString());
        assertThat(search("ppk.kotaserang", "Budi Santoso")).doesNotContain(f.caseId().toString());
        assertThat(search("ppk.serang", "Rina")).doesNotContain(f.caseId().toString());
        assertThat(search("ppk.serang", "19900101 201503 2 001")).doesNotContain(f.caseId().toString());
        assertThat(search("ppk.kotaserang", "19900101 201503 2 001")).contains(f.caseId().toString());
        assertThat(search("examiner", "1990.0101.2015.0320.01")).contains(f.caseId().toString());
        // A PPK has the task of its own person only, and cannot open the other's.
        JsonNode kotaRow = driver.task("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, lurah1).orElseThrow();
        String kotaTask = kotaRow.path("id").asText();
        // The inbox row says of its case what the PPK reads of it: its own person with the agency, its track's status.
        assertThat(kotaRow.at("/caseSummary/persons").findValuesAsText("name")).containsExactly(Reports.LURAH_1);
        assertThat(kotaRow.at("/caseSummary/persons/0/agencyCode").asText()).isEqualTo("PEMDA-36.73");
        assertThat(kotaRow.at("/caseSummary/status").asText()).isEqualTo("RECOMMENDATION_ISSUED");
        assertThat(kotaRow.at("/caseSummary/electionType").asText()).isEqualTo("PILKADA");
        assertThat(kotaRow.toString()).doesNotContain(Reports.CAMAT, Reports.LURAH_2);
        assertThat(driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, lurah1)).isEmpty();
        assertThat(api.as("ppk.serang").get("/api/v1/tasks/" + kotaTask).status()).isEqualTo(404);
        assertThat(api.as("ppk.serang").post("/api/v1/tasks/" + kotaTask + "/complete", sanctioned("800/1/2026")).status()).isEqualTo(404);

        // Kabupaten Serang sanctions the camat; the case waits for Kota Serang.
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat, sanctioned("800/12/2026"));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, camat, Map.of("accepted", true));
        assertThat(track(driver.caseAs("examiner", f.caseId()), camat)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(driver.status(f.caseId())).isEqualTo("RECOMMENDATION_ISSUED");

        // Kota Serang lets its deadline pass: only the lurah's data is blocked, only the lurah's track is escalated.
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, lurah1);
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_OVERDUE");
        JsonNode overdue = driver.caseAs("ppk.kotaserang", f.caseId());
        assertThat(person(overdue, lurah1).path("track").path("status").asText()).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, lurah1)).isPresent();
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, camat)).isEmpty();
        driver.warnAndBlock(f.caseId(), lurah1);
        assertThat(person(driver.caseAs("ppk.kotaserang", f.caseId()), lurah1).path("personnelDataBlocked").asBoolean()).isTrue();
        assertThat(person(driver.caseAs("examiner", f.caseId()), camat).path("personnelDataBlocked").asBoolean()).isFalse();
        assertThat(driver.task("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, lurah1)).as("stays open").isPresent();
        JsonNode kabupatenAfter = driver.caseAs("ppk.serang", f.caseId());
        assertThat(kabupatenAfter.toString()).doesNotContain(Reports.LURAH_1);
        // Kabupaten Serang reads the case as its own person's track makes it: its part is done; the other PPK's
        // lapse, and the history entries it caused, are not its to read.
        assertThat(kabupatenAfter.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
        List<String> kabupatenHistory = kabupatenAfter.path("history").findValuesAsText("to");
        assertThat(kabupatenHistory).doesNotContain("FOLLOW_UP_OVERDUE").endsWith("RECOMMENDATION_ISSUED", "FOLLOW_UP_REPORTED",
                "CLOSED_SANCTIONED");
        assertThat(api.as("ppk.serang").get("/api/v1/cases?size=200&status=FOLLOW_UP_OVERDUE").json().path("items").findValuesAsText("id"))
                .as("filtered by its own tracks' status").doesNotContain(f.caseId().toString());
        assertThat(api.as("ppk.serang").get("/api/v1/cases?size=200&status=CLOSED_SANCTIONED").json().path("items").findValuesAsText("id"))
                .contains(f.caseId().toString());
        assertThat(api.as("ppk.kotaserang").get("/api/v1/cases?size=200&status=FOLLOW_UP_OVERDUE").json().path("items").findValuesAsText("id"))
                .contains(f.caseId().toString());
        JsonNode listed = api.as("ppk.serang").get("/api/v1/cases?q=Budi").json().path("items");
        assertThat(listed).anySatisfy(i -> {
            assertThat(i.path("id").asText()).isEqualTo(f.caseId().toString());
            assertThat(i.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
            assertThat(i.path("reportedName").asText()).isEqualTo(Reports.CAMAT);
            assertThat(i.path("reportedPersons").asInt()).isEqualTo(1);
        });

        driver.complete("examiner", f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, lurah1,
                Map.of("escalationLetterNumber", "B-77/KASN/2026"));
        driver.complete("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, lurah1, sanctioned("800/3/2026"));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, lurah1, Map.of("accepted", true));

        JsonNode closed = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
        assertThat(track(closed, camat)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(track(closed, lurah1)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(person(closed, lurah1).path("personnelDataBlocked").asBoolean()).isFalse();
        assertThat(closed.path("letters").findValuesAsText("number")).contains(camatNumber, lurahNumber, "B-77/KASN/2026");
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).json().toString()).doesNotContain("B-77/KASN/2026");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).count()).isZero();
    }

    private static Map<String, Object> finding(UUID person, boolean proven) {
        return Map.of("personId", person.toString(), "violationProven", proven);
    }

    private void assertRefused(String task, List<Map<String, Object>> persons, String field) {
        Api.Response r = api.as("komisioner.serang").post("/api/v1/tasks/" + task + "/complete",
                Plenary.meeting(Map.of("approved", true, "persons", persons)));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").findValuesAsText("field")).as(r.body()).contains(field);
    }

    private static String track(JsonNode view, UUID id) {
        return person(view, id).path("track").path("status").asText();
    }

    private List<String> search(String user, String q) {
        Api.Response r = api.as(user).get("/api/v1/cases?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
