package id.netra.casefile;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers type parts of the reporter's name, the address written another way and a disguised e-mail into the notes,
 * hearing summaries, the analysis and the examination reasoning. The examiner, the province office and the PPK read
 * none of them, yet the reported ASN's name, region names and words that merely contain a name word stay; the
 * handling office reads the texts as typed.
 */
class ReporterNameVariantsIT extends IntegrationTest {

    static final String VARIANTS = "Sdr. Ahmad hadir; Pak Fauzi menyatakan; tertulis Fauzi, Ahmad dan Fauzi Ahmad, dieja A h m a d "
            + "Fauzi serta R.a.h.m.a.n. Alamat: Jalan Raya Serang Nomor 1 / JL RAYA SERANG NO 1, Ciruas / jl raya serang no 1. "
            + "Surel ahmad(at)example(dot)id, ahmad [at] example.id, ahmad @ example . id. Terlapor Budi Santoso, "
            + "Kantor Kecamatan Ciruas, Kabupaten Serang; Jemaah Ahmadiyah tidak terkait.";

    @Test
    void theVariantsReachNoOneOutsideTheHandlingOffice() {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) body.get("reporter");
        reporter.put("address", "Jl. Raya Serang No. 1");
        reporter.put("email", "ahmad@example.id");
        Filed f = driver.fileReport(body);
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "notes", VARIANTS));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTER", "name", "Ahmad Fauzi Rahman", "heldOn", id.netra.platform.Today.date().toString(), "summary", VARIANTS),
                Map.of("party", "REPORTED", "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(),
                        "summary", "Terlapor mengakui. " + VARIANTS))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", VARIANTS));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true, "notes", VARIANTS)));
        assertClean("examiner", f.caseId());
        assertClean("bawaslu.banten", f.caseId());
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti. " + VARIANTS));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        for (String outsider : List.of("examiner", "bawaslu.banten", "ppk.serang")) {
            assertClean(outsider, f.caseId());
        }

        JsonNode handling = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(handling.path("assessment").path("analysis").asText()).isEqualTo(VARIANTS);
        assertThat(handling.path("examination").path("reasoning").asText()).isEqualTo("Terbukti. " + VARIANTS);
        assertThat(handling.toString()).doesNotContain(ReporterRedactor.MASK);
    }

    /**
     * A reporter whose name is made of the words of the case's region, office and agency and of its officers' user
     * names: those names stay in every view and page (Netra writes them, nobody types them), while the same words in
     * an officer's text are the reporter's and are masked.
     */
    @Test
    void referenceNamesAndUserNamesStayWhenTheReporterSharesTheirWords() {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) body.get("reporter");
        reporter.put("name", "Pemerintah Kabupaten Serang Bawaslu");
        Filed f = driver.fileReport(body);
        String quote = "Pelapor Serang hadir bersama Bawaslu Pemerintah.";
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "notes", quote));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTED", "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", quote))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", quote));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true, "notes", quote)));
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", quote));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));

        for (String outsider : List.of("examiner", "bawaslu.banten", "ppk.serang")) {
            JsonNode c = driver.caseAs(outsider, f.caseId());
            assertThat(c.path("office").path("name").asText()).as(outsider).isEqualTo("Bawaslu Kabupaten Serang");
            assertThat(c.path("incident").path("regionName").asText()).as(outsider).isEqualTo("Kabupaten Serang");
            assertThat(c.path("reportedPersons").get(0).path("agencyName").asText()).as(outsider)
                    .isEqualTo("Pemerintah Kabupaten Serang");
            List<String> by = new ArrayList<>();
            c.path("history").forEach(h -> by.add(h.path("by").asText()));
            c.path("decisions").forEach(d -> by.add(d.path("decidedBy").asText()));
            assertThat(by).as(outsider).contains("examiner.approver").doesNotContain(ReporterRedactor.MASK);
            if (!outsider.startsWith("ppk")) {
                assertThat(by).as(outsider).contains("bawaslu.serang", "komisioner.serang");
            }
            // The officers' own words are the reporter's, and stay masked.
            if (!outsider.startsWith("ppk")) {
                assertThat(c.path("assessment").path("analysis").asText()).as(outsider).doesNotContain("Serang")
                        .contains(ReporterRedactor.MASK);
            }
            assertThat(c.path("examination").path("reasoning").asText()).as(outsider).doesNotContain("Serang")
                    .contains(ReporterRedactor.MASK);
            Pages.Page page = Pages.signedIn(port, outsider).get("/perkara/" + f.caseId());
            assertThat(page.status()).as(outsider).isEqualTo(200);
            assertThat(page.body()).as(outsider).contains("Kabupaten Serang").contains("Pemerintah Kabupaten Serang");
        }
    }

    private void assertClean(String user, UUID caseId) {
        Api.Response r = api.as(user).get("/api/v1/cases/" + caseId);
        assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(200);
        assertThat(r.body()).as("%s's view carries the officers' texts", user).contains(ReporterRedactor.MASK)
                .contains("Kabupaten Serang").contains("Ahmadiyah").contains("Kecamatan Ciruas");
        assertThat(r.json().path("reported").path("name").asText()).isEqualTo("Budi Santoso");
        List<String> texts = new ArrayList<>();
        collect(r.json(), texts);
        for (String text : texts) {
            for (String segment : text.split(Pattern.quote(ReporterRedactor.MASK))) {
                String folded = Normalizer.normalize(segment, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                List<String> words = List.of(folded.split("[^\\p{L}\\p{N}]+"));
                // Letters and digits only, so a name spelled out or an address however punctuated shows; Ahmadiyah is another word.
                String alnum = folded.replace("ahmadiyah", "").replaceAll("[^\\p{L}\\p{N}]", "");
                for (String value : List.of("ahmad", "fauzi", "rahman")) {
                    assertThat(words).as("%s sees %s in %s", user, value, text).doesNotContain(value);
                    assertThat(alnum).as("%s sees %s in %s", user, value, text).doesNotContain(value);
                }
                assertThat(alnum).as("%s sees the address in %s", user, text).doesNotContain("rayaserang1")
                        .doesNotContain("rayaserangnomor1").doesNotContain("rayaserangno1");
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
