package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Related cases (issue 12, item 7): a case answers, with its tasks, the other cases naming one of its persons' NIPs —
 * open, or closed within {@code netra.related-cases.closed-within} (365 days) — as far as the reader's scope allows,
 * never with their reporter.
 */
class RelatedCasesIT extends IntegrationTest {

    /**
     * NIPs of this class alone: the other tests name the same few NIPs in hundreds of cases. Valid (birth day, first
     * appointment after it, sex, a sequence), each one new.
     */
    private static final AtomicInteger NEXT = new AtomicInteger(new java.util.Random().nextInt(900));

    private static String newNip() {
        int n = NEXT.incrementAndGet();
        int day = 1 + n % 28;
        int month = 1 + (n / 28) % 12;
        return String.format("1975%02d%02d2001%02d1%03d", month, day, month, 1 + (n * 7) % 999);
    }

    /** The NIP as people write it on the form: in its groups. */
    private static String grouped(String nip) {
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
    }

    private static Map<String, Object> person(String name, String nip, String agency) {
        return new LinkedHashMap<>(Map.of("name", name, "nip", nip, "position", "Camat", "positionCategory", "CAMAT_LURAH",
                "employmentType", "PNS", "agencyCode", agency));
    }

    /** A report in this region naming these persons. */
    private static Map<String, Object> report(String region, String agency, Map<String, Object>... persons) {
        return Reports.naming(Reports.report(region, agency), new ArrayList<>(List.of(persons)));
    }

    private final Map<String, Pages> browsers = new java.util.HashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    private RelatedCases relatedCases;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    private Pages.Page page(String user, String path) {
        Pages.Page p = browsers.computeIfAbsent(user, u -> Pages.signedIn(port, u)).page(path);
        assertThat(p.status()).as(path + " as " + user).isEqualTo(200);
        return p;
    }

