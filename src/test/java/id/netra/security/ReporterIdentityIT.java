package id.netra.security;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.REPORTER_ADDRESS;
import static id.netra.support.Reports.REPORTER_EMAIL;
import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.REPORTER_NIK;
import static id.netra.support.Reports.REPORTER_PHONE;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's identity never leaves the handling Bawaslu office: cases are walked to every ending reachable by
 * the examining agency and the PPK, with the officers quoting the reporter in every free text, and everything an
 * examiner, approver or PPK can reach is searched for the name, NIK, address, phone and e-mail.
 */
class ReporterIdentityIT extends IntegrationTest {

    static final List<String> OUTSIDERS = List.of("examiner", "examiner.approver", "ppk.serang", "ppk.kotaserang");
    static final List<String> IDENTITY = List.of(REPORTER_NAME, REPORTER_NIK, REPORTER_ADDRESS, REPORTER_PHONE, REPORTER_EMAIL,
            REPORTER_NAME.toUpperCase(), "0812-3456-7890".replace("-", ""));

    private Filed forwarded() {
        return forwarded(report("36.04", "PEMDA-36.04"));
    }

    private Filed forwarded(Map<String, Object> body) {
        Filed f = driver.fileReport(body);
        String quote = "Pelapor " + REPORTER_NAME + " (NIK " + REPORTER_NIK + ", " + REPORTER_ADDRESS + ", " + REPORTER_PHONE
                + ", " + REPORTER_EMAIL + ")";
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "notes", quote));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTER", "name", REPORTER_NAME, "heldOn", id.netra.platform.Today.date().toString(), "summary", quote + " menerangkan."),
                Map.of("party", "WITNESS", "name", "Siti Aminah", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Dikenalkan oleh " + quote))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Berdasarkan laporan " + quote));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true, "notes", quote)));
        return f;
    }

    /**
     * Every answer about the case this user can reach, each checked first for the status it must have — so that an
     * error answer cannot pass for a clean one: the case and the lists as {@code seesCase} says, the audit trail refused
     * (403 to who reads the case but does not handle it, 404 to who does not), a task completed with an unknown field 400.
     */
    private List<Api.Response> everythingReachableBy(String user, UUID caseId, boolean seesCase) {
        Api a = api.as(user);
        List<Api.Response> out = new ArrayList<>();
        out.add(expect(a.get("/api/v1/me"), 200, user));
        out.add(expect(a.get("/api/v1/cases?size=200"), 200, user));
        out.add(expect(a.get("/api/v1/cases?q=" + java.net.URLEncoder.encode(REPORTER_NAME, java.nio.charset.StandardCharsets.UTF_8)),
                200, user));
        out.add(expect(a.get("/api/v1/cases/" + caseId), seesCase ? 200 : 404, user));
        out.add(expect(a.get("/api/v1/cases/" + caseId + "/audit"), seesCase ? 403 : 404, user));
        Api.Response tasks = expect(a.get("/api/v1/tasks"), 200, user);
        out.add(tasks);
        for (JsonNode t : tasks.json()) {
            if (t.path("caseId").asText().equals(caseId.toString())) {
                out.add(expect(a.get("/api/v1/tasks/" + t.path("id").asText()), 200, user));
                out.add(expect(a.post("/api/v1/tasks/" + t.path("id").asText() + "/complete",
                        Map.of("unknownField", REPORTER_NAME.substring(0, 5))), 400, user));
            }
        }
        return out;
    }

    private static Api.Response expect(Api.Response r, int status, String user) {
        assertThat(r.status()).as("%s: %s", user, r.body()).isEqualTo(status);
        return r;
    }

    /**
     * No outsider meets the reporter anywhere. The examining agency reads the forwarded case; a PPK only once a person of
     * its agency is recommended to it ({@code ppkReaders}).
     */
    private void assertClean(UUID caseId, String... ppkReaders) {
        for (String user : OUTSIDERS) {
            boolean seesCase = !user.startsWith("ppk.") || List.of(ppkReaders).contains(user);
            for (Api.Response r : everythingReachableBy(user, caseId, seesCase)) {
                for (String value : IDENTITY) {
                    assertThat(r.body()).as("%s sees the reporter's identity", user).doesNotContain(value);
                }
            }
            for (String text : letterTexts(user, caseId, seesCase)) {
                assertNoIdentity(text, user + " reads the reporter's identity in a letter");
            }
        }
    }

    /**
     * The text of every letter's document the user reads on the case, once every letter issued has its document: PDF
     * text is laid out in lines and words, so it is checked as read and with all spacing taken out.
     */
    private List<String> letterTexts(String user, UUID caseId, boolean seesCase) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM case_letter l LEFT JOIN letter_document d ON d.letter_id = l.id
                WHERE l.case_id = :c AND d.letter_id IS NULL""").param("c", caseId).query(Long.class).single() == 0);
        List<String> out = new ArrayList<>();
        if (!seesCase) {
            return out;
        }
        for (JsonNode d : expect(api.as(user).get("/api/v1/cases/" + caseId), 200, user).json().path("letterDocuments")) {
            Api.Download pdf = api.as(user).download(d.path("href").asText());
            assertThat(pdf.status()).isEqualTo(200);
            out.add(id.netra.support.LetterPdfs.text(pdf.bytes()));
        }
        return out;
    }

    private static void assertNoIdentity(String text, String what) {
        String squeezed = text.replaceAll("[\\s\\-.]+", "");
        for (String value : IDENTITY) {
            assertThat(text).as(what).doesNotContain(value);
            assertThat(squeezed).as(what + " (spacing taken out)").doesNotContain(value.replaceAll("[\\s\\-.]+", ""));
        }
    }

    @Test
    void examinerApproverAndPpkNeverSeeTheReporterAtAnyStageOrEnding() {
        Filed sanctioned = forwarded();
        assertClean(sanctioned.caseId());
        driver.complete("examiner", sanctioned.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_HEAVY",
                "reasoning", "Terbukti."));
        driver.complete("examiner.approver", sanctioned.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        assertClean(sanctioned.caseId(), "ppk.serang");
        driver.fireTimer(sanctioned.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE);
        assertClean(sanctioned.caseId(), "ppk.serang");
        driver.complete("ppk.serang", sanctioned.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_HEAVY", "decreeNumber", "800/5/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        driver.complete("examiner", sanctioned.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(driver.status(sanctioned.caseId())).isEqualTo("CLOSED_SANCTIONED");
        assertClean(sanctioned.caseId(), "ppk.serang");

        Filed notProven = forwarded();
        driver.complete("examiner", notProven.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "NOT_PROVEN", "reasoning", "Tidak cukup bukti."));
        driver.complete("examiner.approver", notProven.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        assertThat(driver.status(notProven.caseId())).isEqualTo("CLOSED_NOT_PROVEN");
        assertClean(notProven.caseId());

        // The handling office, by contrast, sees who reported.
        assertThat(expect(api.as("bawaslu.serang").get("/api/v1/cases/" + sanctioned.caseId()), 200, "bawaslu.serang").body())
                .contains(REPORTER_NIK);
    }

    @Test
    void aCaseNamingPersonsOfTwoAgenciesKeepsTheReporterAndEachPersonFromTheOtherPpk() {
        List<Map<String, Object>> persons = new ArrayList<>(id.netra.support.Reports.camatAndTwoLurah().subList(0, 2));
        Filed f = forwarded(id.netra.support.Reports.naming(report("36.04", "PEMDA-36.04"), persons));
        List<UUID> p = driver.persons(f.caseId());
        String quote = "Menurut pelapor " + REPORTER_NAME + " (" + REPORTER_PHONE + ")";
        // The examining agency's own words quoting the reporter and naming the other person go into letters to the
        // PPK: the request for clarification, and the answer to its objection below.
        Api.Response asked = api.as("examiner").post("/api/v1/cases/" + f.caseId() + "/persons/" + p.get(0) + "/clarification",
                Map.of("addressee", "PPK", "letterNumber", "K-" + p.get(0).toString().substring(0, 8) + "/BKN/2026",
                        "questions", quote + ", terlapor hadir bersama " + id.netra.support.Reports.LURAH_1 + ". Mohon penjelasan."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        driver.complete("ppk.serang", f.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, p.get(0), Map.of(
                "answeredOn", id.netra.platform.Today.date().toString(), "answer", "Terlapor hadir atas undangan."));
        for (UUID person : p) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", quote + ", terbukti."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true, "notes", quote));
        }
        assertClean(f.caseId(), "ppk.serang", "ppk.kotaserang");
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(0), Map.of("objected", true,
                "objection", "Terlapor hadir bukan atas kemauan sendiri."));
        driver.complete("examiner", f.caseId(), FlowNodes.OBJECTION_ANSWER, p.get(0), Map.of("objectionDecision", "UPHELD",
                "answer", quote + ", bersama " + id.netra.support.Reports.LURAH_1 + ": terbukti.",
                "answerLetterNumber", "J-" + p.get(0).toString().substring(0, 8) + "/BKN/2026"));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, p.get(1));
        assertClean(f.caseId(), "ppk.serang", "ppk.kotaserang");
        // The PPK of Kabupaten Serang reads the examining agency's words in its letters, the reporter and the other
        // PPK's person masked.
        List<String> serangs = letterTexts("ppk.serang", f.caseId(), true);
        assertThat(String.join(" ", serangs)).contains("[identitas pelapor]", "[terlapor lain]", "Mohon penjelasan")
                .doesNotContain(id.netra.support.Reports.LURAH_1);
        // Each PPK, wherever it looks, meets only its own person.
        for (Api.Response r : everythingReachableBy("ppk.serang", f.caseId(), true)) {
            assertThat(r.body()).doesNotContain(id.netra.support.Reports.LURAH_1, p.get(1).toString());
        }
        for (Api.Response r : everythingReachableBy("ppk.kotaserang", f.caseId(), true)) {
            assertThat(r.body()).doesNotContain(id.netra.support.Reports.CAMAT, p.get(0).toString());
        }
        Map<String, Object> imposed = Map.of("sanctionImposed", true, "sanctionClass", "DISCIPLINE_MEDIUM",
                "decreeNumber", "800/9/2026", "decreeDate", id.netra.platform.Today.date().toString(), "notes", quote);
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(0), imposed);
        driver.complete("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(1), imposed);
        for (UUID person : p) {
            driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, Map.of("accepted", true));
        }
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
        assertClean(f.caseId(), "ppk.serang", "ppk.kotaserang");
    }
}
