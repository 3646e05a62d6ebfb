package id.netra.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public statistics, read without an account when a civil servant of Papua Barat Daya was the only one reported
 * there: the province's cells are withheld, every figure shown is the officers' own, none is small, and the
 * nation's total less the provinces shown leaves each withheld cell more than one value — so he cannot be singled out
 * by differencing the national and provincial views.
 */
class PublicStatisticsIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    StatisticsSummaries summaries;

    private static final List<String> COLUMNS = List.of("registered", "proven", "recommended", "followedUp");
    private static final String SORONG_PASSWORD = "Kepala-Burung-Uji-2026";

    @Test
    void aLoneReportedCivilServantCannotBeSingledOut() {
        // Registered by an officer of Bawaslu Kabupaten Sorong (an account of this test's own).
        Map<String, Object> account = new java.util.HashMap<>(Map.of("username", "bawaslu.sorong", "displayName", "Staf Bawaslu Sorong",
                "role", "BAWASLU_OFFICER", "office", "96.01", "password", SORONG_PASSWORD));
        Api.Response created = api.as("admin").post("/api/v1/admin/users", account);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> lone = Reports.report("96.01", "PEMDA-96.01");
        lone.put("electionType", "PEMILU");
        register(driver.fileReport(lone).caseId());
        // Reports filed and withdrawn by someone who would lift the province's cell to the threshold: not registered,
        // so not published.
        for (int i = 0; i < 4; i++) {
            Map<String, Object> decoy = Reports.report("96.01", "PEMDA-96.01");
            decoy.put("electionType", "PEMILU");
            var filed = driver.fileReport(decoy);
            assertThat(api.post("/api/v1/public/reports/" + filed.trackingNumber() + "/withdrawal", Map.of("reason", "Salah kirim."),
                    "X-Access-Code", filed.accessCode()).status()).isLessThan(300);
        }
        for (int i = 0; i < 6; i++) {
            Map<String, Object> banten = Reports.report("36.04", "PEMDA-36.04");
            banten.put("electionType", "PEMILU");
            driver.toRegistered(banten);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        int year = today.getYear();
        String election = "PEMILU-" + year;

        // A later day (one no other test reads the public figures of): its figures are made by its first reader from
        // the summaries; the officers' by province from the same.
        summaries.refresh();
        Pages anonymous = new Pages(port);
        clock.set(today.plusDays(3).atTime(8, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
        JsonNode raw = api.as("bawaslu.ri").get("/api/v1/statistics/persons?by=province&electionType=PEMILU&year=" + year).json();
        Map<String, long[]> officers = new HashMap<>();
        for (JsonNode row : raw.path("rows")) {
            JsonNode c = row.path("counts");
            officers.put(row.path("key").asText(), new long[] {c.path("registered").asLong(), c.path("proven").asLong(),
                    c.path("recommended").asLong(), c.path("followedUp").asLong()});
        }
        // Five reported in Papua Barat Daya, one registered.
        assertThat(officers.get("96")[0]).isEqualTo(1);
        long reportedThere = 0;
        for (JsonNode row : raw.path("rows")) {
            if (row.path("key").asText().equals("96")) {
                reportedThere = row.path("counts").path("reported").asLong();
            }
        }
        assertThat(reportedThere).isEqualTo(5);

        Pages.Page page = anonymous.page("/statistik-publik?pemilihan=" + election.toLowerCase());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Statistik netralitas ASN", "Papua Barat Daya", "Nasional", "kurang dari 5");
        List<List<String>> published = csv(anonymous, election);
        // One figure per province: the path's figures side by side would bound a withheld one by its neighbours.
        assertThat(published.get(0)).containsExactly("Kode", "Nama", "Diregistrasi");
        List<List<String>> provinces = published.subList(1, published.size() - 1);
        List<String> nation = published.get(published.size() - 1);
        assertThat(nation.get(1)).isEqualTo("Nasional");
        assertThat(provinces).hasSize(38);
        List<String> papuaBaratDaya = provinces.stream().filter(l -> l.get(0).equals("96")).findFirst().orElseThrow();
        assertThat(papuaBaratDaya.subList(2, 3)).as("the lone person's province").containsExactly("*");

        for (int c = 0; c < 1; c++) {
            long shownSum = 0;
            int withheld = 0;
            long nationTotal = 0;
            for (long[] v : officers.values()) {
                nationTotal += v[c];
            }
            for (List<String> l : provinces) {
                long actual = officers.getOrDefault(l.get(0), new long[4])[c];
                String cell = l.get(2 + c);
                if (cell.equals("*")) {
                    withheld++;
                } else {
                    assertThat(Long.parseLong(cell)).as(l.get(1) + " " + COLUMNS.get(c)).isEqualTo(actual);
                    assertThat(actual == 0 || actual >= 5).as("a shown cell is never small").isTrue();
                    shownSum += actual;
                }
                if (actual > 0 && actual < 5) {
                    assertThat(cell).isEqualTo("*");
                }
            }
            String total = nation.get(2 + c);
            if (total.equals("*")) {
                continue;
            }
            assertThat(Long.parseLong(total)).isEqualTo(nationTotal);
            // Differencing: the nation less the provinces shown is shared among the withheld cells, never one alone,
            // and leaves each of them more than one value (each is at least 1).
            long left = nationTotal - shownSum;
            assertThat(withheld).as(COLUMNS.get(c) + ": withheld cells").isNotEqualTo(1);
            if (withheld > 0) {
                assertThat(left - (withheld - 1)).as(COLUMNS.get(c) + ": the most one withheld cell can hold").isGreaterThan(1);
            }
        }

        // Made once for the day: a person reported after its first reading changes nothing that day, on any node
        // (the day's figures are kept in the database).
        java.time.Instant later = clock.instant();
        clock.reset();
        Map<String, Object> another = Reports.report("96.01", "PEMDA-96.01");
        another.put("electionType", "PEMILU");
        register(driver.fileReport(another).caseId());
        summaries.refresh();
        assertThat(api.as("bawaslu.ri").get("/api/v1/statistics/persons?region=96&electionType=PEMILU&year=" + year).json()
                .path("total").path("registered").asLong()).isEqualTo(2);
        clock.set(later);
        assertThat(csv(anonymous, election)).isEqualTo(published);
        assertThat(owner.sql("SELECT count(*) FROM public_statistics WHERE election = :e").param("e", election).query(Long.class).single())
                .isEqualTo(1);

        // The nation's path, in one row: each figure as the officers count it, or withheld when small.
        JsonNode nationTotal = raw.path("total");
        String nationRow = page.body().substring(page.body().indexOf("id=\"table-nation\""));
        nationRow = nationRow.substring(nationRow.indexOf("<tfoot>"), nationRow.indexOf("</tfoot>"));
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(nationRow);
        for (String figure : COLUMNS) {
            assertThat(cells.find()).isTrue();
            long n = nationTotal.path(figure).asLong();
            // The nation's registered is the provinces' total: withheld with it (a trial subtracted a withheld total
            // shown here).
            boolean withheld = figure.equals("registered") ? nation.get(2).equals("*") : n > 0 && n < 5;
            assertThat(cells.group(1)).as(figure).isEqualTo(withheld ? "*" : java.text.NumberFormat.getIntegerInstance(
                    java.util.Locale.forLanguageTag("id")).format(n));
        }

        // No election across all: an unknown or made-up one is not found, and nothing is published for it.
        assertThat(anonymous.page("/statistik-publik?pemilihan=SEMUA").status()).isEqualTo(404);
        Pages.Download unknown = anonymous.download("/statistik-publik/unduh?pemilihan=PEMILU-1999&format=csv");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("\"field\":\"pemilihan\"");
        Pages.Download noFormat = anonymous.download("/statistik-publik/unduh?pemilihan=" + election);
        assertThat(noFormat.status()).isEqualTo(400);
        assertThat(new String(noFormat.body(), StandardCharsets.UTF_8)).contains("\"field\":\"format\"");
        // The officers' statistics stay behind the sign-in.
        assertThat(anonymous.get("/statistik").status()).isEqualTo(302);
        assertThat(Api.anonymous(port).get("/api/v1/statistics/persons").status()).isEqualTo(401);
    }

    /** The report registered at its initial review by the Sorong office's officer. */
    private void register(java.util.UUID caseId) {
        Api sorong = api.as("bawaslu.sorong", SORONG_PASSWORD);
        String task = null;
        for (JsonNode t : sorong.get("/api/v1/tasks").json()) {
            if (t.path("caseId").asText().equals(caseId.toString()) && t.path("key").asText().equals("initialReview")) {
                task = t.path("id").asText();
            }
        }
        assertThat(task).as("the Sorong office's initial review").isNotNull();
        Api.Response done = sorong.post("/api/v1/tasks/" + task + "/complete", Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    /** The public CSV of an election, or null when it has no figures yet. */
    private static List<List<String>> csv(Pages pages, String election) {
        Pages.Download d = pages.download("/statistik-publik/unduh?pemilihan=" + election + "&format=csv");
        if (d.status() == 404) {
            return null;
        }
        assertThat(d.status()).isEqualTo(200);
        return StatisticsPagesIT.parseCsv(new String(d.body(), StandardCharsets.UTF_8).substring(1));
    }
}
