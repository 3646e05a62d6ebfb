package id.netra.web;

import id.netra.support.Plenary;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox page over HTTP: its filters, order and pages, and claiming one task or several at once. */
class InboxPageIT extends IntegrationTest {

    private static final Pattern ROW = Pattern.compile("data-task=\"([^\"]+)\" data-case=\"([^\"]+)\"");

    /** The cases (group 2) or tasks (group 1) of a page's rows, in order. */
    private static List<String> rows(String page, int group) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            ids.add(m.group(group));
        }
        return ids;
    }

    private static List<String> caseIds(String page) {
        return rows(page, 2);
    }

    private static List<String> taskIds(String page) {
        return rows(page, 1);
    }

    private Filed file(String election) {
        Map<String, Object> body = Reports.report("36.01", "PEMDA-36.01");
        body.put("electionType", election);
        return driver.fileReport(body);
    }

    @Test
    void filtersByElectionTypeDueDateAndTaskAndClaimsSeveralAtOnce() {
        Filed pemilu = file("PEMILU");
        Filed pilkada = file("PILKADA");
        Filed late = file("PILKADA");
        owner.sql("UPDATE act_ru_task SET due_date_ = now() - interval '2 days' WHERE id_ = :t")
                .param("t", driver.taskId("bawaslu.pandeglang", late.caseId(), FlowNodes.INITIAL_REVIEW)).update();
        Pages officer = Pages.signedIn(port, "bawaslu.pandeglang");

        String all = officer.get("/kotak-masuk?claim=OPEN&sort=NEWEST").body();
        assertThat(caseIds(all)).contains(pemilu.caseId().toString(), pilkada.caseId().toString(), late.caseId().toString());
        List<String> onlyPemilu = caseIds(officer.get("/kotak-masuk?election=PEMILU&sort=NEWEST").body());
        assertThat(onlyPemilu).contains(pemilu.caseId().toString()).doesNotContain(pilkada.caseId().toString(), late.caseId().toString());
        List<String> overdue = caseIds(officer.get("/kotak-masuk?due=overdue").body());
        assertThat(overdue).contains(late.caseId().toString()).doesNotContain(pemilu.caseId().toString(), pilkada.caseId().toString());
        assertThat(officer.get("/kotak-masuk?due=OVERDUE").body()).contains("lewat batas");
        assertThat(caseIds(officer.get("/kotak-masuk?task=" + FlowNodes.ASSESSMENT + "&sort=NEWEST").body()))
                .doesNotContain(pemilu.caseId().toString(), pilkada.caseId().toString(), late.caseId().toString());
        assertThat(caseIds(officer.get("/kotak-masuk?status=RECEIVED&election=PILKADA&sort=NEWEST").body()))
                .contains(pilkada.caseId().toString(), late.caseId().toString()).doesNotContain(pemilu.caseId().toString());
        // Unknown criteria are no criteria, never an error.
        for (String odd : new String[]{"task=bogus", "page=-3", "page=abc", "page=99999999999", "sort=upward", "due=yesterday",
                "status=CLOSED%27--", "claim=EVERYONE&election=pemilu"}) {
            assertThat(officer.get("/kotak-masuk?" + odd).status()).as(odd).isEqualTo(200);
        }
        // A control character is refused before any page, as everywhere.
        assertThat(officer.get("/kotak-masuk?sort=%00").status()).isEqualTo(400);

        // The commissioner takes one first; the officer's bulk claim gets the other and says why not that one.
        String taken = driver.taskId("komisioner.pandeglang", pemilu.caseId(), FlowNodes.INITIAL_REVIEW);
        assertThat(api.as("komisioner.pandeglang").post("/api/v1/tasks/" + taken + "/claim", Map.of()).status()).isEqualTo(200);
        String free = driver.taskId("bawaslu.pandeglang", pilkada.caseId(), FlowNodes.INITIAL_REVIEW);
        officer.get("/kotak-masuk");
        Pages.Page claimed = officer.post("/kotak-masuk", Map.of("action", List.of("claimSelected"), "selected", List.of(taken, free),
                "election", List.of("PILKADA")));
        assertThat(claimed.status()).isEqualTo(302);
        assertThat(claimed.location()).endsWith("/kotak-masuk?election=PILKADA");
        String after = officer.get("/kotak-masuk?election=PILKADA").body();
        assertThat(after).contains("1 tugas sudah diambil").contains("komisioner.pandeglang");
        assertThat(assignee(free)).isEqualTo("bawaslu.pandeglang");
        assertThat(assignee(taken)).isEqualTo("komisioner.pandeglang");
        assertThat(caseIds(officer.get("/kotak-masuk?claim=MINE&sort=NEWEST").body())).contains(pilkada.caseId().toString())
                .doesNotContain(pemilu.caseId().toString());
        // The commissioner sees the task a colleague took among "claimed by colleagues".
        Pages commissioner = Pages.signedIn(port, "komisioner.pandeglang");
        assertThat(caseIds(commissioner.get("/kotak-masuk?claim=OTHERS&sort=NEWEST").body())).contains(pilkada.caseId().toString());

        // Released again, one at a time.
        officer.get("/kotak-masuk");
        assertThat(officer.post("/kotak-masuk", Map.of("action", List.of("unclaim:" + free))).status()).isEqualTo(302);
        assertThat(assignee(free)).isNull();
        assertThat(officer.get("/kotak-masuk").body()).contains("1 tugas sudah dilepas");
        // Nothing selected: said, nothing changes.
        officer.post("/kotak-masuk", Map.of("action", List.of("claimSelected")));
        assertThat(officer.get("/kotak-masuk").body()).contains("Tidak ada tugas yang dipilih");
        // Another office's task cannot be claimed through this page.
        Filed elsewhere = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String foreign = driver.taskId("bawaslu.serang", elsewhere.caseId(), FlowNodes.INITIAL_REVIEW);
        officer.post("/kotak-masuk", Map.of("action", List.of("claim:" + foreign)));
        assertThat(assignee(foreign)).isNull();
        assertThat(officer.get("/kotak-masuk").body()).contains("Tugas tidak ditemukan");
    }

    /**
     * "Claimed by colleagues": each row a commissioner may hand on has its reassign control (colleagues of the office who
     * may decide it: neither the user nor the one holding it), the hand-over audited as from the task's page, a refusal
     * said; no bulk claim where no row can be claimed (no checkboxes), and the bulk claim back where rows can be.
     */
    @Test
    void aCommissionerHandsAColleaguesTaskOnFromTheInboxRowAndSeesNoBulkClaimWithoutCheckboxes() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        Pages commissioner = Pages.signedIn(port, "komisioner.serang");

        String others = commissioner.get("/kotak-masuk?claim=OTHERS&sort=NEWEST").body();
        String row = row(others, task);
        assertThat(row).contains("name=\"assignee." + task + "\"", "value=\"reassign:" + task + "\"", "<option value=\"ketua.serang\"")
                .doesNotContain("<option value=\"komisioner.serang\"", "<option value=\"bawaslu.serang\"", "type=\"checkbox\"");
        assertThat(others).doesNotContain("id=\"claim-selected\"", "type=\"checkbox\"");
        // Where a row can be claimed, its checkbox and the bulk claim.
        driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        assertThat(commissioner.get("/kotak-masuk?claim=OPEN").body()).contains("id=\"claim-selected\"", "type=\"checkbox\"");

        // Nobody chosen, or someone of another office: said, nothing handed over.
        commissioner.get("/kotak-masuk?claim=OTHERS&sort=NEWEST");
        assertThat(commissioner.post("/kotak-masuk", Map.of("action", List.of("reassign:" + task), "claim", List.of("OTHERS"),
                "sort", List.of("NEWEST"))).location()).endsWith("/kotak-masuk?claim=OTHERS&sort=NEWEST");
        assertThat(commissioner.get("/kotak-masuk?claim=OTHERS&sort=NEWEST").body())
                .contains("id=\"reassign-refused\"", "Pilih rekan yang akan menerima tugas ini.");
        commissioner.post("/kotak-masuk", Map.of("action", List.of("reassign:" + task), "assignee." + task, List.of("bawaslu.pandeglang")));
        assertThat(commissioner.get("/kotak-masuk?claim=OTHERS").body()).contains("Tugas ini tidak dapat dialihkan kepada akun tersebut");
        commissioner.post("/kotak-masuk", Map.of("action", List.of("reassign:" + task), "assignee." + task, List.of("komisioner.serang")));
        assertThat(assignee(task)).isEqualTo("bawaslu.serang");

        commissioner.get("/kotak-masuk?claim=OTHERS");
        assertThat(commissioner.post("/kotak-masuk", Map.of("action", List.of("reassign:" + task), "assignee." + task,
                List.of("ketua.serang"), "claim", List.of("OTHERS"))).status()).isEqualTo(302);
        assertThat(assignee(task)).isEqualTo("ketua.serang");
        assertThat(commissioner.get("/kotak-masuk?claim=OTHERS").body()).contains("Tugas sudah dialihkan kepada ketua.serang.");
        assertThat(owner.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'TASK_REASSIGNED' AND actor = 'komisioner.serang'
                        AND case_id = :c AND detail ->> 'from' = 'bawaslu.serang' AND detail ->> 'to' = 'ketua.serang'""")
                .param("c", f.caseId()).query(Long.class).single()).isEqualTo(1);

        // An officer is no commissioner: no control in the row, and the post is refused.
        assertThat(api.as("ketua.serang").post("/api/v1/tasks/" + task + "/unclaim", Map.of()).status()).isEqualTo(200);
        assertThat(api.as("komisioner.serang").post("/api/v1/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        String officers = officer.get("/kotak-masuk?claim=OTHERS&sort=NEWEST").body();
        assertThat(row(officers, task)).doesNotContain("reassign:", "assignee.");
        officer.post("/kotak-masuk", Map.of("action", List.of("reassign:" + task), "assignee." + task, List.of("bawaslu.serang")));
        assertThat(assignee(task)).isEqualTo("komisioner.serang");
        assertThat(officer.get("/kotak-masuk").body()).contains("Hanya komisioner atau penyetuju yang dapat mengalihkan tugas.");
        // On the task's page, too, the reassigner is not offered to himself, nor the one who holds the task.
        String page = Pages.signedIn(port, "ketua.serang").get("/tugas/" + task).body();
        assertThat(page).contains("<option value=\"bawaslu.serang\"")
                .doesNotContain("<option value=\"ketua.serang\"", "<option value=\"komisioner.serang\"");
    }

    @Test
    void pagesFollowEachOtherInTheChosenOrderWithoutRepeatingATask() {
        for (int i = 0; i < 52; i++) {
            file(i % 2 == 0 ? "PEMILU" : "PILKADA");
        }
        Pages officer = Pages.signedIn(port, "bawaslu.pandeglang");
        for (String sort : new String[]{"DUE", "OLDEST", "NEWEST"}) {
            String first = officer.get("/kotak-masuk?claim=OPEN&sort=" + sort).body();
            assertThat(taskIds(first)).as(sort).hasSize(50);
            assertThat(first).contains("id=\"next\"").doesNotContain("id=\"previous\"");
            String second = officer.get("/kotak-masuk?claim=OPEN&sort=" + sort + "&page=2").body();
            assertThat(second).contains("id=\"previous\"");
            Set<String> firstIds = Set.copyOf(taskIds(first));
            assertThat(taskIds(second)).as(sort).isNotEmpty().noneMatch(firstIds::contains);
            // The last task of the first page comes before the first of the second in the chosen order.
            String column = sort.equals("DUE") ? "due_date_" : "create_time_";
            java.sql.Timestamp lastOfFirst = timeOf(column, taskIds(first).get(49));
            java.sql.Timestamp firstOfSecond = timeOf(column, taskIds(second).get(0));
            if (lastOfFirst != null && firstOfSecond != null) {
                assertThat(sort.equals("NEWEST") ? !lastOfFirst.before(firstOfSecond) : !lastOfFirst.after(firstOfSecond))
                        .as(sort).isTrue();
            } else {
                assertThat(firstOfSecond).as("tasks without a due date come last").isNull();
            }
        }
    }

    private java.sql.Timestamp timeOf(String column, String taskId) {
        return owner.sql("SELECT " + column + " FROM act_ru_task WHERE id_ = :t").param("t", taskId)
                .query((rs, n) -> rs.getTimestamp(1)).single();
    }

    private String assignee(String taskId) {
        return owner.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = :t").param("t", taskId).query(String.class).optional().orElse(null);
    }

    /** A task's row in a page of the inbox. */
    private static String row(String page, String taskId) {
        Matcher m = Pattern.compile("(?s)<tr data-task=\"" + Pattern.quote(taskId) + "\".*?</tr>").matcher(page);
        assertThat(m.find()).as("the row of task " + taskId + " in " + page).isTrue();
        return m.group();
    }

    /**
     * A task sent back by the step that checks it is marked so in the inbox (and in the API's inbox); a first one and the
     * check's own task are not.
     */
    @Test
    void aTaskSentBackIsMarkedSoInItsRow() {
        Filed back = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.toPlenary(back.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", back.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false, "notes", "Kaji ulang.")));
        Filed first = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", first.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Hadir."))));
        String returned = driver.taskId("bawaslu.serang", back.caseId(), FlowNodes.ASSESSMENT);
        String fresh = driver.taskId("bawaslu.serang", first.caseId(), FlowNodes.ASSESSMENT);

        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        String page = officer.get("/kotak-masuk?task=" + FlowNodes.ASSESSMENT + "&sort=NEWEST").body();
        assertThat(row(page, returned)).contains("class=\"tag sent-back\">dikembalikan</span>");
        assertThat(row(page, fresh)).doesNotContain("sent-back", "dikembalikan");
        officer.get("/kotak-masuk?lang=en");
        assertThat(row(officer.get("/kotak-masuk?task=" + FlowNodes.ASSESSMENT + "&sort=NEWEST").body(), returned))
                .contains(">sent back</span>");
        officer.get("/kotak-masuk?lang=id");
        assertThat(driver.task("bawaslu.serang", back.caseId(), FlowNodes.ASSESSMENT).orElseThrow().path("sentBack").asBoolean()).isTrue();
        assertThat(driver.task("bawaslu.serang", first.caseId(), FlowNodes.ASSESSMENT).orElseThrow().path("sentBack").asBoolean()).isFalse();
        // The API's task says why it is back, as its page does: the plenary's rejection, its notes, the work rejected.
        com.fasterxml.jackson.databind.JsonNode why = api.as("bawaslu.serang").get("/api/v1/tasks/" + returned).json().path("sentBack");
        assertThat(why.path("step").asText()).isEqualTo(FlowNodes.PLENARY_DECISION);
        assertThat(why.path("notes").asText()).isEqualTo("Kaji ulang.");
        assertThat(why.path("by").asText()).isNotBlank();
        assertThat(why.path("answer").path("conclusion").asText()).isNotBlank();
        assertThat(api.as("bawaslu.serang").get("/api/v1/tasks/" + fresh).json().has("sentBack")).isFalse();

        // Done again, the plenary's second meeting is no task sent back, nor is the assessment once approved.
        driver.complete("bawaslu.serang", back.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi, diuraikan."));
        String plenary = driver.taskId("komisioner.serang", back.caseId(), FlowNodes.PLENARY_DECISION);
        assertThat(row(Pages.signedIn(port, "komisioner.serang").get("/kotak-masuk?task=" + FlowNodes.PLENARY_DECISION + "&sort=NEWEST")
                .body(), plenary)).doesNotContain("sent-back");
    }

    /**
     * Two reports not yet registered have no register number to tell them apart: each row shows the report's tracking
     * number, marked "not registered yet" with the minute it was received; a registered case's row shows its register
     * number alone. The API's inbox carries the same, the tracking number only while the case is unregistered.
     */
    @Test
    void rowsOfCasesNotYetRegisteredShowTheirTrackingNumberAndWhenTheyWereReceived() {
        Filed first = file("PEMILU");
        Filed second = file("PILKADA");
        Filed registered = file("PILKADA");
        driver.complete("bawaslu.pandeglang", registered.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        Pages officer = Pages.signedIn(port, "bawaslu.pandeglang");
        String page = officer.get("/kotak-masuk?sort=NEWEST").body();
        String one = caseRow(page, first.caseId().toString());
        String two = caseRow(page, second.caseId().toString());
        assertThat(one).contains(first.trackingNumber(), "Belum diregistrasi · diterima ").doesNotContain(second.trackingNumber());
        assertThat(two).contains(second.trackingNumber(), "Belum diregistrasi · diterima ").doesNotContain(first.trackingNumber());
        assertThat(one).containsPattern("diterima \\d{1,2} \\p{L}{3} \\d{4} \\d{2}:\\d{2} WIB");
        String done = caseRow(page, registered.caseId().toString());
        assertThat(done).contains("/Reg/").doesNotContain("Belum diregistrasi", registered.trackingNumber());
        assertThat(caseRow(officer.get("/kotak-masuk?sort=NEWEST&lang=en").body(), first.caseId().toString()))
                .contains(first.trackingNumber(), "Not registered yet · received ");

        com.fasterxml.jackson.databind.JsonNode task = driver.task("bawaslu.pandeglang", first.caseId(), FlowNodes.INITIAL_REVIEW).orElseThrow();
        assertThat(task.path("trackingNumber").asText()).isEqualTo(first.trackingNumber());
        assertThat(task.path("receivedAt").isTextual()).isTrue();
        assertThat(driver.task("bawaslu.pandeglang", registered.caseId(), FlowNodes.CLARIFICATION).orElseThrow()
                .path("trackingNumber").isNull()).isTrue();
    }

    /** The inbox row of a case, from its tag to its end, its tags taken out. */
    private static String caseRow(String page, String caseId) {
        int at = page.indexOf("data-case=\"" + caseId + "\"");
        assertThat(at).as("a row of " + caseId).isPositive();
        return page.substring(at, page.indexOf("</tr>", at)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
