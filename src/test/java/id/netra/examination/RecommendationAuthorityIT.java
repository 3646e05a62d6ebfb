package id.netra.examination;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authority a recommendation is addressed to: the person's PPK by default; another one the examiner chooses where
 * the law says so (a regency's regional secretary: the governor), with the reason — and then that authority's
 * officers, not the person's own PPK, see the track and follow it up.
 */
class RecommendationAuthorityIT extends IntegrationTest {

    private static final String SEKDA = "Drs. Hendra Gunawan";
    private static final String PASSWORD = "Sandi-Gubernur-Provinsi-2026";

    /**
     * A report naming one person of Kabupaten Serang who will move to Kota Serang: a name of their own, so that Kota
     * Serang's PPK meeting them (rightly, once the recommendation is theirs) never meets a person other classes' tests
     * keep from it.
     */
    private static Map<String, Object> movingPerson() {
        return Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(Map.of("name", "Agus Salim Pindahan",
                "position", "Kepala Seksi Pemerintahan", "agencyCode", "PEMDA-36.04")));
    }

    private Filed sekdaUnderExamination() {
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(Map.of("name", SEKDA,
                "position", "Sekretaris Daerah Kabupaten Serang", "positionCategory", "JPT", "agencyCode", "PEMDA-36.04")));
        return driver.toExamination(body);
    }

    private Map<String, Object> proven(Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", "PROVEN", "disciplinarySanction", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti menghadiri deklarasi pasangan calon."));
        body.putAll(more);
        return body;
    }

    private Api.Response examine(Filed f, Map<String, Object> body) {
        UUID person = driver.persons(f.caseId()).get(0);
        String task = driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, person).orElseThrow().path("id").asText();
        return api.as("examiner").post("/api/v1/tasks/" + task + "/complete", body);
    }

    private static List<String> fields(Api.Response r) {
        return r.json().path("errors").findValuesAsText("field");
    }

    /** An officer of the governor's staffing authority, made for the test (the demo has none). */
    private final String governors = "ppk.banten." + UUID.randomUUID().toString().substring(0, 6);

    private Api.Response asGovernorsOfficer(String path) {
        return api.get(path, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((governors + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRegionalSecretarysRecommendationGoesToTheGovernorWhoseOfficersFollowItUp() {
        Filed f = sekdaUnderExamination();
        UUID person = driver.persons(f.caseId()).get(0);
        String task = driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, person).orElseThrow().path("id").asText();
        JsonNode form = api.as("examiner").get("/api/v1/tasks/" + task).json();
        assertThat(form.path("fields").findValuesAsText("name")).contains("authority", "authorityReason");

        // Offered: the person's own agency (the default, first), the governor and the Minister of Home Affairs, no other —
        // in the API and on the page, whose field stays empty (the default).
        JsonNode authority = java.util.stream.StreamSupport.stream(form.path("fields").spliterator(), false)
                .filter(field -> field.path("name").asText().equals("authority")).findFirst().orElseThrow();
        assertThat(authority.path("options").findValuesAsText("value")).containsExactly("PEMDA-36.04", "PEMDA-36", "PUSAT-KEMENDAGRI");
        id.netra.support.Pages.Page examinationPage = id.netra.support.Pages.signedIn(port, "examiner").get("/tugas/" + task);
        assertThat(examinationPage.attribute("authority", "value")).isNullOrEmpty();
        assertThat(examinationPage.tag("authority-agencies")).isNotNull();
        assertThat(examinationPage.body()).contains("value=\"PUSAT-KEMENDAGRI\"").doesNotContain("value=\"PEMDA-36.73\"");

        // Refused, each naming its field: an agency that is none, one the law does not name for this person (saying which
        // it does), a choice without its reason, an address when not proven.
        assertThat(fields(examine(f, proven(Map.of("authority", "PEMDA-99"))))).containsExactly("authority");
        Api.Response other = examine(f, proven(Map.of("authority", "PEMDA-36.73", "authorityReason", "coba")));
        assertThat(fields(other)).containsExactly("authority");
        assertThat(other.json().path("errors").get(0).path("message").asText()).contains(
                "Pemerintah Provinsi Banten (PEMDA-36)", "Kementerian Dalam Negeri (PUSAT-KEMENDAGRI)");
        assertThat(fields(examine(f, proven(Map.of("authority", "PUSAT-KEMENAG", "authorityReason", "coba"))))).containsExactly("authority");
        assertThat(fields(examine(f, proven(Map.of("authority", "PEMDA-36"))))).containsExactly("authorityReason");
        assertThat(fields(examine(f, Map.of("outcome", "NOT_PROVEN", "reasoning", "Tidak terbukti.", "authority", "PEMDA-36",
                "authorityReason", "x")))).containsExactlyInAnyOrder("authority", "authorityReason");

        assertThat(examine(f, proven(Map.of("authority", " pemda-36 ", "authorityReason",
                "Terlapor sekretaris daerah kabupaten: sanksi dijatuhkan gubernur."))).status()).isEqualTo(200);
        // The approver reads to whom, by name, and why, before approving.
        String approval = driver.task("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person).orElseThrow().path("id").asText();
        id.netra.support.Pages.Page approvalPage = id.netra.support.Pages.signedIn(port, "examiner.approver").get("/tugas/" + approval);
        assertThat(approvalPage.body()).contains("Rekomendasi ditujukan kepada", "Pemerintah Provinsi Banten",
                "Terlapor sekretaris daerah kabupaten: sanksi dijatuhkan gubernur.");
        // The header names each person with their agency.
        assertThat(approvalPage.body()).contains(SEKDA + " (Pemerintah Kabupaten Serang)");
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));

        JsonNode examined = CaseDriver.person(driver.caseAs("examiner", f.caseId()), person);
        assertThat(examined.path("recommendation").path("addressedTo").asText()).isEqualTo("PEMDA-36");
        assertThat(examined.path("examination").path("authority").asText()).isEqualTo("PEMDA-36");
        assertThat(examined.path("examination").path("authorityReason").asText()).contains("gubernur");

        // The person's own PPK does not see the track; the governor's officers do, and hold the follow-up.
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isEmpty();
        Api.Response made = api.as("admin").post("/api/v1/admin/users", new HashMap<>(Map.of("username", governors, "displayName",
                "Pengelola kepegawaian Pemerintah Provinsi Banten", "role", "PPK", "agency", "PEMDA-36", "password", PASSWORD)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Api.Response seen = asGovernorsOfficer("/api/v1/cases/" + f.caseId());
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.body()).contains(SEKDA);
        Api.Response inbox = asGovernorsOfficer("/api/v1/tasks");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains(f.caseId().toString(), FlowNodes.FOLLOW_UP_CONFIRMATION);

        // The case page says to whom, by name, and why: to the examining agency and to the governor's officers.
        assertThat(id.netra.support.Pages.signedIn(port, "examiner").get("/perkara/" + f.caseId()).body())
                .contains("Pemerintah Provinsi Banten", "sanksi dijatuhkan gubernur");
        assertThat(id.netra.support.Pages.signedIn(port, governors, PASSWORD).get("/perkara/" + f.caseId()).body())
                .contains("Pemerintah Provinsi Banten", "sanksi dijatuhkan gubernur");
    }

    /** A person of a central agency: the law names no other authority, so the default is the only one. */
    /**
     * The approver reads what it approves in the task's answer as on its page — the sanctions proposed and the authority
     * addressed, awaiting approval — and an examination it rejected is marked rejected (not the result that stands) on
     * the case's answer and page and on the examination's page, until it is done again and approved.
     */
    /** Addressed to the person's own PPK, the approver reads that too, named. */
    @Test
    void theApproverReadsToWhomTheRecommendationGoesWhenItIsThePersonsOwnPpk() {
        Filed f = driver.toExamination(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN",
                "disciplinarySanction", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
        String approval = driver.taskId("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL);
        id.netra.support.Pages.Page page = id.netra.support.Pages.signedIn(port, "examiner.approver").get("/tugas/" + approval);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Rekomendasi ditujukan kepada PPK").contains("Pemerintah Kabupaten Serang")
                .doesNotContain("bukan PPK instansi terlapor");
        // And whose work it approves.
        assertThat(page.body()).contains("class=\"examined-by\">examiner<");
    }

    @Test
    void theApproverReadsTheProposalAndARejectedExaminationIsMarkedRejectedUntilDoneAgain() {
        Filed f = sekdaUnderExamination();
        UUID person = driver.persons(f.caseId()).get(0);
        Map<String, Object> proposal = proven(Map.of("moralSanction", "MORAL_CLOSED", "authority", "PEMDA-36",
                "authorityReason", "Terlapor sekretaris daerah kabupaten: sanksi dijatuhkan gubernur."));
        assertThat(examine(f, proposal).status()).isEqualTo(200);
        String approval = driver.task("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person).orElseThrow().path("id").asText();
        JsonNode proposed = CaseDriver.person(api.as("examiner.approver").get("/api/v1/tasks/" + approval).json().path("caseSummary"), person)
                .path("examination");
        assertThat(proposed.path("moralSanction").asText()).isEqualTo("MORAL_CLOSED");
        assertThat(proposed.path("disciplinarySanction").asText()).isEqualTo("DISCIPLINE_MEDIUM");
        assertThat(proposed.path("authority").asText()).isEqualTo("PEMDA-36");
        assertThat(proposed.path("approval").asText()).isEqualTo("PENDING");
        assertThat(id.netra.support.Pages.signedIn(port, "examiner.approver").get("/tugas/" + approval).body())
                .contains("Sanksi moral: pernyataan secara tertutup", "Hukuman disiplin sedang", "Menunggu persetujuan");

        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person,
                Map.of("approved", false, "notes", "Dasar penunjukan gubernur belum diuraikan."));
        assertThat(CaseDriver.person(driver.caseAs("examiner", f.caseId()), person).path("examination").path("approval").asText())
                .isEqualTo("REJECTED");
        String rejected = "Hasil pemeriksaan di bawah ini ditolak pada persetujuan dan tidak berlaku";
        assertThat(id.netra.support.Pages.signedIn(port, "examiner").get("/perkara/" + f.caseId()).body())
                .contains(rejected, "Ditolak penyetuju");
        String again = driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, person).orElseThrow().path("id").asText();
        assertThat(id.netra.support.Pages.signedIn(port, "examiner").get("/tugas/" + again).body()).contains(rejected);

        assertThat(examine(f, proposal).status()).isEqualTo(200);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        assertThat(CaseDriver.person(driver.caseAs("examiner", f.caseId()), person).path("examination").path("approval").asText())
                .isEqualTo("APPROVED");
        assertThat(id.netra.support.Pages.signedIn(port, "examiner").get("/perkara/" + f.caseId()).body())
                .doesNotContain(rejected).contains("Disetujui");
    }

    @Test
    void aCentralAgencysPersonHasNoOtherAuthority() {
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(Map.of("name",
                "Rahmat Penyuluh Agama", "position", "Penyuluh Agama", "agencyCode", "PUSAT-KEMENAG"))));
        Api.Response refused = examine(f, proven(Map.of("authority", "PUSAT-KEMENDAGRI", "authorityReason", "coba")));
        assertThat(fields(refused)).containsExactly("authority");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .isEqualTo("Rekomendasi terlapor ini hanya dapat ditujukan kepada PPK instansinya: kosongkan kolom ini.");
        assertThat(examine(f, proven(Map.of("authority", "PUSAT-KEMENAG"))).status()).isEqualTo(200);
    }

    @Test
    void thePersonsOwnAgencyOrNoneIsThePersonsPpk() {
        for (Map<String, Object> choice : List.<Map<String, Object>>of(Map.of(), Map.of("authority", "PEMDA-36.04"))) {
            Filed f = sekdaUnderExamination();
            UUID person = driver.persons(f.caseId()).get(0);
            assertThat(examine(f, proven(choice)).status()).as(choice.toString()).isEqualTo(200);
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
            JsonNode examined = CaseDriver.person(driver.caseAs("examiner", f.caseId()), person);
            assertThat(examined.path("recommendation").path("addressedTo").asText()).isEqualTo("PEMDA-36.04");
            assertThat(examined.path("examination").path("authority").isNull()).isTrue();
            assertThat(driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
        }
    }

    /**
     * The person moved from Kabupaten Serang to Kota Serang before the follow-up: the examiner sends the recommendation on
     * to the new PPK, whose officers then see the track and hold the task (let go by the former PPK's officer); the former
     * PPK no longer sees it; audited from whom to whom, and noted on the track.
     */
    @Test
    void aPersonWhoMovedHasTheRecommendationSentOnToTheNewPpk() {
        Filed f = driver.toRecommendation(movingPerson());
        UUID person = driver.persons(f.caseId()).get(0);
        String task = driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        assertThat(api.as("ppk.serang").post("/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        String path = "/api/v1/cases/" + f.caseId() + "/persons/" + person + "/readdress";

        // Refused, each by its field or reason: not the examining agency, the same agency, none, no reason.
        assertThat(api.as("ppk.serang").post(path, Map.of("agencyCode", "PEMDA-36.73", "reason", "Mutasi.")).status()).isEqualTo(403);
        assertThat(fields(api.as("examiner").post(path, Map.of("agencyCode", "PEMDA-36.04", "reason", "Mutasi.")))).containsExactly("agencyCode");
        assertThat(fields(api.as("examiner").post(path, Map.of("agencyCode", "PEMDA-99.99", "reason", "Mutasi.")))).containsExactly("agencyCode");
        assertThat(fields(api.as("examiner").post(path, Map.of("agencyCode", "PEMDA-36.73", "reason", " ")))).containsExactly("reason");
        assertThat(api.as("examiner").post("/api/v1/cases/" + f.caseId() + "/persons/" + UUID.randomUUID() + "/readdress",
                Map.of("agencyCode", "PEMDA-36.73", "reason", "Mutasi.")).status()).isEqualTo(404);

        Api.Response moved = api.as("examiner").post(path, Map.of("agencyCode", "pemda-36.73",
                "reason", "Terlapor dimutasi ke Pemerintah Kota Serang (SK 821.2/45/BKPSDM/2026)."));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(CaseDriver.person(moved.json(), person).path("recommendation").path("addressedTo").asText()).isEqualTo("PEMDA-36.73");

        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isEmpty();
        JsonNode held = driver.task("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow();
        assertThat(held.path("assignee").isNull() || held.path("assignee").isMissingNode()).as("let go by the former PPK's officer").isTrue();
        Api.Response seen = api.as("ppk.kotaserang").get("/api/v1/cases/" + f.caseId());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("Pengalihan rekomendasi kepada PPK Pemerintah Kota Serang (PEMDA-36.73)", "SK 821.2/45");
        assertThat(api.as("admin").get("/api/v1/audit?user=examiner&from=2020-01-01").body())
                .contains("RECOMMENDATION_READDRESSED", "PEMDA-36.04", "PEMDA-36.73");

        // Once the new PPK has reported, there is nothing to re-address.
        driver.complete("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/9/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        assertThat(api.as("examiner").post(path, Map.of("agencyCode", "PEMDA-36.01", "reason", "Mutasi lagi.")).status()).isEqualTo(409);
    }

    /**
     * The person moved to the Ministry of Religious Affairs; its PPK objected, the objection was answered by revising,
     * and the re-examination names no authority: the revised recommendation keeps going to the ministry's PPK, not back
     * to the person's former agency.
     */
    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The follow-up task on the person's track in the inbox of an account made for the test. */
    private java.util.Optional<String> followUpOf(String username, Filed f, UUID person) {
        Api.Response inbox = api.get("/api/v1/tasks", "Authorization", basic(username));
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        for (JsonNode t : inbox.json()) {
            if (t.path("caseId").asText().equals(f.caseId().toString()) && t.path("personId").asText().equals(person.toString())
                    && t.path("key").asText().equals(FlowNodes.FOLLOW_UP_CONFIRMATION)) {
                return java.util.Optional.of(t.path("id").asText());
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void aRevisedRecommendationStaysWithTheAgencyThePersonMovedTo() {
        Filed f = driver.toRecommendation(movingPerson());
        UUID person = driver.persons(f.caseId()).get(0);
        String ministrys = "ppk.kemenag." + UUID.randomUUID().toString().substring(0, 6);
        Api.Response made = api.as("admin").post("/api/v1/admin/users", new HashMap<>(Map.of("username", ministrys, "displayName",
                "Pengelola kepegawaian Kementerian Agama", "role", "PPK", "agency", "PUSAT-KEMENAG", "password", PASSWORD)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Api.Response moved = api.as("examiner").post("/api/v1/cases/" + f.caseId() + "/persons/" + person + "/readdress",
                Map.of("agencyCode", "PUSAT-KEMENAG", "reason", "Terlapor dimutasi ke Kementerian Agama."));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        String followUp = followUpOf(ministrys, f, person).orElseThrow();
        Api.Response objected = api.post("/api/v1/tasks/" + followUp + "/complete",
                Map.of("objected", true, "objection", "Terlapor sudah bukan pegawai pemerintah daerah saat kejadian."),
                "Authorization", basic(ministrys));
        assertThat(objected.status()).as(objected.body()).isEqualTo(200);
        driver.complete("examiner", f.caseId(), FlowNodes.OBJECTION_ANSWER, person, Map.of("objectionDecision", "REVISED",
                "answer", "Diperiksa ulang.", "answerLetterNumber", "B-950/BKN/2026"));
        String examination = driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, person).orElseThrow().path("id").asText();
        // The examination's page opens on the ministry, the addressee as it stands, and offers no regional authority.
        id.netra.support.Pages.Page page = id.netra.support.Pages.signedIn(port, "examiner").get("/tugas/" + examination);
        assertThat(page.attribute("authority", "value")).isEqualTo("PUSAT-KEMENAG");
        assertThat(page.body()).doesNotContain("value=\"PEMDA-36\"");
        assertThat(api.as("examiner").post("/api/v1/tasks/" + examination + "/complete", proven(Map.of())).status()).isEqualTo(200);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));

        JsonNode revised = CaseDriver.person(driver.caseAs("examiner", f.caseId()), person);
        assertThat(revised.path("recommendation").path("addressedTo").asText()).isEqualTo("PUSAT-KEMENAG");
        assertThat(followUpOf(ministrys, f, person)).as("the ministry's PPK follows the revised one up").isPresent();
        assertThat(driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isEmpty();
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
    }

    /** The same from the case page: a form in the person's card, the refusal beside it with what was typed, then the notice. */
    @Test
    void theExaminerSendsItOnFromTheCasePage() {
        Filed f = driver.toRecommendation(movingPerson());
        UUID person = driver.persons(f.caseId()).get(0);
        id.netra.support.Pages examiner = id.netra.support.Pages.signedIn(port, "examiner");
        id.netra.support.Pages.Page page = examiner.get("/perkara/" + f.caseId());
        assertThat(page.tag("readdress-" + person)).as("the form in the person's card").isNotNull();
        assertThat(page.body()).contains("Alihkan rekomendasi (terlapor pindah instansi)", "Pemerintah Kota Serang");
        // A PPK's page has no such form.
        assertThat(id.netra.support.Pages.signedIn(port, "ppk.serang").get("/perkara/" + f.caseId()).body())
                .doesNotContain("readdress-" + person);

        String action = "/perkara/" + f.caseId() + "/terlapor/" + person + "/alihkan";
        id.netra.support.Pages.Page refused = examiner.follow(examiner.post(action, "agencyCode", "PEMDA-36.73", "reason", "  "));
        assertThat(refused.text("readdress-error-" + person)).isEqualTo("Sebutkan dasar pengalihan (mis. nomor SK mutasi terlapor).");
        assertThat(refused.attribute("readdress-agency-" + person, "value")).isEqualTo("PEMDA-36.73");

        id.netra.support.Pages.Page done = examiner.follow(examiner.post(action, "agencyCode", "PEMDA-36.73",
                "reason", "SK mutasi 821.2/46/BKPSDM/2026."));
        assertThat(done.text("notice")).isEqualTo("Rekomendasi dialihkan kepada PPK Pemerintah Kota Serang.");
        assertThat(driver.task("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
    }
}
