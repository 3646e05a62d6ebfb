package id.netra.path;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.CaseDriver.person;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sanctions of a recommendation over real HTTP, as an examiner and a PPK would give them (issue 11 item 2): a moral
 * one, a disciplinary one with its penalty, both, a PPPK's, a dismissal; the PPK's report on each with its decree,
 * refused per decree dated before the recommendation; the verification that accepts a lighter sanction only with the
 * reason; the earlier releases' one {@code sanctionClass} still accepted; the case page showing each sanction imposed
 * beside the one recommended.
 */
class SanctionsPathIT extends IntegrationTest {

    private static final String PPK = "ppk.serang";
    private static final String EXAMINER = "examiner";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    /** A case of one person of Kabupaten Serang (a PNS, or a PPPK) at the examination. */
    private Filed atExamination(String employmentType) {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        if (employmentType.equals("PPPK")) {
            body = Reports.naming(body, List.of(new LinkedHashMap<>(Map.of("name", "Budi Santoso", "position", "Penata Layanan Operasional",
                    "positionCategory", "PELAKSANA", "employmentType", "PPPK", "agencyCode", "PEMDA-36.04"))));
        }
        return driver.toExamination(body);
    }

    private Api.Response complete(String user, Filed f, String key, Map<String, Object> body, String... headers) {
        return api.as(user).post("/api/v1/tasks/" + driver.taskId(user, f.caseId(), key) + "/complete", body, headers);
    }