    private static List<String> relatedIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.path("relatedCases").forEach(r -> ids.add(r.path("caseId").asText()));
        return ids;
    }

    private static JsonNode related(JsonNode view, UUID caseId) {
        for (JsonNode r : view.path("relatedCases")) {
            if (r.path("caseId").asText().equals(caseId.toString())) {
                return r;
            }
        }
        throw new AssertionError("no related case " + caseId + " in " + view.path("relatedCases"));
    }

    @Test
    void twoCasesNamingTheSameNipSeeEachOtherAndACaseWithAnotherNipSeesNone() {
        String shared = newNip();
        String other = newNip();
        // Typed in its groups on one report, as digits on the other: intake keeps the digits, and they match.
        Filed first = driver.fileReport(report("36.04", "PEMDA-36.04", person("Budi Santoso", grouped(shared), "PEMDA-36.04")));
        Filed second = driver.toRegistered(report("36.04", "PEMDA-36.04", person("Agus Salim", newNip(), "PEMDA-36.04"),
                person("Budi Santoso", shared, "PEMDA-36.04")));
        Filed third = driver.fileReport(report("36.04", "PEMDA-36.04", person("Dedi Kurniawan", other, "PEMDA-36.04")));

        JsonNode firstView = driver.caseAs("bawaslu.serang", first.caseId());
        assertThat(relatedIds(firstView)).containsExactly(second.caseId().toString());
        JsonNode toSecond = related(firstView, second.caseId());
        String register = jdbc.sql("SELECT register_number FROM case_file WHERE id = :id").param("id", second.caseId())
                .query(String.class).single();
        assertThat(toSecond.path("registerNumber").asText()).isEqualTo(register);
        assertThat(toSecond.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(toSecond.path("statusLabel").asText()).isNotBlank();
        assertThat(toSecond.path("href").asText()).isEqualTo("/perkara/" + second.caseId());
        assertThat(toSecond.path("nips")).hasSize(1);
        assertThat(toSecond.path("nips").get(0).asText()).isEqualTo(shared);
        assertThat(firstView.path("relatedCasesInScope").asInt()).isEqualTo(1);
        assertThat(firstView.path("relatedCasesOutsideScope").asInt()).isZero();

        JsonNode secondView = driver.caseAs("bawaslu.serang", second.caseId());
        assertThat(relatedIds(secondView)).containsExactly(first.caseId().toString());
        // Not yet registered: no register number, told apart by when it was received.
        assertThat(related(secondView, first.caseId()).path("registerNumber").isNull()).isTrue();
        assertThat(related(secondView, first.caseId()).path("receivedAt").asText()).isNotBlank();

        JsonNode thirdView = driver.caseAs("bawaslu.serang", third.caseId());
        assertThat(thirdView.path("relatedCases")).isEmpty();
        assertThat(thirdView.path("relatedCasesInScope").asInt()).isZero();

        // The page says it too, with a link; the third says there are none.
        Pages.Page firstPage = page("bawaslu.serang", "/perkara/" + first.caseId());
        assertThat(firstPage.text("related-title")).isEqualTo("Kasus terkait");
        assertThat(firstPage.text("related-cases")).contains(register, shared + " (Budi Santoso)");
        assertThat(firstPage.body()).contains("href=\"/perkara/" + second.caseId() + "\"");
        Pages.Page thirdPage = page("bawaslu.serang", "/perkara/" + third.caseId());
        assertThat(thirdPage.text("related-none")).isEqualTo("Tidak ada perkara lain yang menyebut NIP terlapor perkara ini.");
        assertThat(thirdPage.tag("related-cases")).isNull();
        Pages.Page inEnglish = Pages.signedIn(port, "bawaslu.serang").page("/perkara/" + first.caseId() + "?lang=en");
        assertThat(inEnglish.text("related-title")).isEqualTo("Related cases");
        assertThat(inEnglish.text("related")).contains("closed in the last 365 days");

        // With a task on the case: its answer and its page.
        String taskId = driver.taskId("bawaslu.serang", first.caseId(), FlowNodes.INITIAL_REVIEW);
        Api.Response task = api.as("bawaslu.serang").get("/api/v1/tasks/" + taskId);
        assertThat(task.status()).isEqualTo(200);
        assertThat(relatedIds(task.json().path("caseSummary"))).containsExactly(second.caseId().toString());
        Pages.Page taskPage = page("bawaslu.serang", "/tugas/" + taskId);
        assertThat(taskPage.text("related-title")).isEqualTo("Kasus terkait");
        assertThat(taskPage.body()).contains("href=\"/perkara/" + second.caseId() + "\"");
    }

    @Test
    void anotherOfficesCaseIsCountedForBawasluButNeverIdentifiedAndNoReporterIsNamed() {
        String nip = newNip();
        Filed serang = driver.fileReport(report("36.04", "PEMDA-36.04", person("Budi Santoso", nip, "PEMDA-36.04")));
        Map<String, Object> elsewhere = report("36.01", "PEMDA-36.01", person("Budi Santoso", nip, "PEMDA-36.04"));
        // Another reporter, so that any trace of them would show.
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) elsewhere.get("reporter");
        reporter.put("name", "Wahyu Hidayat Saputra");
        reporter.put("phone", "081399887766");
        reporter.put("email", "wahyu.hidayat@contoh.id");
        Filed pandeglang = driver.fileReport(elsewhere);

        JsonNode serangView = driver.caseAs("bawaslu.serang", serang.caseId());
        assertThat(serangView.path("relatedCases")).isEmpty();
        assertThat(serangView.path("relatedCasesInScope").asInt()).isZero();
        assertThat(serangView.path("relatedCasesOutsideScope").asInt()).isEqualTo(1);
        String answer = serangView.path("relatedCases").toString() + serangView.path("relatedCasesOutsideScope");
        String whole = serangView.toString();
        assertThat(whole).doesNotContain(pandeglang.caseId().toString(), pandeglang.trackingNumber(), "Wahyu", "081399887766",
                "wahyu.hidayat");
        Pages.Page serangPage = page("bawaslu.serang", "/perkara/" + serang.caseId());
        assertThat(serangPage.text("related-outside")).contains(": 1 (tidak ditampilkan)");
        assertThat(serangPage.body()).doesNotContain(pandeglang.caseId().toString(), pandeglang.trackingNumber(), "Wahyu");

        // The other office likewise; the province office reads both, and is listed each, without either reporter.
        assertThat(driver.caseAs("bawaslu.pandeglang", pandeglang.caseId()).path("relatedCasesOutsideScope").asInt()).isEqualTo(1);
        JsonNode province = driver.caseAs("bawaslu.banten", serang.caseId());
        assertThat(relatedIds(province)).containsExactly(pandeglang.caseId().toString());
        assertThat(province.path("relatedCasesOutsideScope").asInt()).isZero();
        assertThat(province.path("relatedCases").toString()).doesNotContain(pandeglang.trackingNumber(), "Wahyu",
                Reports.REPORTER_NAME, Reports.REPORTER_NIK, Reports.REPORTER_PHONE);
        assertThat(related(province, pandeglang.caseId()).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("caseId", "registerNumber", "status", "statusLabel", "receivedAt", "closedAt", "nips", "href");
        // What is said of the related case names no reporter; the other office's answer does not name this case.
        assertThat(answer).doesNotContain(Reports.REPORTER_NAME, "Wahyu");
        assertThat(driver.caseAs("bawaslu.pandeglang", pandeglang.caseId()).toString())
                .doesNotContain(serang.caseId().toString(), serang.trackingNumber());
    }

    @Test
    void aCaseClosedWithinThePeriodIsListedAndOneClosedLongerAgoIsNot() {
        String nip = newNip();
        Filed withdrawn = driver.fileReport(report("36.04", "PEMDA-36.04", person("Budi Santoso", nip, "PEMDA-36.04")));
        Api.Response w = api.post("/api/v1/public/reports/" + withdrawn.trackingNumber() + "/withdrawal", Map.of(),
                "X-Access-Code", withdrawn.accessCode());
        assertThat(w.status()).as(w.body()).isBetween(200, 204);
        Instant closedAt = jdbc.sql("SELECT closed_at FROM case_file WHERE id = :id").param("id", withdrawn.caseId())
                .query(java.sql.Timestamp.class).single().toInstant();
        Filed later = driver.fileReport(report("36.04", "PEMDA-36.04", person("Budi Santoso", nip, "PEMDA-36.04")));

        assertThat(relatedIds(driver.caseAs("bawaslu.serang", later.caseId()))).containsExactly(withdrawn.caseId().toString());
        assertThat(related(driver.caseAs("bawaslu.serang", later.caseId()), withdrawn.caseId()).path("status").asText())
                .isEqualTo("WITHDRAWN");

        // 365 days after it closed, less a day: still related; and a day more: no longer (nor counted).
        clock.set(closedAt.plus(Duration.ofDays(364)));
        assertThat(relatedIds(driver.caseAs("bawaslu.serang", later.caseId()))).containsExactly(withdrawn.caseId().toString());
        clock.set(closedAt.plus(Duration.ofDays(366)));
        JsonNode after = driver.caseAs("bawaslu.serang", later.caseId());
        assertThat(after.path("relatedCases")).isEmpty();
        assertThat(after.path("relatedCasesInScope").asInt()).isZero();
        assertThat(after.path("relatedCasesOutsideScope").asInt()).isZero();
        // An open case is related however long ago it was received: the withdrawn one still sees the open one.
        assertThat(relatedIds(driver.caseAs("bawaslu.serang", withdrawn.caseId()))).containsExactly(later.caseId().toString());
    }

    @Test
    void theExaminingAgencyAndAPpkAreToldOnlyOfCasesTheyReadNotEvenHowManyOthers() {
        String nip = newNip();
        Filed forwarded = driver.toRecommendation(Reports.naming(Reports.report("36.04", "PEMDA-36.04"),
                new ArrayList<>(List.of(person("Budi Santoso", nip, "PEMDA-36.04")))));
        Filed fresh = driver.fileReport(report("36.04", "PEMDA-36.04", person("Budi Santoso", nip, "PEMDA-36.04")));

        assertThat(relatedIds(driver.caseAs("bawaslu.serang", forwarded.caseId()))).containsExactly(fresh.caseId().toString());
        for (String reader : List.of("examiner", "ppk.serang")) {
            JsonNode view = driver.caseAs(reader, forwarded.caseId());
            assertThat(view.path("relatedCases")).as(reader).isEmpty();
            assertThat(view.path("relatedCasesInScope").asInt()).as(reader).isZero();
            assertThat(view.path("relatedCasesOutsideScope").isNull()).as(reader).isTrue();
            assertThat(view.toString()).as(reader).doesNotContain(fresh.caseId().toString());
            assertThat(page(reader, "/perkara/" + forwarded.caseId()).tag("related-outside")).as(reader).isNull();
        }
        // Once both are forwarded to the same PPK, each reads the other.
        Filed again = driver.toRecommendation(Reports.naming(Reports.report("36.04", "PEMDA-36.04"),
                new ArrayList<>(List.of(person("Budi Santoso", nip, "PEMDA-36.04")))));
        JsonNode ppk = driver.caseAs("ppk.serang", forwarded.caseId());
        assertThat(relatedIds(ppk)).containsExactly(again.caseId().toString());
        assertThat(related(ppk, again.caseId()).path("status").asText()).isEqualTo("RECOMMENDATION_ISSUED");
        // Another PPK reads neither.
        assertThat(api.as("ppk.kotaserang").get("/api/v1/cases/" + forwarded.caseId()).status()).isEqualTo(404);
    }

    @Test
    void theQueryFindsTheNipsThroughTheNipIndex() {
        // At the tests' few rows the planner may read the table whole; with that ruled out, the NIP index must serve the
        // statement as it runs (the persons' NIPs together, a PPK's and an officer's alike).
        for (id.netra.access.NetraUser user : List.of(
                new id.netra.access.NetraUser("bawaslu.serang", "Bawaslu Serang", id.netra.access.Role.BAWASLU_OFFICER, "36.04", null),
                new id.netra.access.NetraUser("ppk.serang", "PPK Serang", id.netra.access.Role.PPK, null, "PEMDA-36.04"))) {
            id.netra.platform.SqlStatement statement = relatedCases.statement(user, UUID.randomUUID(), List.of(newNip(), newNip()));
            String plan = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
                jdbc.sql("SET LOCAL enable_seqscan = off").update();
                return String.join("\n", jdbc.sql("EXPLAIN " + statement.sql()).params(statement.params()).query(String.class).list());
            });
            assertThat(plan).as(user.username()).contains("case_person_nip_idx");
        }
    }
}
