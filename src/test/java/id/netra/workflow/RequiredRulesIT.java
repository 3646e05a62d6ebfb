package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.platform.Today;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field's {@code requiredIfAnyOf}, as a client reads it from the task's answer, says truly when the service refuses
 * the field missing: evaluated by a client on the body it sends, the field is required exactly when the completion is
 * refused naming it — for the rules no conjunction of equalities can say (an "or", a "not") and for those that depend
 * on the person's recommendation.
 */
class RequiredRulesIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode field(Api.Response task, String name) {
        for (JsonNode f : task.json().path("fields")) {
            if (f.path("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + task.body());
    }

    /** What a client concludes from the field's declaration for this body. */
    private static boolean declaredRequired(JsonNode field, JsonNode body) {
        if (field.path("required").asBoolean()) {
            return true;
        }
        for (JsonNode group : field.path("requiredIfAnyOf")) {
            boolean all = true;
            for (JsonNode rule : group) {
                all &= JSON.convertValue(rule, FormField.Rule.class).holds(body);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> refused(Api.Response r) {
        Set<String> fields = new TreeSet<>();
        if (r.status() == 400) {
            r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        }
        return fields;
    }

    @Test
    void theInitialReviewsMissingItemsAreRequiredExactlyWhenItsRulesSay() {
        List<String> disagreements = new ArrayList<>();
        for (boolean formal : List.of(true, false)) {
            for (boolean material : List.of(true, false)) {
                for (String transfer : java.util.Arrays.asList(null, "36.01")) {
                    CaseDriver.Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
                    String id = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
                    Api.Response task = api.as("bawaslu.serang").get("/api/v1/tasks/" + id);
                    assertThat(task.status()).as(task.body()).isEqualTo(200);
                    JsonNode declared = field(task, "missingItems");
                    assertThat(declared.path("requiredIfAnyOf").isArray()).as(declared.toString()).isTrue();
                    ObjectNode body = JSON.createObjectNode().put("formalRequirementsMet", formal).put("materialRequirementsMet", material);
                    if (transfer != null) {
                        body.put("transferToOffice", transfer);
                    }
                    boolean required = declaredRequired(declared, body);
                    Api.Response r = api.as("bawaslu.serang").post("/api/v1/tasks/" + id + "/complete", body);
                    boolean refusedForIt = refused(r).contains("missingItems");
                    if (required != refusedForIt) {
                        disagreements.add(body + ": declared " + required + ", answered " + r.status() + " " + r.body());
                    }
                    // Sent with its missing items, the same body is never refused for them.
                    if (required) {
                        body.put("missingItems", "Fotokopi KTP pelapor.");
                        Api.Response again = api.as("bawaslu.serang").post("/api/v1/tasks/" + id + "/complete", body);
                        assertThat(refused(again)).as(again.body()).doesNotContain("missingItems");
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        // Both groups can hold alone: the rules are an "or", not a single condition.
        assertThat(declaredRequired(JSON.valueToTree(Map.of("requiredIfAnyOf", List.of(
                List.of(Map.of("field", "a", "operator", "equals", "values", List.of(false))),
                List.of(Map.of("field", "b", "operator", "equals", "values", List.of(false)))))),
                JSON.createObjectNode().put("a", true).put("b", false))).isTrue();
    }

    /**
     * The examination's authorityReason: required of a recommendation proven and addressed to another authority the law
     * names for the person (a regency's: the governor, the Minister of Home Affairs), not of one to the person's own PPK.
     */
    @Test
    void theExaminationAsksTheReasonWhenAnotherAuthorityIsAddressed() {
        CaseDriver.Filed f = driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        String id = driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION);
        Api.Response task = api.as("examiner").get("/api/v1/tasks/" + id);
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        JsonNode reason = field(task, "authorityReason");
        assertThat(reason.path("requiredIfAnyOf").toString()).isEqualTo("[[{\"field\":\"authority\",\"operator\":\"equals\","
                + "\"values\":[\"PEMDA-36\",\"PUSAT-KEMENDAGRI\"]},{\"field\":\"outcome\",\"operator\":\"equals\",\"values\":[\"PROVEN\"]}]]");
        for (String authority : List.of("PEMDA-36", "PUSAT-KEMENDAGRI", "PEMDA-36.04")) {
            ObjectNode body = JSON.createObjectNode().put("outcome", "PROVEN").put("disciplinarySanction", "DISCIPLINE_MEDIUM")
                    .put("reasoning", "Terbukti.").put("authority", authority);
            boolean required = declaredRequired(reason, body);
            assertThat(required).as(authority).isEqualTo(!authority.equals("PEMDA-36.04"));
            if (required) {
                Api.Response r = api.as("examiner").post("/api/v1/tasks/" + id + "/complete", body);
                assertThat(refused(r)).as(r.body()).containsExactly("authorityReason");
            } else {
                Api.Response r = api.as("examiner").post("/api/v1/tasks/" + id + "/complete", body);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void theFollowUpsRulesFollowThePersonsRecommendation() {
        CaseDriver.Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        UUID person = driver.persons(f.caseId()).get(0);
        String id = driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        Api.Response task = api.as("ppk.serang").get("/api/v1/tasks/" + id);
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        // Only a disciplinary sanction was recommended: it must be reported, the moral one need not.
        assertThat(field(task, "disciplinaryImposed").path("requiredIfAnyOf").size()).isEqualTo(1);
        assertThat(field(task, "moralImposed").has("requiredIfAnyOf")).isFalse();
        JsonNode notes = field(task, "notes");
        assertThat(notes.toString()).doesNotContain("moralImposed");

        List<ObjectNode> bodies = List.of(
                JSON.createObjectNode().put("disciplinaryImposed", false),
                JSON.createObjectNode().put("refused", true),
                JSON.createObjectNode().put("moralImposed", false),
                JSON.createObjectNode());
        for (ObjectNode body : bodies) {
            Api.Response r = api.as("ppk.serang").post("/api/v1/tasks/" + id + "/complete", body);
            assertThat(r.status()).as(body + ": " + r.body()).isEqualTo(400);
            for (String name : List.of("notes", "disciplinaryImposed", "moralImposed")) {
                assertThat(refused(r).contains(name)).as(name + " for " + body + ": " + r.body())
                        .isEqualTo(declaredRequired(field(task, name), body) && !body.has(name));
            }
        }
        // Imposed lighter than recommended (a medium level recommended: a light one imposed), the notes are required:
        // declared so, and refused so.
        ObjectNode lighter = JSON.createObjectNode().put("disciplinaryImposed", true).put("disciplinarySanction", "DISCIPLINE_LIGHT")
                .put("disciplinaryDecreeNumber", "800/1/2026").put("disciplinaryDecreeDate", Today.date().toString());
        assertThat(declaredRequired(notes, lighter)).isTrue();
        Api.Response unexplained = api.as("ppk.serang").post("/api/v1/tasks/" + id + "/complete", lighter);
        assertThat(refused(unexplained)).as(unexplained.body()).containsExactly("notes");
        ObjectNode same = lighter.deepCopy().put("disciplinarySanction", "DISCIPLINE_MEDIUM");
        assertThat(declaredRequired(notes, same)).isFalse();
        // The penalties offered are the person's employment type's (a PNS here).
        List<String> penalties = new ArrayList<>();
        field(task, "disciplinaryPenalty").path("options").forEach(o -> penalties.add(o.path("value").asText()));
        assertThat(penalties).isNotEmpty().allMatch(p -> p.startsWith("PNS_"));
        // An objection needs no notes (nothing beside it): declared so, and taken.
        ObjectNode objection = JSON.createObjectNode().put("objected", true).put("objection", "Terlapor telah pensiun.");
        assertThat(declaredRequired(notes, objection)).isFalse();
        assertThat(declaredRequired(field(task, "disciplinaryImposed"), objection)).isFalse();
        Api.Response taken = api.as("ppk.serang").post("/api/v1/tasks/" + id + "/complete", objection);
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    }
}