    /** Examined as proven with these fields, and approved: the recommendation is with the PPK. */
    private Filed recommended(String employmentType, Map<String, Object> sanctions) {
        Filed f = atExamination(employmentType);
        Map<String, Object> body = new HashMap<>(sanctions);
        body.put("outcome", "PROVEN");
        body.put("reasoning", "Terbukti mengunggah dukungan kepada pasangan calon.");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, body);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        return f;
    }

    private JsonNode onlyPerson(Filed f, String reader) {
        return person(driver.caseAs(reader, f.caseId()), driver.persons(f.caseId()).get(0));
    }

    private static Map<String, Object> imposed(String kind, String sanction, String decree, LocalDate on) {
        return Map.of(kind + "Imposed", true, kind + "Sanction", sanction, kind + "DecreeNumber", decree, kind + "DecreeDate", on.toString());
    }

    private static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new HashMap<>(a);
        out.putAll(b);
        return out;
    }

    private static List<String> fields(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    private static JsonNode sanction(JsonNode person, String kind) {
        for (JsonNode s : person.path("followUp").path("sanctions")) {
            if (s.path("kind").asText().equals(kind)) {
                return s;
            }
        }
        throw new AssertionError("no " + kind + " sanction in " + person.path("followUp"));
    }

    @Test
    void aMoralSanctionAloneIsRecommendedImposedAndAccepted() {
        Filed f = recommended("PNS", Map.of("moralSanction", "MORAL_OPEN"));
        JsonNode examination = onlyPerson(f, PPK).path("examination");
        assertThat(examination.path("moralSanction").asText()).isEqualTo("MORAL_OPEN");
        assertThat(examination.path("disciplinarySanction").isNull()).isTrue();
        assertThat(examination.path("recommendedSanction").asText()).as("the earlier releases' field stays").isEqualTo("MORAL_OPEN");

        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, imposed("moral", "MORAL_OPEN", "800/11/BKPSDM/2026", TODAY));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
        JsonNode followUp = onlyPerson(f, EXAMINER).path("followUp");
        assertThat(followUp.path("imposedSanction").asText()).isEqualTo("MORAL_OPEN");
        assertThat(followUp.path("decreeNumber").asText()).isEqualTo("800/11/BKPSDM/2026");
        assertThat(followUp.path("sanctions")).hasSize(1);
    }

    @Test
    void bothSanctionsAreReportedEachWithItsDecreeAndAHeavierOneNeedsNoReason() {
        Filed f = recommended("PNS", Map.of("moralSanction", "MORAL_CLOSED", "disciplinarySanction", "DISCIPLINE_MEDIUM",
                "disciplinaryPenalty", "PNS_ALLOWANCE_CUT_6M"));
        JsonNode examination = onlyPerson(f, PPK).path("examination");
        assertThat(examination.path("moralSanction").asText()).isEqualTo("MORAL_CLOSED");
        assertThat(examination.path("disciplinarySanction").asText()).isEqualTo("DISCIPLINE_MEDIUM");
        assertThat(examination.path("disciplinaryPenalty").asText()).isEqualTo("PNS_ALLOWANCE_CUT_6M");

        // Each recommended sanction must be reported on: the disciplinary one left out is named.
        Api.Response half = complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION, imposed("moral", "MORAL_CLOSED", "800/12/2026", TODAY));
        assertThat(half.status()).isEqualTo(400);
        assertThat(fields(half)).containsExactly("disciplinaryImposed");

        Map<String, Object> both = merged(imposed("moral", "MORAL_OPEN", "800/12/2026", TODAY),
                merged(imposed("disciplinary", "DISCIPLINE_MEDIUM", "800/13/2026", TODAY), Map.of("disciplinaryPenalty", "PNS_ALLOWANCE_CUT_9M")));
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, both);
        JsonNode person = onlyPerson(f, EXAMINER);
        assertThat(sanction(person, "MORAL").path("recommended").asText()).isEqualTo("MORAL_CLOSED");
        assertThat(sanction(person, "MORAL").path("sanction").asText()).isEqualTo("MORAL_OPEN");
        assertThat(sanction(person, "MORAL").path("lighter").asBoolean()).isFalse();
        assertThat(sanction(person, "DISCIPLINARY").path("penalty").asText()).isEqualTo("PNS_ALLOWANCE_CUT_9M");
        assertThat(sanction(person, "DISCIPLINARY").path("decreeNumber").asText()).isEqualTo("800/13/2026");
        assertThat(sanction(person, "DISCIPLINARY").path("lighter").asBoolean()).isFalse();
        // Heavier and equal: accepted without a reason.
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void aLighterSanctionIsAcceptedOnlyWithTheReasonRecorded() {
        Filed f = recommended("PNS", Map.of("disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryPenalty", "PNS_ALLOWANCE_CUT_12M"));
        Map<String, Object> lighter = merged(imposed("disciplinary", "DISCIPLINE_MEDIUM", "800/21/2026", TODAY),
                Map.of("disciplinaryPenalty", "PNS_ALLOWANCE_CUT_6M"));
        // The PPK that imposes it lighter says why (a lower penalty of the level, or a lower level).
        Api.Response unexplained = complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION, lighter);
        assertThat(unexplained.status()).as(unexplained.body()).isEqualTo(400);
        assertThat(fields(unexplained)).containsExactly("notes");
        assertThat(unexplained.body()).contains("followup.confirmation.lighterWithoutReason", "lebih ringan");
        assertThat(fields(complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION, merged(lighter,
                Map.of("disciplinarySanction", "DISCIPLINE_LIGHT", "disciplinaryPenalty", "PNS_WRITTEN_REPRIMAND"))))).containsExactly("notes");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION,
                merged(lighter, Map.of("notes", "Terlapor mengakui dan baru pertama kali melanggar.")));
        assertThat(sanction(onlyPerson(f, EXAMINER), "DISCIPLINARY").path("lighter").asBoolean()).isTrue();

        Api.Response refused = complete(EXAMINER, f, FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("notes");
        assertThat(refused.body()).contains("lebih ringan", "followup.verification.lighterWithoutReason");
        Api.Response english = complete(EXAMINER, f, FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true), "Accept-Language", "en");
        assertThat(english.body()).contains("lighter than recommended");

        // The verification's page shows the imposed beside the recommended, the lighter one marked.
        Pages examiner = Pages.signedIn(port, EXAMINER);
        Pages.Page task = examiner.page("/tugas/" + driver.taskId(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION));
        assertThat(task.text("sanction-DISCIPLINARY")).contains("Hukuman disiplin", "Hukuman disiplin sedang",
                "selama 12 bulan", "selama 6 bulan", "Lebih ringan dari rekomendasi", "800/21/2026");
        // The penalty's own words beside its level, the level not said twice.
        assertThat(task.text("sanction-DISCIPLINARY")).contains("Hukuman disiplin sedang — pemotongan tunjangan kinerja 25% selama 12 bulan")
                .doesNotContain("— sedang:", "PNS —");
        // The notes say when they are required once, both conditions in one sentence beside the plain label.
        assertThat(task.text("notes-when")).isEqualTo("Wajib bila tindak lanjut tidak diterima, atau sanksi yang diterima lebih ringan dari rekomendasi");
        assertThat(task.body()).containsOnlyOnce("Wajib bila").doesNotContain("Catatan (wajib");
        // A client reads the same from the task's answer: with this lighter follow-up, the notes are required whether
        // the follow-up is accepted or not.
        com.fasterxml.jackson.databind.JsonNode declared = null;
        for (com.fasterxml.jackson.databind.JsonNode field : api.as(EXAMINER).get("/api/v1/tasks/"
                + driver.taskId(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION)).json().path("fields")) {
            declared = field.path("name").asText().equals("notes") ? field : declared;
        }
        assertThat(declared).isNotNull();
        assertThat(declared.path("requiredIfAnyOf").toString())
                .isEqualTo("[[{\"field\":\"accepted\",\"operator\":\"equals\",\"values\":[false]}],"
                        + "[{\"field\":\"accepted\",\"operator\":\"equals\",\"values\":[true]}]]");

        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION,
                Map.of("accepted", true, "notes", "PPK mempertimbangkan pengakuan dan masa kerja; diterima."));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void aRecommendedSanctionNotImposedIsLighterAndItsReasonIsAskedOfThePpk() {
        Filed f = recommended("PNS", Map.of("moralSanction", "MORAL_OPEN", "disciplinarySanction", "DISCIPLINE_LIGHT"));
        Map<String, Object> moralOnly = merged(imposed("moral", "MORAL_OPEN", "800/31/2026", TODAY), Map.of("disciplinaryImposed", false));
        Api.Response noNotes = complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION, moralOnly);
        assertThat(fields(noNotes)).containsExactly("notes");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, merged(moralOnly, Map.of("notes", "Teguran masih diproses.")));
        assertThat(sanction(onlyPerson(f, EXAMINER), "DISCIPLINARY").path("imposed").asBoolean()).isFalse();
        assertThat(sanction(onlyPerson(f, EXAMINER), "DISCIPLINARY").path("lighter").asBoolean()).isTrue();
        assertThat(fields(complete(EXAMINER, f, FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true)))).containsExactly("notes");
    }

    @Test
    void aDecreeDatedBeforeTheRecommendationIsRefusedDecreeByDecree() {
        Filed f = recommended("PNS", Map.of("moralSanction", "MORAL_CLOSED", "disciplinarySanction", "DISCIPLINE_HEAVY"));
        Map<String, Object> body = merged(imposed("moral", "MORAL_CLOSED", "800/41/2026", TODAY.minusDays(1)),
                imposed("disciplinary", "DISCIPLINE_HEAVY", "800/42/2026", TODAY.minusDays(5)));
        Api.Response refused = complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).as("no day's grace").containsExactly("moralDecreeDate", "disciplinaryDecreeDate");
        assertThat(refused.body()).contains("sebelum rekomendasi");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION,
                merged(body, Map.of("moralDecreeDate", TODAY.toString(), "disciplinaryDecreeDate", TODAY.toString())));
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_REPORTED");
    }

    /**
     * A recommendation issued at 03:31 WIB on 28 November 2026 (still the 27th in UTC) is of the 28th: a decree of the
     * 27th is refused, one of the 28th accepted.
     */
    @Test
    void theRecommendationsDayIsItsDayInJakarta() {
        clock.set(java.time.Instant.parse("2026-11-27T20:00:00Z"));
        Filed f = atExamination("PNS");
        clock.set(java.time.Instant.parse("2026-11-27T20:31:00Z"));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "moralSanction", "MORAL_OPEN",
                "reasoning", "Terbukti mengunggah dukungan kepada pasangan calon."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        Api.Response refused = complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION,
                imposed("moral", "MORAL_OPEN", "800/51/2026", LocalDate.of(2026, 11, 27)));
        assertThat(fields(refused)).containsExactly("moralDecreeDate");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION,
                imposed("moral", "MORAL_OPEN", "800/51/2026", LocalDate.of(2026, 11, 28)));
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_REPORTED");
    }

    @Test
    void aPppkIsRecommendedTheSanctionsOfPp49Of2018() {
        Filed f = atExamination("PPPK");
        Api.Response pnsPenalty = complete(EXAMINER, f, FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN",
                "disciplinarySanction", "DISCIPLINE_HEAVY", "disciplinaryPenalty", "PNS_HONOURABLE_DISCHARGE", "reasoning", "Terbukti."));
        assertThat(pnsPenalty.status()).isEqualTo(400);
        assertThat(fields(pnsPenalty)).containsExactly("disciplinaryPenalty");
        assertThat(pnsPenalty.body()).contains("berlaku bagi PNS", "berstatus PPPK");
        Api.Response otherLevel = complete(EXAMINER, f, FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN",
                "disciplinarySanction", "DISCIPLINE_LIGHT", "disciplinaryPenalty", "PPPK_CONTRACT_ENDED", "reasoning", "Terbukti."));
        assertThat(fields(otherLevel)).containsExactly("disciplinaryPenalty");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "moralSanction", "MORAL_OPEN",
                "disciplinarySanction", "DISCIPLINE_HEAVY", "disciplinaryPenalty", "PPPK_CONTRACT_ENDED", "reasoning", "Terbukti."));
        assertThat(onlyPerson(f, EXAMINER).path("examination").path("disciplinaryPenalty").asText()).isEqualTo("PPPK_CONTRACT_ENDED");
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));

        // The PPK imposes a PPPK's penalty too: a PNS's is refused, named.
        Map<String, Object> report = merged(imposed("moral", "MORAL_OPEN", "800/81/2026", TODAY),
                imposed("disciplinary", "DISCIPLINE_HEAVY", "800/82/2026", TODAY));
        Api.Response pns = complete(PPK, f, FlowNodes.FOLLOW_UP_CONFIRMATION, merged(report, Map.of("disciplinaryPenalty", "PNS_DEMOTION_12M")));
        assertThat(fields(pns)).containsExactly("disciplinaryPenalty");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, merged(report, Map.of("disciplinaryPenalty", "PPPK_CONTRACT_ENDED")));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void partyMembershipIsDismissalOnTheBasisOfUu20Of2023() {
        assertThat(jdbc.sql("SELECT basis FROM sanction_class WHERE code = 'DISMISSAL'").query(String.class).single())
                .startsWith("UU 20/2023 Pasal 52").doesNotContain("5/2014");
        Filed f = recommended("PNS", Map.of("disciplinarySanction", "DISMISSAL", "violationTypes", List.of("PARTY_MEMBERSHIP")));
        assertThat(onlyPerson(f, PPK).path("examination").path("disciplinaryPenalty").asText())
                .as("a PNS's only dismissal").isEqualTo("PNS_DISMISSAL");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, merged(imposed("disciplinary", "DISMISSAL", "800/51/2026", TODAY),
                Map.of("disciplinaryPenalty", "PNS_DISMISSAL")));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void provenNeedsASanctionOfEitherKindAsTheFormDeclares() {
        Filed f = atExamination("PNS");
        String task = driver.taskId(EXAMINER, f.caseId(), FlowNodes.EXAMINATION);
        JsonNode declared = api.as(EXAMINER).get("/api/v1/tasks/" + task).json().path("fields");
        Map<String, String> conditions = new HashMap<>();
        declared.forEach(d -> conditions.put(d.path("name").asText(), d.path("requiredIf").toString()));
        assertThat(conditions.get("moralSanction")).contains("\"field\":\"outcome\",\"equals\":\"PROVEN\"",
                "\"field\":\"disciplinarySanction\",\"equals\":null");
        assertThat(conditions.get("disciplinarySanction")).contains("\"field\":\"moralSanction\",\"equals\":null");
        Api.Response none = complete(EXAMINER, f, FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "reasoning", "Terbukti."));
        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none)).containsExactlyInAnyOrder("moralSanction", "disciplinarySanction");
        // The task's page says when, in the labels it shows.
        Pages.Page page = Pages.signedIn(port, EXAMINER).page("/tugas/" + task);
        assertThat(page.text("moralSanction-when")).contains("Hasil pemeriksaan: Terbukti", "tidak diisi");
    }

    @Test
    void anEarlierReleasesClientStillSendsOneSanctionClass() {
        Filed f = atExamination("PNS");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "MORAL_CLOSED",
                "reasoning", "Terbukti."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        assertThat(onlyPerson(f, PPK).path("examination").path("moralSanction").asText()).isEqualTo("MORAL_CLOSED");

        // Nothing imposed yet: said of every recommended sanction.
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", false, "notes", "Masih diproses."));
        assertThat(sanction(onlyPerson(f, EXAMINER), "MORAL").path("imposed").asBoolean()).isFalse();
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", false, "notes", "Belum dijatuhkan."));

        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true, "sanctionClass", "MORAL_CLOSED",
                "decreeNumber", "800/61/2026", "decreeDate", TODAY.toString()));
        JsonNode followUp = onlyPerson(f, EXAMINER).path("followUp");
        assertThat(followUp.path("sanctionImposed").asBoolean()).isTrue();
        assertThat(followUp.path("imposedSanction").asText()).isEqualTo("MORAL_CLOSED");
        assertThat(followUp.path("decreeNumber").asText()).isEqualTo("800/61/2026");
        assertThat(driver.caseAs(EXAMINER, f.caseId()).path("followUp").path("decreeNumber").asText()).isEqualTo("800/61/2026");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void theCasePageShowsBothSanctionsRecommendedAndImposed() {
        Filed f = recommended("PNS", Map.of("moralSanction", "MORAL_OPEN", "disciplinarySanction", "DISCIPLINE_MEDIUM",
                "disciplinaryPenalty", "PNS_ALLOWANCE_CUT_9M"));
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, merged(merged(imposed("moral", "MORAL_CLOSED", "800/71/2026", TODAY),
                imposed("disciplinary", "DISCIPLINE_MEDIUM", "800/72/2026", TODAY)), Map.of("notes", "Pernyataan tertutup: terlapor mengakui.")));
        Pages.Page page = Pages.signedIn(port, "bawaslu.serang").page("/perkara/" + f.caseId());
        assertThat(page.body()).contains("Sanksi moral: pernyataan secara terbuka", "Hukuman disiplin sedang",
                "PNS — sedang: pemotongan tunjangan kinerja 25% selama 9 bulan");
        assertThat(page.text("sanction-MORAL")).contains("Sanksi moral: pernyataan secara terbuka",
                "Sanksi moral: pernyataan secara tertutup", "Lebih ringan dari rekomendasi", "800/71/2026");
        assertThat(page.text("sanction-DISCIPLINARY")).contains("800/72/2026").doesNotContain("Lebih ringan");
        Pages.Page english = Pages.signedIn(port, "bawaslu.serang").page("/perkara/" + f.caseId() + "?lang=en");
        assertThat(english.text("sanction-MORAL")).contains("Moral sanction", "Lighter than recommended");
    }
}
