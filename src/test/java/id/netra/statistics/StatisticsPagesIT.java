package id.netra.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics dashboard shows each reader the API's own figures for the same filters, and gives every table as a CSV
 * a spreadsheet reads (byte-order mark, quoted names, the total row) and as an Excel workbook of numbers; bad filters are
 * said by field, and a PPK's dashboard counts its own persons only.
 */
class StatisticsPagesIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    StatisticsSummaries summaries;

    private static final Pattern TOTAL_ROW = Pattern.compile("<tr data-key=\"TOTAL\">\\s*<th scope=\"row\">[^<]*</th>\\s*<td class=\"num\">([^<]*)</td>");

    @Test
    void theDashboardShowsTheApisFiguresAndGivesThemAsCsvAndExcel() throws Exception {
        driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        summaries.refresh();
        String filters = "electionType=PILKADA&region=36&by=agency";
        JsonNode api = this.api.as("bawaslu.banten").get("/api/v1/statistics/persons?" + filters).json();
        long reported = api.path("total").path("reported").asLong();
        assertThat(reported).isPositive();

        Pages pages = Pages.signedIn(port, "bawaslu.banten");
        Pages.Page page = pages.page("/statistik?" + filters);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ASN yang dilaporkan menurut Instansi", "Perkara menurut status", "Perkara berjalan menurut tahap",
                "Satuan: orang (ASN terlapor). Angka per", "Pemerintah Kabupaten Serang", "<svg");
        Matcher total = TOTAL_ROW.matcher(page.body());
        assertThat(total.find()).isTrue();
        assertThat(total.group(1)).isEqualTo(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id")).format(reported));
        assertThat(page.body()).contains("/statistik/unduh?tabel=persons&amp;format=csv&amp;electionType=PILKADA&amp;region=36&amp;by=agency");
        // Every download the page offers answers its file, whatever the persons' breakdown shown (the cases' table is by
        // status, not by that breakdown).
        for (String by : List.of("agency", "position", "month", "violation", "none")) {
            Pages.Page shown = pages.page("/statistik?electionType=PILKADA&region=36&by=" + by);
            Matcher link = Pattern.compile("href=\"(/statistik/unduh[^\"]+)\"").matcher(shown.body());
            int links = 0;
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                Pages.Download d = pages.download(href);
                assertThat(d.status()).as(href).isEqualTo(200);
                assertThat(d.header("Content-Disposition")).as(href).startsWith("attachment; filename=\"netra-").doesNotContain("=?");
                if (href.contains("tabel=cases") && href.contains("format=csv")) {
                    assertThat(href).doesNotContain("by=");
                    assertThat(new String(d.body(), StandardCharsets.UTF_8)).contains("UNDER_EXAMINATION");
                }
                links++;
            }
            assertThat(links).isEqualTo(6);
        }

        // The CSV: UTF-8 with a byte-order mark, a header of codes, names and figures, a row per agency, the total last.
        Pages.Download csv = pages.download("/statistik/unduh?tabel=persons&format=csv&" + filters);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", "netra-persons-agency-", ".csv");
        assertThat(csv.body()[0] & 0xff).isEqualTo(0xEF);
        List<List<String>> lines = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(lines.get(0)).startsWith("Kode", "Nama", "Dilaporkan", "Diregistrasi");
        assertThat(lines.get(0)).hasSize(13);
        List<String> last = lines.get(lines.size() - 1);
        assertThat(last.get(1)).isEqualTo("Jumlah");
        assertThat(Long.parseLong(last.get(2))).isEqualTo(reported);
        long sum = lines.subList(1, lines.size() - 1).stream().mapToLong(l -> Long.parseLong(l.get(2))).sum();
        assertThat(sum).isEqualTo(reported);
        List<String> serang = lines.stream().filter(l -> l.get(0).equals("PEMDA-36.04")).findFirst().orElseThrow();
        JsonNode serangRow = null;
        for (JsonNode r : api.path("rows")) {
            if (r.path("key").asText().equals("PEMDA-36.04")) {
                serangRow = r;
            }
        }
        assertThat(serang.get(1)).isEqualTo("Pemerintah Kabupaten Serang");
        assertThat(Long.parseLong(serang.get(2))).isEqualTo(serangRow.path("counts").path("reported").asLong());

        // The workbook: title and unit above, the same figures as numbers.
        Pages.Download xlsx = pages.download("/statistik/unduh?tabel=persons&format=xlsx&" + filters);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("ASN yang dilaporkan menurut Instansi");
            assertThat(rows.get(1).getCellText(0)).startsWith("Satuan: orang (ASN terlapor). Angka per");
            // Row 3: the filters and the scope; row 5 (the fourth empty between): the headings.
            assertThat(rows.stream().filter(r -> r.getRowNum() == 3).findFirst().orElseThrow().getCellText(0))
                    .isEqualTo("Saringan: Jenis pemilihan Pilkada (pemilihan kepala daerah), Wilayah Banten (36). Cakupan: Bawaslu Provinsi Banten.");
            Row heading = rows.stream().filter(r -> r.getRowNum() == 5).findFirst().orElseThrow();
            assertThat(heading.getCellText(2)).isEqualTo("Dilaporkan");
            Row totalRow = rows.get(rows.size() - 1);
            assertThat(totalRow.getCellText(1)).isEqualTo("Jumlah");
            assertThat(totalRow.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(reported));
        }

        // Cases by status and the stages, each as CSV with its own total.
        for (String table : List.of("cases", "stages")) {
            Pages.Download d = pages.download("/statistik/unduh?tabel=" + table + "&format=csv&region=36");
            assertThat(d.status()).as(table).isEqualTo(200);
            List<List<String>> t = parseCsv(new String(d.body(), StandardCharsets.UTF_8).substring(1));
            assertThat(t.get(t.size() - 1).get(1)).isEqualTo("Jumlah");
            assertThat(Long.parseLong(t.get(t.size() - 1).get(2))).isPositive();
        }
        JsonNode cases = this.api.as("bawaslu.banten").get("/api/v1/statistics/cases?region=36").json();
        List<List<String>> byStatus = parseCsv(new String(pages.download("/statistik/unduh?tabel=cases&format=csv&region=36").body(),
                StandardCharsets.UTF_8).substring(1));
        assertThat(Long.parseLong(byStatus.get(byStatus.size() - 1).get(2))).isEqualTo(cases.path("total").path("cases").asLong());
    }

    @Test
    void badFiltersAreSaidByFieldAndAPpkCountsItsOwnPersons() {
        Pages pages = Pages.signedIn(port, "bawaslu.ri");
        Pages.Page bad = pages.page("/statistik?year=dua&region=99&from=2024-02-30");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"year-error\"", "Tahun kejadian: empat angka", "id=\"region-error\"", "id=\"from-error\"");
        assertThat(bad.body()).doesNotContain("<table");
        // A download's bad criteria: a problem naming each, not an error page.
        Pages.Download wrong = pages.download("/statistik/unduh?tabel=semua&format=pdf");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("\"field\":\"tabel\"", "\"field\":\"format\"");
        Pages.Download badBy = pages.download("/statistik/unduh?tabel=persons&format=csv&by=kecamatan&year=%D9%A2%D9%A0%D9%A2%D9%A4");
        assertThat(badBy.status()).isEqualTo(400);
        assertThat(new String(badBy.body(), StandardCharsets.UTF_8)).contains("\"field\":\"by\"", "\"field\":\"year\"");
        // Days beyond the calendar's sense, and one that is not in it: said by field, never a server error.
        for (String day : List.of("-999999999-01-01", "%2B999999999-12-31", "0000-01-01", "%2B99999-01-01", "2026-02-30", "1999-12-31")) {
            assertThat(api.as("bawaslu.ri").get("/api/v1/statistics/persons?from=" + day).status()).as(day).isEqualTo(400);
            assertThat(pages.download("/statistik/unduh?tabel=cases&format=csv&to=" + day).status()).as(day).isEqualTo(400);
            assertThat(pages.page("/statistik?from=" + day).status()).as(day).isEqualTo(400);
        }
        assertThat(api.as("bawaslu.ri").get("/api/v1/statistics/persons?from=2026-02-30").body()).contains("tidak ada di kalender");

        driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        summaries.refresh();
        long own = api.as("ppk.serang").get("/api/v1/statistics/persons").json().path("total").path("reported").asLong();
        long all = api.as("bawaslu.ri").get("/api/v1/statistics/persons").json().path("total").path("reported").asLong();
        assertThat(own).isPositive().isLessThan(all);
        List<List<String>> csv = parseCsv(new String(Pages.signedIn(port, "ppk.serang")
                .download("/statistik/unduh?tabel=persons&format=csv&by=none").body(), StandardCharsets.UTF_8).substring(1));
        assertThat(Long.parseLong(csv.get(csv.size() - 1).get(2))).isEqualTo(own);
        assertThat(new Pages(port).get("/statistik").status()).isEqualTo(302);
        assertThat(new Pages(port).download("/statistik/unduh?tabel=persons&format=csv").status()).isEqualTo(302);
    }

    /** RFC 4180 as a spreadsheet reads it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            line.add(field.toString());
            lines.add(line);
        }
        return lines;
    }
}
