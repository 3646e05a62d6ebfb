package id.netra.access;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.DayUnit;
import id.netra.deadline.ElectionType;
import id.netra.deadline.RuleClock;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators keep the rule-set numbers, offices, agencies and regions; validated, audited, admins only. */
class ReferenceAdministrationIT extends IntegrationTest {

    @Autowired
    BusinessCalendar calendar;

    private static Map<String, Object> pilkadaDefaults() {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("reportFilingWorkingDays", 7);
        n.put("initialReviewDays", 2);
        n.put("completionDays", 2);
        n.put("assessmentWorkingDays", 3);
        n.put("assessmentExtendedWorkingDays", 5);
        n.put("examinationWorkingDays", 14);
        n.put("ppkFollowUpWorkingDays", 14);
        n.put("ppkReminderWorkingDays", 3);
        return n;
    }

    private Api.Response put(String path, Object body) {
        return api.as("admin").send("PUT", path, body instanceof String s ? s : toJson(body), "application/json");
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The due moment of the assessment's timer on the case's process instance. */
    private java.util.Date assessmentTimer(Filed f) {
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(pi).activityId(id.netra.workflow.FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE)
                .timers().singleResult().getDuedate();
    }

    private static String due(Api.Response caseDetail, String kind) {
        for (JsonNode d : caseDetail.json().path("deadlines")) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("dueOn").asText();
            }
        }
        return null;
    }

    @Test
    void ruleSetNumbersAreSetValidatedAuditedAndHoldForNewDeadlines() {
        Api.Response rules = api.as("admin").get("/api/v1/admin/rules");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().path("zone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(rules.json().path("ruleSets").get(1).path("source").asText()).isEqualTo("configuration");
        assertThat(rules.json().path("ruleSets").get(1).path("numbers").path("assessmentWorkingDays").asInt()).isEqualTo(3);
        // The answer of the first release, with each clock's unit beside its number, and the finding's clock.
        JsonNode pilkada = rules.json().path("ruleSets").get(1).path("numbers");
        assertThat(pilkada.path("assessmentUnit").asText()).isEqualTo("CALENDAR");
        assertThat(pilkada.path("examinationUnit").asText()).isEqualTo("WORKING");
        assertThat(pilkada.path("findingDays").asInt()).isEqualTo(7);
        assertThat(pilkada.path("findingUnit").asText()).isEqualTo("CALENDAR");
        assertThat(pilkada.size()).isEqualTo(2 * RuleClock.values().length);

        Map<String, Object> bad = new HashMap<>(pilkadaDefaults());
        bad.put("initialReviewDays", 0);
        bad.put("assessmentExtendedWorkingDays", 2);
        bad.remove("examinationWorkingDays");
        Api.Response refused = put("/api/v1/admin/rules/PILKADA", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"initialReviewDays\"", "\"field\":\"examinationWorkingDays\"", "1 sampai 365");
        Map<String, Object> order = new HashMap<>(pilkadaDefaults());
        order.put("assessmentExtendedWorkingDays", 2);
        order.put("ppkReminderWorkingDays", 14);
        assertThat(put("/api/v1/admin/rules/PILKADA", order).body())
                .contains("\"field\":\"assessmentExtendedWorkingDays\"", "\"field\":\"ppkReminderWorkingDays\"");
        assertThat(put("/api/v1/admin/rules/PILKADA", "{\"initialReviewDays\":\"dua\"}").status()).isEqualTo(400);
        assertThat(put("/api/v1/admin/rules/PEMILIHAN", pilkadaDefaults()).status()).isEqualTo(404);
        assertThat(calendar.term(ElectionType.PILKADA, RuleClock.INITIAL_REVIEW).days()).as("nothing written from bad input").isEqualTo(2);

        // Cases started before the change keep their deadlines, on the case, on its task and on its timer, through the
        // change and back: one in its initial review, one registered (its assessment's timer running).
        Filed before = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String beforeDue = due(api.as("bawaslu.serang").get("/api/v1/cases/" + before.caseId()), "INITIAL_REVIEW");
        assertThat(beforeDue).isEqualTo(calendar.today().plusDays(2).toString());
        String beforeTask = driver.task("bawaslu.serang", before.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW)
                .orElseThrow().path("due").asText();
        assertThat(beforeTask).startsWith(calendar.today().plusDays(2).toString().substring(0, 4));
        Filed registered = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        LocalDate assessmentDue = calendar.after(calendar.today(), calendar.term(ElectionType.PILKADA, RuleClock.ASSESSMENT));
        assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + registered.caseId()), "ASSESSMENT"))
                .isEqualTo(assessmentDue.toString());
        String registeredTask = driver.task("bawaslu.serang", registered.caseId(), id.netra.workflow.FlowNodes.CLARIFICATION)
                .orElseThrow().path("due").asText();
        java.util.Date timer = assessmentTimer(registered);
        assertThat(timer).isNotNull();
        Map<String, Object> longer = new HashMap<>(pilkadaDefaults());
        longer.put("initialReviewDays", 4);
        longer.put("assessmentWorkingDays", 4);
        try {
            Api.Response set = put("/api/v1/admin/rules/pilkada", longer);
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().path("source").asText()).isEqualTo("administrator");
            assertThat(set.json().path("changedBy").asText()).isEqualTo("admin");
            assertThat(calendar.term(ElectionType.PILKADA, RuleClock.INITIAL_REVIEW).days()).isEqualTo(4);
            assertThat(calendar.term(ElectionType.PEMILU, RuleClock.INITIAL_REVIEW).days()).isEqualTo(2);
            // The running cases, at once: their tasks' due dates and the timer as they were.
            assertThat(driver.task("bawaslu.serang", before.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW).orElseThrow()
                    .path("due").asText()).as("the running initial review's due").isEqualTo(beforeTask);
            assertThat(driver.task("bawaslu.serang", registered.caseId(), id.netra.workflow.FlowNodes.CLARIFICATION).orElseThrow()
                    .path("due").asText()).as("the running clarification's due").isEqualTo(registeredTask);
            assertThat(assessmentTimer(registered)).as("the running assessment timer").isEqualTo(timer);
            assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + registered.caseId()), "ASSESSMENT"))
                    .isEqualTo(assessmentDue.toString());

            // Cases started after it: the new numbers.
            Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
            Api.Response detail = api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId());
            assertThat(due(detail, "INITIAL_REVIEW")).isEqualTo(calendar.today().plusDays(4).toString());
            assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + before.caseId()), "INITIAL_REVIEW")).isEqualTo(beforeDue);
            Filed registeredAfter = driver.toRegistered(report("36.04", "PEMDA-36.04"));
            assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + registeredAfter.caseId()), "ASSESSMENT"))
                    .isEqualTo(calendar.after(calendar.today(), calendar.term(ElectionType.PILKADA, RuleClock.ASSESSMENT)).toString())
                    .isNotEqualTo(assessmentDue.toString());
            assertThat(assessmentTimer(registeredAfter)).as("a timer started after the change").isAfter(timer);
        } finally {
            assertThat(api.as("admin").send("DELETE", "/api/v1/admin/rules/PILKADA", null, null).status()).isEqualTo(204);
        }
        assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + before.caseId()), "INITIAL_REVIEW")).isEqualTo(beforeDue);
        assertThat(driver.task("bawaslu.serang", before.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW).orElseThrow()
                .path("due").asText()).isEqualTo(beforeTask);
        assertThat(api.as("admin").send("DELETE", "/api/v1/admin/rules/PILKADA", null, null).status()).isEqualTo(404);
        assertThat(calendar.term(ElectionType.PILKADA, RuleClock.INITIAL_REVIEW).days()).isEqualTo(2);
        String audit = api.as("admin").get("/api/v1/audit?user=admin").body();
        assertThat(audit).contains("RULES_SET", "RULES_RESET");
    }

    /**
     * Each clock's unit is read and set with its number; a body without units (the first release's) keeps the units in
     * force; a bad unit, or a pair of units that could end the wrong way round, is refused naming its field in the
     * client's language; a unit changed holds for deadlines computed after it, while a case's running deadline keeps its
     * date. On Thursday 24 December 2026, with Christmas and a weekend ahead: 2 days end on Saturday the 26th, 2
     * working days on Tuesday the 29th.
     */
    @Test
    void unitsAreSetKeptWhenLeftOutRefusedWhenBadAndHoldForDeadlinesComputedAfter() {
        clock.set(LocalDate.of(2026, 12, 24).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        Filed before = driver.fileReport(report("36.04", "PEMDA-36.04"));
        assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + before.caseId()), "INITIAL_REVIEW")).isEqualTo("2026-12-26");
        try {
            // The first release's body: its numbers, every unit as it was.
            Api.Response firstRelease = put("/api/v1/admin/rules/PILKADA", pilkadaDefaults());
            assertThat(firstRelease.status()).as(firstRelease.body()).isEqualTo(200);
            JsonNode numbers = firstRelease.json().path("numbers");
            assertThat(numbers.path("initialReviewUnit").asText()).isEqualTo("CALENDAR");
            assertThat(numbers.path("assessmentUnit").asText()).isEqualTo("CALENDAR");
            assertThat(numbers.path("ppkFollowUpUnit").asText()).isEqualTo("WORKING");
            assertThat(numbers.path("findingDays").asInt()).isEqualTo(7);

            Map<String, Object> badUnit = new HashMap<>(pilkadaDefaults());
            badUnit.put("initialReviewUnit", "WEEKS");
            Api.Response refused = put("/api/v1/admin/rules/PILKADA", badUnit);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("initialReviewUnit");
            assertThat(refused.body()).contains("CALENDAR, WORKING");
            Map<String, Object> crossed = new HashMap<>(pilkadaDefaults());
            crossed.put("assessmentUnit", "WORKING");
            crossed.put("assessmentExtendedUnit", "CALENDAR");
            Api.Response wrongWayRound = api.as("admin").send("PUT", "/api/v1/admin/rules/PILKADA", toJson(crossed), "application/json",
                    "Accept-Language", "en");
            assertThat(wrongWayRound.status()).isEqualTo(400);
            assertThat(wrongWayRound.json().path("errors").get(0).path("field").asText()).isEqualTo("assessmentExtendedUnit");
            assertThat(wrongWayRound.json().path("errors").get(0).path("message").asText()).contains("calendar days", "working days");
            assertThat(wrongWayRound.json().path("errors").get(0).path("code").asText()).isEqualTo("deadline.rules.extension.unit");
            assertThat(put("/api/v1/admin/rules/PILKADA", crossed).body()).contains("hari kalender", "hari kerja");
            assertThat(calendar.term(ElectionType.PILKADA, RuleClock.INITIAL_REVIEW).unit()).as("nothing written").isEqualTo(DayUnit.CALENDAR);

            Map<String, Object> working = new HashMap<>(pilkadaDefaults());
            working.put("initialReviewUnit", "WORKING");
            Api.Response set = put("/api/v1/admin/rules/PILKADA", working);
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().path("numbers").path("initialReviewUnit").asText()).isEqualTo("WORKING");
            Filed after = driver.fileReport(report("36.04", "PEMDA-36.04"));
            assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + after.caseId()), "INITIAL_REVIEW")).isEqualTo("2026-12-29");
            assertThat(due(api.as("bawaslu.serang").get("/api/v1/cases/" + before.caseId()), "INITIAL_REVIEW")).isEqualTo("2026-12-26");
            // A body without units now keeps the working days set.
            assertThat(put("/api/v1/admin/rules/PILKADA", pilkadaDefaults()).json().path("numbers").path("initialReviewUnit").asText())
                    .isEqualTo("WORKING");
        } finally {
            assertThat(api.as("admin").send("DELETE", "/api/v1/admin/rules/PILKADA", null, null).status()).isEqualTo(204);
        }
        assertThat(calendar.term(ElectionType.PILKADA, RuleClock.INITIAL_REVIEW).unit()).isEqualTo(DayUnit.CALENDAR);
    }

    @Test
    void officesAndAgenciesAreRenamedAndCentralAgenciesAdded() {
        Api admin = api.as("admin");
        Api.Response offices = admin.get("/api/v1/admin/offices");
        assertThat(offices.status()).isEqualTo(200);
        assertThat(offices.json().size()).isGreaterThanOrEqualTo(553);
        assertThat(offices.json().get(0).path("code").asText()).isEqualTo("RI");

        assertThat(admin.patch("/api/v1/admin/offices/36.03", Map.of("name", " ")).status()).isEqualTo(400);
        assertThat(admin.patch("/api/v1/admin/offices/99.99", Map.of("name", "Bawaslu X")).status()).isEqualTo(404);
        Api.Response renamed = admin.patch("/api/v1/admin/offices/36.03", Map.of("name", "Bawaslu Kabupaten Tangerang (baru)"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Bawaslu Kabupaten Tangerang (baru)");

        Api.Response badAgency = admin.post("/api/v1/admin/agencies", Map.of("code", "BPS", "name", "", "ppkTitle", "Kepala BPS"));
        assertThat(badAgency.status()).isEqualTo(400);
        assertThat(badAgency.body()).contains("\"field\":\"code\"", "\"field\":\"name\"");
        Map<String, Object> bps = Map.of("code", "PUSAT-BPS", "name", "Badan Pusat Statistik", "ppkTitle", "Kepala BPS");
        Api.Response created = admin.post("/api/v1/admin/agencies", bps);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(admin.post("/api/v1/admin/agencies", bps).body()).contains("sudah dipakai");
        // The new agency is one a report may name at once.
        Filed f = driver.fileReport(report("36.04", "PUSAT-BPS"));
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId()).body()).contains("PUSAT-BPS");

        Api.Response changed = admin.patch("/api/v1/admin/agencies/PUSAT-BPS", Map.of("ppkTitle", "Kepala Badan Pusat Statistik"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("ppkTitle")).isEqualTo("Kepala Badan Pusat Statistik");
        assertThat(changed.text("name")).isEqualTo("Badan Pusat Statistik");
        assertThat(admin.patch("/api/v1/admin/agencies/PUSAT-TIDAKADA", Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/admin/agencies").body()).contains("Kepala Badan Pusat Statistik");
        assertThat(admin.get("/api/v1/audit?user=admin").body()).contains("OFFICE_CHANGED", "AGENCY_CREATED", "AGENCY_CHANGED");
    }

    @Test
    void aNewRegionComesWithItsOfficeAndRegionalGovernment() {
        Api admin = api.as("admin");
        Api.Response bad = admin.post("/api/v1/admin/regions", Map.of("code", "36.4", "level", "kabupaten", "name", "Serang Utara"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"level\"", "\"field\":\"code\"");
        assertThat(admin.post("/api/v1/admin/regions", Map.of("code", "99.01", "level", "regency", "name", "Kabupaten X")).body())
                .contains("Provinsi 99 belum ada");
        assertThat(admin.post("/api/v1/admin/regions", Map.of("code", "36.04", "level", "regency", "name", "Kabupaten Serang")).body())
                .contains("sudah ada");
        assertThat(admin.post("/api/v1/admin/regions", Map.of("code", "36.09", "level", "regency", "name", "Serang Utara")).body())
                .contains("\"field\":\"name\"", "Kabupaten");

        Api.Response created = admin.post("/api/v1/admin/regions", Map.of("code", "36.09", "level", "regency",
                "name", "Kabupaten Serang Utara"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("office").path("name").asText()).isEqualTo("Bawaslu Kabupaten Serang Utara");
        assertThat(created.json().path("office").path("parentCode").asText()).isEqualTo("36");
        assertThat(created.json().path("agency").path("ppkTitle").asText()).isEqualTo("Bupati Serang Utara");

        // At once a place reports come from, with an office that handles them and a province office that oversees them.
        Filed f = driver.fileReport(report("36.09", "PEMDA-36.09"));
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(api.as("bawaslu.banten").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT office_code FROM case_file WHERE id = :id").param("id", f.caseId()).query(String.class).single())
                .isEqualTo("36.09");
        assertThat(admin.get("/api/v1/audit?user=admin").body()).contains("REGION_CREATED");
    }

    @Test
    void onlyAdministratorsAdministerReferenceData() {
        for (String user : new String[]{"bawaslu.ri", "examiner.approver", "ppk.serang", "komisioner.serang"}) {
            assertThat(api.as(user).get("/api/v1/admin/rules").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).patch("/api/v1/admin/offices/36.04", Map.of("name", "x")).status()).as(user).isEqualTo(403);
            assertThat(api.as(user).post("/api/v1/admin/regions", Map.of()).status()).as(user).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/admin/offices").status()).isEqualTo(401);
    }
}
