package id.netra.security;

import id.netra.support.Plenary;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.platform.Today;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import static id.netra.support.Reports.finding;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every demo role (and no account) × a case inside and outside the role's scope × every stage of the
 * path → the expected answer, all generated from the tables below. An endpoint the application serves without rows
 * here fails the build.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    static final String ANONYMOUS = "(anonymous)";

    /** The stages a case is taken to; the last one is closed. */
    static final List<String> STAGES = List.of("RECEIVED", "REGISTERED", "AWAITING_PLENARY", "UNDER_EXAMINATION",
            "RECOMMENDATION_ISSUED", "CLOSED_SANCTIONED");

    /**
     * THE TABLE of scope. For each user, what they see of a Serang case (office 36.04, agency PEMDA-36.04) and of a
     * Pandeglang case (36.01, PEMDA-36.01) at each stage: H handling office, O oversight, E examining agency, P the
     * ASN's PPK, - nothing (404). And the work: W in the current task's candidate group, D the closed case's last
     * task was theirs (409), - not theirs (404).
     */
    static final Map<String, String[]> TABLE = new LinkedHashMap<>();

    static {
        // Columns: view Serang, view Pandeglang, view Mixed, then work Serang, work Pandeglang, work Mixed. The mixed
        // case is filed in Serang and names the camat of Kabupaten Serang (PEMDA-36.04) and a lurah of Kota Serang
        // (PEMDA-36.73); its task from the examination on is the lurah's track's, so Kabupaten Serang's PPK reads the case
        // through the camat but never works the lurah's task.
        TABLE.put("bawaslu.serang", new String[]{"HHHHHH", "------", "HHHHHH", "WW----", "------", "WW----"});
        TABLE.put("komisioner.serang", new String[]{"HHHHHH", "------", "HHHHHH", "WWW---", "------", "WWW---"});
        TABLE.put("bawaslu.pandeglang", new String[]{"------", "HHHHHH", "------", "------", "WW----", "------"});
        TABLE.put("komisioner.pandeglang", new String[]{"------", "HHHHHH", "------", "------", "WWW---", "------"});
        TABLE.put("bawaslu.banten", new String[]{"OOOOOO", "OOOOOO", "OOOOOO", "------", "------", "------"});
        TABLE.put("bawaslu.ri", new String[]{"OOOOOO", "OOOOOO", "OOOOOO", "------", "------", "------"});
        TABLE.put("examiner", new String[]{"---EEE", "---EEE", "---EEE", "---W-D", "---W-D", "---W-D"});
        TABLE.put("examiner.approver", new String[]{"---EEE", "---EEE", "---EEE", "---W-D", "---W-D", "---W-D"});
        TABLE.put("ppk.serang", new String[]{"----PP", "------", "----PP", "----W-", "------", "------"});
        TABLE.put("ppk.pandeglang", new String[]{"------", "----PP", "------", "------", "----W-", "------"});
        TABLE.put("ppk.kotaserang", new String[]{"------", "------", "----PP", "------", "------", "----W-"});
        TABLE.put("admin", new String[]{"------", "------", "------", "------", "------", "------"});
        TABLE.put(ANONYMOUS, new String[]{"------", "------", "------", "------", "------", "------"});
    }

    /** A case of the matrix; {@code column} is its column in the table (0 Serang, 1 Pandeglang, 2 mixed). */
    record Subject(String region, String name, UUID caseId, int stage, String taskId, int column) {
    }

    record Ctx(String user, Subject subject, char view, char work) {
        boolean anonymous() {
            return user.equals(ANONYMOUS);
        }
    }

    record CaseRow(String method, String path, Function<Ctx, Integer> expected, BiFunction<Api, Ctx, Api.Response> call) {
    }

    record UserRow(String method, String path, Function<String, Integer> expected, Function<Api, Api.Response> call) {
    }

    final Set<UUID> extended = new HashSet<>();

    /** Answers on one case, by the table. */
    List<CaseRow> caseRows() {
        return List.of(
                new CaseRow("GET", "/api/v1/cases/{id}", c -> c.view == '-' ? 404 : 200,
                        (a, c) -> a.get("/api/v1/cases/" + c.subject.caseId)),
                new CaseRow("GET", "/api/v1/cases/{id}/audit",
                        c -> c.user.equals("admin") || c.view == 'H' ? 200 : c.view == '-' ? 404 : 403,
                        (a, c) -> a.get("/api/v1/cases/" + c.subject.caseId + "/audit")),
                new CaseRow("POST", "/api/v1/cases/{id}/assessment-extension", c -> {
                    if (c.view == '-') {
                        return 404;
                    }
                    if (c.view != 'H') {
                        return 403;
                    }
                    boolean assessing = c.subject.stage == 1 || c.subject.stage == 2;
                    return assessing && extended.add(c.subject.caseId) ? 200 : 409;
                }, (a, c) -> a.post("/api/v1/cases/" + c.subject.caseId + "/assessment-extension", Map.of("reason", "Saksi di luar kota."))),
                // Re-addressing a person's recommendation (here a person the case does not name): whoever does not see
                // the case gets 404, whoever sees it but is not the examining agency 403, the examining agency 404 for
                // the person.
                new CaseRow("POST", "/api/v1/cases/{caseId}/persons/{personId}/readdress", c -> c.view == '-' ? 404 : c.view == 'E' ? 404 : 403,
                        (a, c) -> a.post("/api/v1/cases/" + c.subject.caseId + "/persons/" + UUID.randomUUID() + "/readdress",
                                Map.of("agencyCode", "PEMDA-36.73", "reason", "Mutasi."))),
                // Closing a person's track as moot (a person the case does not name): the same answers.
                new CaseRow("POST", "/api/v1/cases/{caseId}/persons/{personId}/moot", c -> c.view == '-' ? 404 : c.view == 'E' ? 404 : 403,
                        (a, c) -> a.post("/api/v1/cases/" + c.subject.caseId + "/persons/" + UUID.randomUUID() + "/moot",
                                Map.of("reason", "RETIRED", "effectiveOn", "2026-01-05"))),
                // Asking for clarification on a person (a person the case does not name): the same answers.
                new CaseRow("POST", "/api/v1/cases/{caseId}/persons/{personId}/clarification", c -> c.view == '-' ? 404 : c.view == 'E' ? 404 : 403,
                        (a, c) -> a.post("/api/v1/cases/" + c.subject.caseId + "/persons/" + UUID.randomUUID() + "/clarification",
                                Map.of("addressee", "PPK", "letterNumber", "B-1/2026", "questions", "Mohon penjelasan."))),
                new CaseRow("GET", "/api/v1/tasks/{id}", AuthorizationMatrixIT::taskAnswer,
                        (a, c) -> a.get("/api/v1/tasks/" + c.subject.taskId)),
                new CaseRow("POST", "/api/v1/tasks/{id}/claim", AuthorizationMatrixIT::taskAnswer, (a, c) -> {
                    Api.Response r = a.post("/api/v1/tasks/" + c.subject.taskId + "/claim", null);
                    if (r.status() == 200) {
                        a.post("/api/v1/tasks/" + c.subject.taskId + "/unclaim", null);
                    }
                    return r;
                }),
                new CaseRow("POST", "/api/v1/tasks/{id}/unclaim", AuthorizationMatrixIT::taskAnswer,
                        (a, c) -> a.post("/api/v1/tasks/" + c.subject.taskId + "/unclaim", null)),
                // Handing the task to nobody: a commissioner or approver who works it is told which colleagues may take it
                // (400), another worker may not hand tasks over (403), everybody else gets what they get for the task.
                new CaseRow("POST", "/api/v1/tasks/{id}/assign", c -> c.work == 'W'
                        ? (Set.of("komisioner.serang", "komisioner.pandeglang", "examiner.approver").contains(c.user) ? 400 : 403)
                        : taskAnswer(c),
                        (a, c) -> a.post("/api/v1/tasks/" + c.subject.taskId + "/assign", Map.of("assignee", "nobody.here"))),
                // Evidence: the case's list for whoever reads the case; a file the case does not hold is not found, for
                // reading or sharing alike (EvidenceIT reads real files by who may read them); a photo attached at the task
                // by whoever works it (201), refused as the task is to everybody else.
                new CaseRow("GET", "/api/v1/cases/{id}/evidence", c -> c.view == '-' ? 404 : 200,
                        (a, c) -> a.get("/api/v1/cases/" + c.subject.caseId + "/evidence")),
                new CaseRow("GET", "/api/v1/cases/{id}/evidence/{fileId}", c -> 404,
                        (a, c) -> a.get("/api/v1/cases/" + c.subject.caseId + "/evidence/" + UUID.randomUUID())),
                new CaseRow("PUT", "/api/v1/cases/{id}/evidence/{fileId}/shareable", c -> 404,
                        (a, c) -> a.send("PUT", "/api/v1/cases/" + c.subject.caseId + "/evidence/" + UUID.randomUUID() + "/shareable",
                                "{\"shareable\": true}", "application/json")),
                // A letter's document the case does not hold: not found for all (LetterDocumentsIT reads real ones by who
                // may read them).
                new CaseRow("GET", "/api/v1/cases/{id}/letters/{letterId}", c -> 404,
                        (a, c) -> a.get("/api/v1/cases/" + c.subject.caseId + "/letters/999999999")),
                new CaseRow("POST", "/api/v1/tasks/{taskId}/evidence", c -> c.work == 'W' ? 201 : taskAnswer(c),
                        (a, c) -> a.upload("/api/v1/tasks/" + c.subject.taskId + "/evidence?fileName=foto.png",
                                id.netra.support.SampleFiles.png(c.subject.stage), "application/octet-stream")),
                // An empty form: a worker gets 400 (nothing saved), everybody else what they get for the task.
                new CaseRow("POST", "/api/v1/tasks/{id}/complete", c -> c.work == 'W' ? 400 : taskAnswer(c),
                        (a, c) -> a.post("/api/v1/tasks/" + c.subject.taskId + "/complete", Map.of())));
    }

    static int taskAnswer(Ctx c) {
        return c.work == 'W' ? 200 : c.work == 'D' ? 409 : 404;
    }

    /** The reference lists a public report's form chooses from: open to anyone, as the public endpoints are. */
    static final Set<String> PUBLIC_LISTS = Set.of("/api/v1/reference/regions", "/api/v1/reference/agencies",
            "/api/v1/reference/election-types");

    /** Answers that do not depend on a case. */
    List<UserRow> userRows() {
        Function<String, Integer> signedIn = u -> 200;
        Function<String, Integer> adminOnly200 = u -> u.equals("admin") ? 200 : 403;
        return List.of(
                new UserRow("GET", "/api/v1/me", signedIn, a -> a.get("/api/v1/me")),
                // The API's description and its Swagger UI: every signed-in user, no one else.
                new UserRow("GET", "/api/v1/openapi.json", signedIn, a -> a.get("/api/v1/openapi.json")),
                new UserRow("GET", "/api/v1/openapi.json.yaml", signedIn, a -> a.get("/api/v1/openapi.json.yaml")),
                new UserRow("GET", "/api/v1/openapi.json/swagger-config", signedIn, a -> a.get("/api/v1/openapi.json/swagger-config")),
                new UserRow("GET", "/api/v1/docs", u -> 302, a -> a.get("/api/v1/docs")),
                new UserRow("GET", "/api/v1/tasks", signedIn, a -> a.get("/api/v1/tasks")),
                new UserRow("GET", "/api/v1/cases", signedIn, a -> a.get("/api/v1/cases")),
                new UserRow("GET", "/api/v1/statistics/persons", signedIn, a -> a.get("/api/v1/statistics/persons?by=province")),
                new UserRow("GET", "/api/v1/statistics/cases", signedIn, a -> a.get("/api/v1/statistics/cases?by=status")),
                new UserRow("GET", "/api/v1/statistics/stages", signedIn, a -> a.get("/api/v1/statistics/stages")),
                new UserRow("POST", "/api/v1/findings", u -> switch (u) {
                    case "bawaslu.serang", "komisioner.serang", "bawaslu.banten", "bawaslu.ri" -> 201;
                    case "bawaslu.pandeglang", "komisioner.pandeglang" -> 400;
                    default -> 403;
                }, a -> a.post("/api/v1/findings", finding("36.04", "PEMDA-36.04"))),
                new UserRow("GET", "/api/v1/audit", adminOnly200, a -> a.get("/api/v1/audit?user=admin")),
                new UserRow("GET", "/api/v1/admin/users", adminOnly200, a -> a.get("/api/v1/admin/users")),
                new UserRow("POST", "/api/v1/admin/users", u -> u.equals("admin") ? 400 : 403,
                        a -> a.post("/api/v1/admin/users", Map.of())),
                new UserRow("PATCH", "/api/v1/admin/users/{username}", u -> u.equals("admin") ? 404 : 403,
                        a -> a.patch("/api/v1/admin/users/nobody.here", Map.of())),
                new UserRow("POST", "/api/v1/admin/users/{username}/password", u -> u.equals("admin") ? 404 : 403,
                        a -> a.post("/api/v1/admin/users/nobody.here/password", Map.of("password", "x"))),
                new UserRow("POST", "/api/v1/admin/users/{username}/unlock", u -> u.equals("admin") ? 404 : 403,
                        a -> a.post("/api/v1/admin/users/nobody.here/unlock", null)),
                new UserRow("GET", "/api/v1/admin/holidays", adminOnly200, a -> a.get("/api/v1/admin/holidays?year=2024")),
                new UserRow("PUT", "/api/v1/admin/holidays/{day}", u -> u.equals("admin") ? 400 : 403,
                        a -> a.send("PUT", "/api/v1/admin/holidays/not-a-date", "{\"name\":\"x\"}", "application/json")),
                new UserRow("DELETE", "/api/v1/admin/holidays/{day}", u -> u.equals("admin") ? 404 : 403,
                        a -> a.send("DELETE", "/api/v1/admin/holidays/1999-01-01", null, null)),
                new UserRow("POST", "/api/v1/admin/holidays/import", u -> u.equals("admin") ? 400 : 403,
                        a -> a.send("POST", "/api/v1/admin/holidays/import", "bad", "text/csv")),
                new UserRow("GET", "/api/v1/admin/rules", adminOnly200, a -> a.get("/api/v1/admin/rules")),
                new UserRow("PUT", "/api/v1/admin/rules/{electionType}", u -> u.equals("admin") ? 400 : 403,
                        a -> a.send("PUT", "/api/v1/admin/rules/PILKADA", "{}", "application/json")),
                new UserRow("DELETE", "/api/v1/admin/rules/{electionType}", u -> u.equals("admin") ? 404 : 403,
                        a -> a.send("DELETE", "/api/v1/admin/rules/NOPE", null, null)),
                new UserRow("GET", "/api/v1/admin/offices", adminOnly200, a -> a.get("/api/v1/admin/offices")),
                new UserRow("PATCH", "/api/v1/admin/offices/{code}", u -> u.equals("admin") ? 404 : 403,
                        a -> a.patch("/api/v1/admin/offices/99.99", Map.of("name", "x"))),
                new UserRow("GET", "/api/v1/admin/agencies", adminOnly200, a -> a.get("/api/v1/admin/agencies")),
                new UserRow("POST", "/api/v1/admin/agencies", u -> u.equals("admin") ? 400 : 403,
                        a -> a.post("/api/v1/admin/agencies", Map.of())),
                new UserRow("PATCH", "/api/v1/admin/agencies/{code}", u -> u.equals("admin") ? 404 : 403,
                        a -> a.patch("/api/v1/admin/agencies/PUSAT-NOPE", Map.of("name", "x"))),
                new UserRow("POST", "/api/v1/admin/regions", u -> u.equals("admin") ? 400 : 403,
                        a -> a.post("/api/v1/admin/regions", Map.of())),
                // The reference lists: the public form's for anyone, the others for every signed-in user.
                new UserRow("GET", "/api/v1/reference/regions", signedIn, a -> a.get("/api/v1/reference/regions?q=serang")),
                new UserRow("GET", "/api/v1/reference/agencies", signedIn, a -> a.get("/api/v1/reference/agencies")),
                new UserRow("GET", "/api/v1/reference/election-types", signedIn, a -> a.get("/api/v1/reference/election-types")),
                new UserRow("GET", "/api/v1/reference/offices", signedIn, a -> a.get("/api/v1/reference/offices")),
                new UserRow("GET", "/api/v1/reference/violation-types", signedIn, a -> a.get("/api/v1/reference/violation-types")),
                new UserRow("GET", "/api/v1/reference/sanction-kinds", signedIn, a -> a.get("/api/v1/reference/sanction-kinds")),
                new UserRow("GET", "/api/v1/reference/case-statuses", signedIn, a -> a.get("/api/v1/reference/case-statuses")),
                new UserRow("POST", "/api/v1/public/reports", u -> 201, a -> a.post("/api/v1/public/reports", report("36.04", "PEMDA-36.04"))),
                new UserRow("GET", "/api/v1/public/reports/{trackingNumber}", u -> 404,
                        a -> a.get("/api/v1/public/reports/LPR-2026-NOPE", "X-Access-Code", "AAAA-BBBB-CCCC")),
                new UserRow("POST", "/api/v1/public/reports/{trackingNumber}/completion", u -> 404,
                        a -> a.post("/api/v1/public/reports/LPR-2026-NOPE/completion", Map.of("statement", "x"), "X-Access-Code", "AAAA-BBBB-CCCC")),
                new UserRow("POST", "/api/v1/public/reports/{trackingNumber}/evidence", u -> 404,
                        a -> a.upload("/api/v1/public/reports/LPR-2026-NOPE/evidence?fileName=foto.png", id.netra.support.SampleFiles.png(1),
                                "application/octet-stream", "X-Access-Code", "AAAA-BBBB-CCCC")),
                new UserRow("GET", "/api/v1/public/reports/{trackingNumber}/evidence", u -> 404,
                        a -> a.get("/api/v1/public/reports/LPR-2026-NOPE/evidence", "X-Access-Code", "AAAA-BBBB-CCCC")),
                // A letter's verification: anyone holding the letter, signed in or not (LetterDocumentsIT reads a real one).
                new UserRow("GET", "/api/v1/public/letters/{code}", u -> 404,
                        a -> a.get("/api/v1/public/letters/" + "0".repeat(40))),
                new UserRow("POST", "/api/v1/public/reports/{trackingNumber}/withdrawal", u -> 404,
                        a -> a.post("/api/v1/public/reports/LPR-2026-NOPE/withdrawal", null, "X-Access-Code", "AAAA-BBBB-CCCC")));
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<Subject> subjects;

    void cases() {
        subjects = new ArrayList<>();
        for (int stage = 0; stage < STAGES.size(); stage++) {
            subjects.add(at(stage, "36.04", "PEMDA-36.04", "bawaslu.serang", "komisioner.serang", "ppk.serang", "Serang"));
            subjects.add(at(stage, "36.01", "PEMDA-36.01", "bawaslu.pandeglang", "komisioner.pandeglang", "ppk.pandeglang", "Pandeglang"));
            subjects.add(mixed(stage));
        }
    }

    private Subject at(int stage, String region, String agency, String officer, String commissioner, String ppk, String name) {
        Filed f = driver.fileReport(report(region, agency));
        UUID id = f.caseId();
        String[] keys = {FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION, FlowNodes.PLENARY_DECISION, FlowNodes.EXAMINATION, FlowNodes.FOLLOW_UP_CONFIRMATION};
        throughBawaslu(stage, id, officer, commissioner);
        if (stage >= 4) {
            driver.complete("examiner", id, FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "MORAL_OPEN", "reasoning", "Terbukti."));
            driver.complete("examiner.approver", id, FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        }
        String taskId;
        if (stage == 5) {
            driver.complete(ppk, id, FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true, "sanctionClass", "MORAL_OPEN",
                    "decreeNumber", "800/1/2026", "decreeDate", Today.date().toString()));
            taskId = driver.complete("examiner", id, FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        } else {
            String worker = stage <= 1 ? officer : stage == 2 ? commissioner : stage == 3 ? "examiner" : ppk;
            taskId = driver.taskId(worker, id, keys[stage]);
        }
        assertThat(driver.status(id)).isEqualTo(STAGES.get(stage));
        return new Subject(region, name, id, stage, taskId, region.equals("36.04") ? 0 : 1);
    }

    /** The Bawaslu phase up to the stage: review (1), clarification and assessment (2), the plenary (3). */
    private void throughBawaslu(int stage, UUID id, String officer, String commissioner) {
        if (stage >= 1) {
            driver.complete(officer, id, FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        }
        if (stage >= 2) {
            driver.complete(officer, id, FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED", "name", "Budi",
                    "heldOn", Today.date().toString(), "summary", "Keterangan."))));
            driver.complete(officer, id, FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                    "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Terpenuhi."));
        }
        if (stage >= 3) {
            driver.complete(commissioner, id, FlowNodes.PLENARY_DECISION, Plenary.approved());
        }
    }

    /** A Serang case naming the camat of Kabupaten Serang and a lurah of Kota Serang; its task is the lurah's. */
    private Subject mixed(int stage) {
        List<Map<String, Object>> persons = new ArrayList<>(id.netra.support.Reports.camatAndTwoLurah().subList(0, 2));
        Filed f = driver.fileReport(id.netra.support.Reports.naming(report("36.04", "PEMDA-36.04"), persons));
        UUID id = f.caseId();
        List<UUID> p = driver.persons(id);
        UUID lurah = p.get(1);
        String officer = "bawaslu.serang";
        throughBawaslu(stage, id, officer, "komisioner.serang");
        if (stage >= 4) {
            for (UUID person : p) {
                driver.complete("examiner", id, FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN", "sanctionClass", "MORAL_OPEN",
                        "reasoning", "Terbukti."));
                driver.complete("examiner.approver", id, FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
            }
        }
        String taskId;
        Map<String, Object> followUp = Map.of("sanctionImposed", true, "sanctionClass", "MORAL_OPEN", "decreeNumber", "800/1/2026",
                "decreeDate", Today.date().toString());
        if (stage == 5) {
            driver.complete("ppk.serang", id, FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(0), followUp);
            driver.complete("examiner", id, FlowNodes.FOLLOW_UP_VERIFICATION, p.get(0), Map.of("accepted", true));
            driver.complete("ppk.kotaserang", id, FlowNodes.FOLLOW_UP_CONFIRMATION, lurah, followUp);
            taskId = driver.complete("examiner", id, FlowNodes.FOLLOW_UP_VERIFICATION, lurah, Map.of("accepted", true));
        } else if (stage == 4) {
            taskId = driver.task("ppk.kotaserang", id, FlowNodes.FOLLOW_UP_CONFIRMATION, lurah).orElseThrow().path("id").asText();
        } else if (stage == 3) {
            taskId = driver.task("examiner", id, FlowNodes.EXAMINATION, lurah).orElseThrow().path("id").asText();
        } else {
            String[] keys = {FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION, FlowNodes.PLENARY_DECISION};
            taskId = driver.taskId(stage <= 1 ? officer : "komisioner.serang", id, keys[stage]);
        }
        assertThat(driver.status(id)).isEqualTo(STAGES.get(stage));
        return new Subject("36.04", "Serang+Kota Serang", id, stage, taskId, 2);
    }

    /**
     * What the case's view holds, by the table's letter: the handling office has the reporter, no other view has; a PPK
     * reads only its own agency's persons of the mixed case. Null when the view is as it should be.
     */
    static String viewMismatch(Ctx c, Api.Response got) {
        String view = switch (c.view) {
            case 'H' -> "HANDLING";
            case 'O' -> "OVERSIGHT";
            case 'E' -> "EXAMINING";
            case 'P' -> "PPK";
            default -> "?";
        };
        if (!view.equals(got.text("view"))) {
            return "view " + got.text("view") + ", expected " + view;
        }
        // The handling view holds all five of the reporter's fields; any other view none of them, in any spelling.
        List<String> fields = ReporterIdentityIT.IDENTITY.subList(0, 5);
        List<String> shown = ReporterIdentityIT.IDENTITY.stream().filter(got.body()::contains).toList();
        if (c.view == 'H' && !shown.containsAll(fields)) {
            return "lacks the reporter's " + fields.stream().filter(f -> !shown.contains(f)).toList();
        }
        if (c.view != 'H' && !shown.isEmpty()) {
            return "shows the reporter's " + shown;
        }
        if (c.view == 'P' && c.subject.column == 2) {
            String other = c.user.equals("ppk.serang") ? id.netra.support.Reports.LURAH_1 : id.netra.support.Reports.CAMAT;
            if (got.body().contains(other)) {
                return "shows the other PPK's person " + other;
            }
        }
        return null;
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        cases();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String user : TABLE.keySet()) {
            Api client = user.equals(ANONYMOUS) ? api : api.as(user);
            String[] row = TABLE.get(user);
            for (Subject s : subjects) {
                int col = s.column;
                Ctx ctx = new Ctx(user, s, row[col].charAt(s.stage), row[col + 3].charAt(s.stage));
                for (CaseRow r : caseRows()) {
                    int expected = ctx.anonymous() ? 401 : r.expected.apply(ctx);
                    Api.Response got = r.call.apply(client, ctx);
                    checked++;
                    if (got.status() != expected) {
                        mismatches.add(r.method + " " + r.path + " as " + user + " on " + s.name + "@" + STAGES.get(s.stage)
                                + ": expected " + expected + ", got " + got.status() + " " + got.body());
                    } else if (got.status() == 200 && r.path.equals("/api/v1/cases/{id}")) {
                        String wrong = viewMismatch(ctx, got);
                        if (wrong != null) {
                            mismatches.add("GET /api/v1/cases/{id} as " + user + " on " + s.name + "@" + STAGES.get(s.stage) + ": " + wrong);
                        }
                    }
                }
            }
            for (UserRow r : userRows()) {
                boolean isPublic = r.path.startsWith("/api/v1/public/") || PUBLIC_LISTS.contains(r.path);
                int expected = user.equals(ANONYMOUS) && !isPublic ? 401 : r.expected.apply(user);
                Api.Response got = r.call.apply(client);
                checked++;
                if (got.status() != expected) {
                    mismatches.add(r.method + " " + r.path + " as " + user + ": expected " + expected + ", got " + got.status() + " " + got.body());
                }
            }
        }
        assertThat(mismatches).as("%d answers checked", checked).isEmpty();
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void everyEndpointTheApplicationServesHasRowsInTheTable() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues().forEach(path -> {
            if (path.startsWith("/api/")) {
                info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + path));
            }
        }));
        Set<String> tabled = new TreeSet<>();
        caseRows().forEach(r -> tabled.add(r.method + " " + r.path));
        userRows().forEach(r -> tabled.add(r.method + " " + r.path));
        assertThat(tabled).isEqualTo(served);
    }
}
