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
 * The public statistics, read without an account the day after a civil servant of Papua Barat Daya was the only one
 * reported there: the province's cells are withheld, every figure shown is the officers' own, none is small, and the
 * nation's total less the provinces shown leaves each withheld cell more than one value — so he cannot be singled out
 * by differencing the national and provincial views.
 */
class PublicStatisticsIT extends IntegrationTest {

    private static final List<String> COLUMNS = List.of("reported", "proven", "recommended", "followedUp");

    @Test
    void aLoneReportedCivilServantCannotBeSingledOut() {
        Map<String, Object> lone = Reports.report("96.01", "PEMDA-96.01");
        lone.put("electionType", "PEMILU");
        driver.fileReport(lone);
        for (int i = 0; i < 6; i++) {
            Map<String, Object> banten = Reports.report("36.04", "PEMDA-36.04");
            banten.put("electionType", "PEMILU");
            driver.fileReport(banten);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        int year = today.getYear();
        String election = "PEMILU-" + year;

        // Today's reports are not published today: the figures stand at 00:00.
        Pages anonymous = new Pages(port);
        List<List<String>> beforeMidnight = csv(anonymous, election);
        // The next day: the officers' figures of everything received until midnight, by province.
        clock.set(today.plusDays(1).atTime(8, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
        JsonNode raw = api.as("bawaslu.ri").get("/api/v1/statistics/persons?by=province&electionType=PEMILU&year=" + year
                + "&to=" + today).json();
        Map<String, long[]> officers = new HashMap<>();
        for (JsonNode row : raw.path("rows")) {
            JsonNode c = row.path("counts");
            officers.put(row.path("key").asText(), new long[] {c.path("reported").asLong(), c.path("proven").asLong(),
                    c.path("recommended").asLong(), c.path("followedUp").asLong()});
        }
        assertThat(officers.get("96")[0]).isEqualTo(1);
        assertThat(beforeMidnight == null || beforeMidnight.stream().noneMatch(l -> l.get(0).equals("96") && l.get(2).equals("1")))
                .isTrue();

        Pages.Page page = anonymous.page("/statistik-publik?pemilihan=" + election.toLowerCase());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Statistik netralitas ASN", "Papua Barat Daya", "Nasional", "kurang dari 5");
        List<List<String>> published = csv(anonymous, election);
        assertThat(published.get(0)).containsExactly("Kode", "Nama", "Dilaporkan", "Terbukti", "Direkomendasikan", "Ditindaklanjuti PPK",
                "Tingkat tindak lanjut");
        List<List<String>> provinces = published.subList(1, published.size() - 1);
        List<String> nation = published.get(published.size() - 1);
        assertThat(nation.get(1)).isEqualTo("Nasional");
        assertThat(provinces).hasSize(38);
        List<String> papuaBaratDaya = provinces.stream().filter(l -> l.get(0).equals("96")).findFirst().orElseThrow();
        // Reported: one, withheld; proven, recommended, followed up: nought, shown (a nought singles no one out); no rate.
        assertThat(papuaBaratDaya.subList(2, 7)).as("the lone person's province").containsExactly("*", "0", "0", "0", "");

        for (int c = 0; c < COLUMNS.size(); c++) {
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

        // No election across all: an unknown or made-up one is not found, and nothing is published for it.
        assertThat(anonymous.page("/statistik-publik?pemilihan=SEMUA").status()).isEqualTo(404);
        assertThat(anonymous.download("/statistik-publik/unduh?pemilihan=PEMILU-1999&format=csv").status()).isEqualTo(404);
        // The officers' statistics stay behind the sign-in.
        assertThat(anonymous.get("/statistik").status()).isEqualTo(302);
        assertThat(Api.anonymous(port).get("/api/v1/statistics/persons").status()).isEqualTo(401);
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
