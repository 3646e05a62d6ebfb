package id.netra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who did what to a case, when and from where: kept append-only and shown only to whom it concerns. */
class AuditTrailIT extends IntegrationTest {

    private static List<String> actions(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode e : r.json()) {
            out.add(e.path("actor").asText() + ":" + e.path("action").asText());
        }
        return out;
    }

    @Test
    void readsClaimsAndDecisionsAreAuditedPerCase() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.caseAs("bawaslu.banten", f.caseId());
        String review = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        api.as("bawaslu.serang").post("/api/v1/tasks/" + review + "/claim", null);
        api.as("bawaslu.serang").post("/api/v1/tasks/" + review + "/unclaim", null);
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "notes", "Pelapor " + REPORTER_NAME + " hadir."));

        Api.Response trail = api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId() + "/audit");
        assertThat(actions(trail)).contains("bawaslu.banten:CASE_READ", "bawaslu.serang:TASK_CLAIMED",
                "bawaslu.serang:TASK_UNCLAIMED", "bawaslu.serang:TASK_COMPLETED");
        JsonNode completed = null;
        for (JsonNode e : trail.json()) {
            if (e.path("action").asText().equals("TASK_COMPLETED")) {
                completed = e;
            }
        }
        assertThat(completed.path("detail").path("decision").path("reviewOutcome").asText()).isEqualTo("REGISTER");
        assertThat(completed.path("client").asText()).isNotBlank();
        assertThat(trail.body()).doesNotContain(REPORTER_NAME);

        assertThat(api.as("admin").get("/api/v1/cases/" + f.caseId() + "/audit").status()).isEqualTo(200);
        assertThat(api.as("bawaslu.banten").get("/api/v1/cases/" + f.caseId() + "/audit").status()).isEqualTo(403);
        assertThat(api.as("bawaslu.pandeglang").get("/api/v1/cases/" + f.caseId() + "/audit").status()).isEqualTo(404);
        assertThat(api.as("examiner").get("/api/v1/cases/" + f.caseId() + "/audit").status()).isEqualTo(404);
    }

    @Test
    void loginsAreAuditedAndAdministratorsSearchTheTrail() {
        api.get("/api/v1/me", "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ppk.pandeglang:salah".getBytes()));
        api.as("ppk.pandeglang").get("/api/v1/me");
        List<String> found = actions(api.as("admin").get("/api/v1/audit?user=ppk.pandeglang&from=2020-01-01"));
        assertThat(found).contains("ppk.pandeglang:LOGIN_FAILED", "ppk.pandeglang:LOGIN_SUCCEEDED");
        assertThat(api.as("bawaslu.ri").get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/v1/audit?from=kemarin").status()).isEqualTo(400);
        assertThat(actions(api.as("admin").get("/api/v1/audit?user=ppk.pandeglang&to=2020-01-01"))).isEmpty();
    }

    @Test
    void theClientsAddressIsKeptAndReadAsPeopleWriteIt() {
        // Over IPv6's loopback, which the servlet container writes in full ("0:0:0:0:0:0:0:1"): a sign-in, audited each
        // time (a request signed with its credentials is audited once an hour, so whether it writes a row would depend
        // on the tests run before this one).
        assertThat(Api.at("http://[::1]:" + port).send("POST", "/api/v1/session", "username=ppk.kotaserang&password=netra-demo",
                "application/x-www-form-urlencoded").status()).isIn(200, 204);
        assertThat(jdbc.sql("SELECT client FROM audit_event WHERE actor = 'ppk.kotaserang' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("::1");
        JsonNode newest = api.as("admin").get("/api/v1/audit?user=ppk.kotaserang").json().get(0);
        assertThat(newest.path("client").asText()).isEqualTo("::1");
        // Rows an earlier release wrote as the container gave them read the same way; an IPv4 client as its IPv4 address.
        String actor = "uji.alamat." + System.nanoTime();
        for (String client : new String[]{"0:0:0:0:0:ffff:a01:203", "0:0:0:0:0:0:0:1", "10.9.8.7"}) {
            jdbc.sql("INSERT INTO audit_event (actor, action, client, detail) VALUES (:a, 'LOGIN_FAILED', :c, '{}'::jsonb)")
                    .param("a", actor).param("c", client).update();
        }
        List<String> clients = new ArrayList<>();
        api.as("admin").get("/api/v1/audit?user=" + actor).json().forEach(e -> clients.add(e.path("client").asText()));
        assertThat(clients).containsExactly("10.9.8.7", "::1", "10.1.2.3");
        // On a case's audit page too.
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        jdbc.sql("INSERT INTO audit_event (actor, action, case_id, client, detail) VALUES ('bawaslu.serang', 'CASE_READ', :id, "
                + "'0:0:0:0:0:0:0:1', '{}'::jsonb)").param("id", f.caseId()).update();
        String trail = id.netra.support.Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + f.caseId() + "/jejak-audit").body();
        assertThat(trail).contains("<td>::1</td>").doesNotContain("0:0:0:0:0:0:0:1");
    }

    @Test
    void auditRowsCannotBeChangedOrDeletedEvenByTheSchemaOwner() {
        api.as("admin").get("/api/v1/me");
        assertThatThrownBy(() -> owner.sql("UPDATE audit_event SET actor = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
