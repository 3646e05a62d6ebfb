package id.netra.support;

import id.netra.workflow.FlowNodes;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives cases through the API with the demo accounts, and fires timers the way the job executor would. */
public final class CaseDriver {

    public record Filed(UUID caseId, String trackingNumber, String accessCode) {
    }

    private final Api api;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final JdbcClient jdbc;

    public CaseDriver(Api api, RuntimeService runtime, ManagementService management, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.management = management;
    }

    public Filed fileReport(Map<String, Object> body) {
        Api.Response r = api.post("/api/v1/public/reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String tn = r.text("trackingNumber");
        UUID id = jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :tn").param("tn", tn).query(UUID.class).single();
        return new Filed(id, tn, r.text("accessCode"));
    }

    public Optional<JsonNode> task(String user, UUID caseId, String key) {
        Api.Response r = api.as(user).get("/api/v1/tasks");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode t : r.json()) {
            if (t.path("caseId").asText().equals(caseId.toString()) && t.path("key").asText().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The user's task of this key on this person's track. */
    public Optional<JsonNode> task(String user, UUID caseId, String key, UUID personId) {
        Api.Response r = api.as(user).get("/api/v1/tasks");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode t : r.json()) {
            if (t.path("caseId").asText().equals(caseId.toString()) && t.path("key").asText().equals(key)
                    && t.path("personId").asText().equals(personId.toString())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String complete(String user, UUID caseId, String key, UUID personId, Object body) {
        String id = task(user, caseId, key, personId)
                .orElseThrow(() -> new AssertionError(user + " has no " + key + " task for " + personId)).path("id").asText();
        Api.Response r = api.as(user).post("/api/v1/tasks/" + id + "/complete", body);
        assertThat(r.status()).as(key + " of " + personId + " by " + user + ": " + r.body()).isEqualTo(200);
        return id;
    }

    /**
     * The escalation's first two steps on a person past the PPK's deadline, by the examiner: the written warning and the
     * block of the personnel data (letters numbered after the person). The ministry's notice is left open.
     */
    public void warnAndBlock(UUID caseId, UUID personId) {
        String suffix = personId.toString().substring(0, 8);
        complete("examiner", caseId, FlowNodes.NON_COMPLIANCE_WARNING, personId, Map.of("warningLetterNumber", "T-" + suffix + "/BKN/2026"));
        complete("examiner", caseId, FlowNodes.PERSONNEL_DATA_BLOCK, personId, Map.of("blockLetterNumber", "BL-" + suffix + "/BKN/2026"));
    }

    /** Fires the pending timer of an activity on one person's track. */
    public void fireTimer(UUID caseId, String activityId, UUID personId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult();
        for (Job job : management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().list()) {
            if (personId.toString().equals(runtime.getVariable(job.getExecutionId(), "personId"))) {
                management.executeJob(job.getId());
                return;
            }
        }
        throw new AssertionError("no timer " + activityId + " on the track of " + personId);
    }

    /** A person of the case as a view of it shows them ({@code reportedPersons[]}). */
    public static JsonNode person(JsonNode view, UUID id) {
        for (JsonNode p : view.path("reportedPersons")) {
            if (p.path("id").asText().equals(id.toString())) {
                return p;
            }
        }
        throw new AssertionError("no person " + id + " in " + view.path("reportedPersons"));
    }

    /** The case's persons' ids, in the order the report named them. */
    public List<UUID> persons(UUID caseId) {
        return jdbc.sql("SELECT id FROM case_person WHERE case_id = :c ORDER BY ordinal").param("c", caseId).query(UUID.class).list();
    }

    public String taskId(String user, UUID caseId, String key) {
        return task(user, caseId, key).orElseThrow(() -> new AssertionError(user + " has no " + key + " task for " + caseId))
                .path("id").asText();
    }

    public String complete(String user, UUID caseId, String key, Object body) {
        String id = taskId(user, caseId, key);
        Api.Response r = api.as(user).post("/api/v1/tasks/" + id + "/complete", body);
        assertThat(r.status()).as(key + " by " + user + ": " + r.body()).isEqualTo(200);
        return id;
    }

    public JsonNode caseAs(String user, UUID caseId) {
        Api.Response r = api.as(user).get("/api/v1/cases/" + caseId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public String status(UUID caseId) {
        return caseAs("bawaslu.ri", caseId).path("status").asText();
    }

    /** Fires the pending timer of an activity, as the job executor would when its date comes. */
    public void fireTimer(UUID caseId, String activityId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult();
        List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().list();
        assertThat(jobs).as("timer " + activityId).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    public Filed toRegistered(Map<String, Object> body) {
        Filed f = fileReport(body);
        complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        return f;
    }

    public void toPlenary(UUID caseId, String conclusion) {
        clarify(caseId);
        assess(caseId, conclusion);
    }

    /** The clarification of a registered case of 36.04 done: its assessment is open. */
    public void clarify(UUID caseId) {
        complete("bawaslu.serang", caseId, FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Terlapor mengakui unggahan."))));
    }

    /** The assessment of a case of 36.04 concluded so: its plenary decision is open. */
    public void assess(UUID caseId, String conclusion) {
        Map<String, Object> assessment = new java.util.HashMap<>(Map.of("conclusion", conclusion, "analysis", "Unsur terpenuhi."));
        if (conclusion.equals("NEUTRALITY_VIOLATION")) {
            assessment.put("violationTypes", List.of("SOCIAL_MEDIA"));
        }
        if (conclusion.equals("OTHER_VIOLATION")) {
            assessment.put("otherRoute", "ELECTION_CRIME");
        }
        complete("bawaslu.serang", caseId, FlowNodes.ASSESSMENT, assessment);
    }

    public Filed toExamination(Map<String, Object> body) {
        Filed f = toRegistered(body);
        toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        return f;
    }

    public Filed toRecommendation(Map<String, Object> body) {
        Filed f = toExamination(body);
        complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti melanggar netralitas."));
        complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        return f;
    }

    /**
     * A case of 36.04 naming the camat (PEMDA-36.04) and a lurah (PEMDA-36.73), registered, assessed and forwarded with
     * both found in violation by the plenary: its persons are each under examination.
     */
    public Filed toExaminationOfCamatAndLurah() {
        Filed f = toRegistered(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        List<UUID> persons = persons(f.caseId());
        toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true,
                "persons", List.of(Map.of("personId", persons.get(0).toString(), "violationProven", true),
                        Map.of("personId", persons.get(1).toString(), "violationProven", true)))));
        return f;
    }
}
