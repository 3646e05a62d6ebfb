package id.netra.letter;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Plenary;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A case forwarded and recommended to two PPKs, its letters read back as PDFs: the forwarding letter to the examining
 * agency and one recommendation to each person's PPK, each with its number, date, addressee, parties and decision, in
 * Indonesian; none naming the reporter; each PPK reading only its own person's letter; documents never changed.
 */
class LetterDocumentsIT extends IntegrationTest {

    private static final List<String> REPORTER = List.of(Reports.REPORTER_NAME, Reports.REPORTER_NIK, Reports.REPORTER_PHONE,
            Reports.REPORTER_EMAIL, "Ahmad", "Fauzi", "Raya Serang-Jakarta", "KM 5");

    private static String text(byte[] pdf) {
        return id.netra.support.LetterPdfs.text(pdf);
    }

    private static JsonNode letter(JsonNode caseAnswer, String kind, UUID person) {
        for (JsonNode d : caseAnswer.path("letterDocuments")) {
            if (d.path("kind").asText().equals(kind) && (person == null || d.path("personId").asText().equals(person.toString()))) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " document for " + person + " in " + caseAnswer.path("letterDocuments"));
    }

    @Test
    void aCaseForwardedAndRecommendedToTwoPpksHasItsLettersAsPdfs() throws Exception {
        Filed f = driver.toExaminationOfCamatAndLurah();
        List<UUID> persons = driver.persons(f.caseId());
        UUID camat = persons.get(0);
        UUID lurah = persons.get(1);
        for (UUID person : persons) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        }
        // Made after each issuing transaction committed: the forwarding and the two recommendations.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM letter_document WHERE case_id = :c")
                .param("c", f.caseId()).query(Long.class).single() == 3);

        JsonNode examined = driver.caseAs("examiner", f.caseId());
        String register = examined.path("registerNumber").asText();
        JsonNode forwarding = letter(examined, "FORWARDING", null);
        Api.Download fw = api.as("examiner").download(forwarding.path("href").asText());
        assertThat(fw.status()).isEqualTo(200);
        assertThat(fw.contentType()).isEqualTo("application/pdf");
        assertThat(new String(fw.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fw.bytes()));
        assertThat(forwarding.path("sha256").asText()).isEqualTo(sha);
        assertThat(fw.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":");
        String fwText = text(fw.bytes());
        assertThat(fwText).contains("BAWASLU KABUPATEN SERANG", "Nomor", forwarding.path("number").asText(), "Hal",
                "Yth. Kepala Badan Kepegawaian Negara", register, Reports.CAMAT, "198609262015051001", Reports.LURAH_1,
                "199001012015032001", "Ketua Bawaslu Kabupaten Serang", "Tembusan");
        assertThat(fwText).doesNotContain(REPORTER.toArray(String[]::new));

        JsonNode lurahsLetter = letter(examined, "RECOMMENDATION", lurah);
        String recText = text(api.as("examiner").download(lurahsLetter.path("href").asText()).bytes());
        // The recommendation names the PPK's due day, as the track's deadline says it.
        String due = jdbc.sql("SELECT due_on FROM track_deadline WHERE person_id = :p AND kind = 'PPK_FOLLOW_UP'").param("p", lurah)
                .query(java.time.LocalDate.class).single().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.forLanguageTag("id")));
        assertThat(recText).contains("paling lambat tanggal " + due, "a.n. Kepala Badan Kepegawaian Negara")
                .doesNotContain("batas waktu yang ditentukan");
        assertThat(recText).contains("BADAN KEPEGAWAIAN NEGARA", lurahsLetter.path("number").asText(), "Yth. Wali Kota Serang",
                Reports.LURAH_1, "199001012015032001", register, "Tembusan", "Ketua Bawaslu Kabupaten Serang");
        assertThat(recText).doesNotContain(Reports.CAMAT, "198609262015051001").doesNotContain(REPORTER.toArray(String[]::new));
        assertThat(text(api.as("examiner").download(letter(examined, "RECOMMENDATION", camat).path("href").asText()).bytes()))
                .contains("Yth. Bupati Serang", Reports.CAMAT).doesNotContain(Reports.LURAH_1);

        // Its QR code leads anyone holding it, signed in or not, to its number, date, issuer and SHA-256, and to
        // nothing else of the case; the file is sealed (PAdES) over all its bytes.
        String url = id.netra.support.LetterPdfs.qr(fw.bytes());
        assertThat(url).matches("http://localhost:8080/verifikasi/[0-9a-f]{40}");
        String path = java.net.URI.create(url).getPath();
        id.netra.support.Pages.Page verified = new id.netra.support.Pages(port).get(path);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text("letter-number")).isEqualTo(forwarding.path("number").asText());
        assertThat(verified.text("letter-issuer")).isEqualTo("Bawaslu Kabupaten Serang");
        assertThat(verified.text("letter-sha256")).isEqualTo(sha);
        // A code typed from paper in capitals is the same code.
        assertThat(new id.netra.support.Pages(port).get("/verifikasi/" + path.substring(path.lastIndexOf('/') + 1).toUpperCase())
                .text("letter-number")).isEqualTo(forwarding.path("number").asText());
        assertThat(verified.text("letter-date")).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.forLanguageTag("id")).format(id.netra.platform.Today.date()));
        assertThat(verified.body()).doesNotContain(register, Reports.CAMAT, Reports.LURAH_1, "198609262015051001", f.trackingNumber());
        Api.Response json = api.get("/api/v1/public/letters/" + path.substring(path.lastIndexOf('/') + 1));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("number", "issuedOn", "issuer", "sha256");
        assertThat(json.json().path("sha256").asText()).isEqualTo(sha);
        id.netra.support.LetterPdfs.Seal seal = id.netra.support.LetterPdfs.seal(fw.bytes());
        assertThat(seal.valid()).isTrue();
        assertThat(seal.coversWholeFile()).isTrue();
        assertThat(seal.signer()).isEqualTo("Bawaslu Kabupaten Serang");
        // Each letter's code is its own; a code no letter carries, or of another shape, is not found.
        assertThat(id.netra.support.LetterPdfs.qr(api.as("examiner").download(lurahsLetter.path("href").asText()).bytes()))
                .startsWith("http://localhost:8080/verifikasi/").isNotEqualTo(url);
        String unknown = path.substring(0, path.length() - 1) + (path.endsWith("a") ? "b" : "a");
        assertThat(new id.netra.support.Pages(port).get(unknown).status()).isEqualTo(404);
        assertThat(new id.netra.support.Pages(port).get("/verifikasi/abc").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/letters/" + unknown.substring(unknown.lastIndexOf('/') + 1)).status()).isEqualTo(404);

        // Each PPK reads its own person's recommendation only: not the other's, nor the forwarding naming both.
        JsonNode kota = driver.caseAs("ppk.kotaserang", f.caseId());
        assertThat(kota.path("letterDocuments").findValuesAsText("letterId")).containsExactly(lurahsLetter.path("letterId").asText());
        assertThat(api.as("ppk.kotaserang").download(lurahsLetter.path("href").asText()).status()).isEqualTo(200);
        assertThat(api.as("ppk.kotaserang").download(forwarding.path("href").asText()).status()).isEqualTo(404);
        assertThat(api.as("ppk.serang").download(lurahsLetter.path("href").asText()).status()).isEqualTo(404);
        assertThat(api.as("bawaslu.pandeglang").download(lurahsLetter.path("href").asText()).status()).isEqualTo(404);
        // The case page links each letter's document beside its number.
        id.netra.support.Pages.Page page = id.netra.support.Pages.signedIn(port, "examiner").page("/perkara/" + f.caseId());
        assertThat(page.okBody()).contains("href=\"" + forwarding.path("href").asText() + "\"", "href=\"" + lurahsLetter.path("href").asText() + "\"");
        // The handling office reads all three.
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("letterDocuments")).hasSize(3);

        // Issued is issued: the database refuses a change or a removal, even to the schema's owner.
        assertThatThrownBy(() -> owner.sql("UPDATE letter_document SET pdf = '\\x00' WHERE case_id = :c").param("c", f.caseId()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM letter_document WHERE case_id = :c").param("c", f.caseId()).update())
                .hasMessageContaining("append-only");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(api.as("examiner")
                .download(forwarding.path("href").asText()).bytes()))).isEqualTo(sha);
    }

    @Test
    void aPpkPastItsDeadlineIsWarnedByALetterNamingTheRecommendation() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        UUID person = driver.persons(f.caseId()).get(0);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        String number = "T-" + person.toString().substring(0, 8) + "/BKN/2026";
        driver.complete("examiner", f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person, Map.of("warningLetterNumber", number));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM letter_document d JOIN case_letter l ON l.id = d.letter_id
                WHERE l.case_id = :c AND l.kind = 'WARNING'""").param("c", f.caseId()).query(Long.class).single() == 1);
        JsonNode seen = driver.caseAs("ppk.serang", f.caseId());
        JsonNode warning = letter(seen, "WARNING", person);
        String recommendation = letter(seen, "RECOMMENDATION", person).path("number").asText();
        String text = text(api.as("ppk.serang").download(warning.path("href").asText()).bytes());
        assertThat(text).contains(number, "Teguran Tertulis", "Yth. Bupati Serang", recommendation, "belum menyampaikan tindak lanjut",
                seen.path("registerNumber").asText(), Reports.CAMAT, "198609262015051001").doesNotContain(REPORTER.toArray(String[]::new));
        // The PPK's task links the letters it follows.
        String task = driver.task("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        JsonNode summary = api.as("ppk.serang").get("/api/v1/tasks/" + task).json().path("caseSummary");
        assertThat(summary.path("letterDocuments").findValuesAsText("kind")).contains("RECOMMENDATION", "WARNING");
    }
    /**
     * Every letter of one person's track from the forwarding to the verification, each a document in Indonesian naming
     * its addressee and the earlier letters it follows, none naming the reporter: the Gakkumdu forwarding beside the
     * examining agency's, the clarification request to the person's superior, the recommendation, the answer to the
     * PPK's objection, the warning, the block, the notice to the ministry, and the verification that closes the track.
     */
    @Test
    void everyLetterOfAPersonsTrackIsADocument() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        UUID person = driver.persons(f.caseId()).get(0);
        String s = person.toString().substring(0, 8);
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true,
                "gakkumduForwarded", true, "gakkumduLetterNumber", "G-" + s + "/PP.01/36.04/2026")));
        Api.Response asked = api.as("examiner").post("/api/v1/cases/" + f.caseId() + "/persons/" + person + "/clarification",
                Map.of("addressee", "SUPERIOR", "letterNumber", "K-" + s + "/BKN/2026",
                        "questions", "Mohon penjelasan kehadiran terlapor\npada deklarasi pasangan calon."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        driver.complete("ppk.serang", f.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, person, Map.of(
                "answeredOn", id.netra.platform.Today.date().toString(), "answer", "Terlapor hadir atas undangan."));
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryPenalty", "PNS_ALLOWANCE_CUT_6M",
                "reasoning", "Terbukti melanggar netralitas."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("objected", true,
                "objection", "Terlapor hadir bukan atas kemauan sendiri."));
        driver.complete("examiner", f.caseId(), FlowNodes.OBJECTION_ANSWER, person, Map.of("objectionDecision", "UPHELD",
                "answer", "Kehadiran terlapor terbukti disertai ajakan memilih.", "answerLetterNumber", "J-" + s + "/BKN/2026"));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        driver.warnAndBlock(f.caseId(), person);
        driver.complete("examiner", f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person, Map.of("escalationLetterNumber", "M-" + s + "/BKN/2026"));
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/" + s + "/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, Map.of("accepted", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM letter_document WHERE case_id = :c")
                .param("c", f.caseId()).query(Long.class).single() == 9);

        JsonNode seen = driver.caseAs("bawaslu.serang", f.caseId());
        String register = seen.path("registerNumber").asText();
        String recommendation = letter(seen, "RECOMMENDATION", person).path("number").asText();
        java.util.function.Function<String, String> read = kind -> {
            JsonNode d = letter(seen, kind, kind.endsWith("FORWARDING") ? null : person);
            String text = text(api.as("bawaslu.serang").download(d.path("href").asText()).bytes());
            assertThat(text).as(kind).contains(d.path("number").asText(), register, Reports.CAMAT, "Tembusan")
                    .doesNotContain(REPORTER.toArray(String[]::new));
            return text;
        };
        assertThat(read.apply("GAKKUMDU_FORWARDING")).contains("BAWASLU KABUPATEN SERANG", "Tindak Pidana Pemilihan",
                "Koordinator Sentra Penegakan Hukum Terpadu", "Ketua Bawaslu Kabupaten Serang");
        assertThat(read.apply("CLARIFICATION_REQUEST")).contains("BADAN KEPEGAWAIAN NEGARA", "Permintaan Klarifikasi",
                "Yth. Atasan Langsung Sdr. " + Reports.CAMAT, "Mohon penjelasan kehadiran terlapor pada deklarasi pasangan calon",
                "Bupati Serang").doesNotContain("{", "null");
        assertThat(read.apply("OBJECTION_ANSWER")).contains("Jawaban atas Sanggahan", "Yth. Bupati Serang", recommendation,
                "tetap berlaku", "Kehadiran terlapor terbukti disertai ajakan memilih.");
        assertThat(read.apply("PERSONNEL_DATA_BLOCK")).contains("Pemblokiran Data Kepegawaian", "Yth. Bupati Serang", recommendation, "diblokir");
        assertThat(read.apply("ESCALATION")).contains("Yth. Menteri Dalam Negeri", "Bupati Serang", recommendation,
                "T-" + s + "/BKN/2026", "BL-" + s + "/BKN/2026", "Ketidakpatuhan");
        // The examination named no form of the violation: the letter says the assessment's; the penalty in its own words.
        assertThat(read.apply("RECOMMENDATION")).contains("Bentuk pelanggaran", "Hukuman disiplin sedang: pemotongan tunjangan kinerja 25%")
                .doesNotContain("PNS —");
        String verification = read.apply("VERIFICATION");
        assertThat(letter(seen, "VERIFICATION", person).path("number").asText()).matches("V-\\d+/BKN/\\d{1,2}/\\d{4}");
        assertThat(verification).contains("Hasil Verifikasi", "Yth. Bupati Serang", recommendation, "800/" + s + "/2026", "terima",
                "Pemblokiran data kepegawaiannya dibuka");
        // The PPK reads its person's letters, the verification among them; not the office's letter to the Gakkumdu centre.
        JsonNode ppk = driver.caseAs("ppk.serang", f.caseId());
        assertThat(ppk.path("letterDocuments").findValuesAsText("kind")).contains("VERIFICATION", "ESCALATION")
                .doesNotContain("GAKKUMDU_FORWARDING", "FORWARDING");
    }
}
