package id.netra.casefile;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The reporter replaces their details when completing a report; the officers then quote both the details as filed
 * and the new ones, written every which way. The examining agency and the PPK see neither; the handling office sees
 * the current ones, and every version is kept.
 */
class ReporterVersionsIT extends IntegrationTest {

    static final String NEW_NAME = "Dewi Kartika Sari";
    static final String NEW_NIK = "3604015505900004";
    static final String NEW_ADDRESS = "Perum Griya Serang Asri Blok C2 No. 9, Kramatwatu";
    static final String NEW_PHONE = "+62 857-1234-9876";
    static final String NEW_NATIONAL = "85712349876";
    static final String NEW_EMAIL = "dewi.kartika@surel.id";
    static final String OLD_NATIONAL = REPORTER_PHONE.substring(1);

    /** Old and new details as officers type them: regrouped numbers, other prefixes, other case and spacing. */
    static final String QUOTE = "Pelapor semula ahmad  FAUZI\u00A0rahman (NIK 3604 0115.0585-0003, HP +62 812 3456 7890 / "
            + "(0812) 3456-7890, surel Ahmad.Fauzi@CONTOH.id, alamat jl. raya serang-jakarta\tkm 5 no. 17,\nciruas), kini "
            + "DEWI\tkartika  Sari, NIK 3604-0155-0590-0004, telepon 0857 1234 9876 atau 62 857.1234.9876, "
            + "DEWI.KARTIKA@SUREL.ID, PERUM GRIYA  SERANG ASRI\nBLOK C2 NO. 9, KRAMATWATU.";

    @Test
    void replacedDetailsAreScrubbedToo() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", false,
                "materialRequirementsMet", true, "missingItems", "Fotokopi KTP pelapor."));
        Api.Response done = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/completion", Map.of(
                "statement", "KTP terlampir; data diri saya perbarui.",
                "reporter", Map.of("name", NEW_NAME, "nik", NEW_NIK, "address", NEW_ADDRESS, "phone", NEW_PHONE, "email", NEW_EMAIL)),
                "X-Access-Code", f.accessCode());
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "notes", QUOTE));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTER", "name", NEW_NAME, "heldOn", id.netra.platform.Today.date().toString(), "summary", QUOTE),
                Map.of("party", "WITNESS", "name", "Siti Aminah", "heldOn", id.netra.platform.Today.date().toString(),
                        "summary", "Saksi mengenal pelapor. " + QUOTE))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Berdasarkan keterangan: " + QUOTE));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true, "notes", QUOTE)));

        assertClean("examiner", f.caseId());
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti. " + QUOTE));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        for (String outsider : List.of("examiner", "examiner.approver", "ppk.serang")) {
            assertClean(outsider, f.caseId());
        }

        // The handling office sees the current details, and every version is kept.
        JsonNode reporter = driver.caseAs("bawaslu.serang", f.caseId()).path("reporter");
        assertThat(reporter.path("name").asText()).isEqualTo(NEW_NAME);
        assertThat(reporter.path("nik").asText()).isEqualTo(NEW_NIK);
        assertThat(reporter.path("email").asText()).isEqualTo(NEW_EMAIL);
        assertThat(jdbc.sql("SELECT name FROM case_reporter_version WHERE case_id = :id ORDER BY version")
                .param("id", f.caseId()).query(String.class).list()).containsExactly(REPORTER_NAME, NEW_NAME);
    }

    private void assertClean(String user, UUID caseId) {
        Api.Response r = api.as(user).get("/api/v1/cases/" + caseId);
        assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(200);
        assertThat(r.body()).as("%s's view carries the officers' texts", user).contains(id.netra.casefile.ReporterRedactor.MASK);
        List<String> texts = new ArrayList<>();
        collect(r.json(), texts);
        for (String text : texts) {
            String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
            String words = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\p{Cf}", "")
                    .replaceAll("[\\s\\p{Z}]+", " ");
            assertThat(digits).as("%s sees a NIK or phone in %s", user, text)
                    .doesNotContain(REPORTER_NIK, NEW_NIK, OLD_NATIONAL, NEW_NATIONAL);
            for (String value : List.of(REPORTER_NAME, REPORTER_ADDRESS, REPORTER_EMAIL, NEW_NAME, NEW_ADDRESS, NEW_EMAIL)) {
                assertThat(words).as("%s sees the reporter in %s", user, text).doesNotContain(value.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.forEach(child -> collect(child, texts));
    }
}
