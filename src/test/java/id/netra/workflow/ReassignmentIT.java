package id.netra.workflow;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a commissioner may hand a task to: an enabled colleague of the same office who may decide it — and the same
 * account after its rights change (disabled, enabled again, moved to another office).
 */
class ReassignmentIT extends IntegrationTest {

    private String newOfficer(String office) {
        String name = "alih." + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.as("admin").post("/api/v1/admin/users", new HashMap<>(Map.of("username", name,
                "displayName", "Petugas Uji Alih", "role", "BAWASLU_OFFICER", "office", office, "password", "rahasia-uji-123")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    private int assign(String as, String task, String to) {
        return api.as(as).post("/api/v1/tasks/" + task + "/assign", Map.of("assignee", to)).status();
    }

    private String assignee(String task) {
        return jdbc.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = :t").param("t", task).query(String.class).single();
    }

    @Test
    void aColleagueOfTheOfficeWhileEnabledAndThereAndNobodyElse() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String colleague = newOfficer("36.04");
        String elsewhere = newOfficer("36.01");

        assertThat(assign("komisioner.serang", task, colleague)).isEqualTo(200);
        assertThat(assignee(task)).isEqualTo(colleague);
        // Not to an officer of another office, not to the provincial or national office, not to an examiner or a PPK.
        for (String other : new String[]{elsewhere, "bawaslu.pandeglang", "bawaslu.banten", "bawaslu.ri", "examiner", "ppk.serang",
                "admin", "nobody.here"}) {
            Api.Response refused = api.as("komisioner.serang").post("/api/v1/tasks/" + task + "/assign", Map.of("assignee", other));
            assertThat(refused.status()).as(other).isEqualTo(400);
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(other).containsExactly("assignee");
        }
        assertThat(assignee(task)).isEqualTo(colleague);

        // Disabled: no longer offered, and handing it back to the officer works; enabled again: offered again.
        assertThat(api.as("admin").patch("/api/v1/admin/users/" + colleague, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(assign("komisioner.serang", task, "bawaslu.serang")).isEqualTo(200);
        assertThat(assign("komisioner.serang", task, colleague)).isEqualTo(400);
        assertThat(api.as("admin").patch("/api/v1/admin/users/" + colleague, Map.of("enabled", true)).status()).isEqualTo(200);
        assertThat(assign("komisioner.serang", task, colleague)).isEqualTo(200);

        // Moved to another office: gone from this office's choices; the officer moved in from elsewhere is offered.
        assertThat(assign("komisioner.serang", task, "bawaslu.serang")).isEqualTo(200);
        assertThat(api.as("admin").patch("/api/v1/admin/users/" + colleague, Map.of("office", "36.01")).status()).isEqualTo(200);
        assertThat(api.as("admin").patch("/api/v1/admin/users/" + elsewhere, Map.of("office", "36.04")).status()).isEqualTo(200);
        assertThat(assign("komisioner.serang", task, colleague)).isEqualTo(400);
        assertThat(assign("komisioner.serang", task, elsewhere)).isEqualTo(200);
        assertThat(assignee(task)).isEqualTo(elsewhere);
    }
}
