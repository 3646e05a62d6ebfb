package id.netra.web;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page ({@code /cari}) over real HTTP, signed in with the page's own form: each criterion finds its case
 * and not another, within the user's scope exactly as the API's search (it is the API's search); bad criteria are said
 * next to their fields; results page with the criteria kept.
 */
class SearchPagesIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** One browser per account, signed in with the page's own form on first use. */
    private final Map<String, Pages> browsers = new java.util.HashMap<>();

    /** The page as this account reads it: a page, never a server error. */
    private Pages.Page page(String user, String path) {
        return browsers.computeIfAbsent(user, u -> Pages.signedIn(port, u)).page(path);
    }

    /** The search page with these criteria (name, value, name, value…). */
    private Pages.Page search(String user, String... criteria) {
        StringBuilder q = new StringBuilder("/cari?");
        for (int i = 0; i + 1 < criteria.length; i += 2) {
            q.append(criteria[i]).append('=').append(java.net.URLEncoder.encode(criteria[i + 1], java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        return page(user, q.toString());
    }

    /** The cases a result page lists, by id. */
    private static List<String> found(Pages.Page r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-case=\"([0-9a-f-]{36})\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The agencies a result page's row of a case names, in their order. */
    private static List<String> agencies(Pages.Page r, String caseId) {
        Matcher row = Pattern.compile("<tr data-case=\"" + caseId + "\".*?<td class=\"agencies\">(.*?)</td>", Pattern.DOTALL)
                .matcher(r.body());
        assertThat(row.find()).as(r.body()).isTrue();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"agency\">([^<]*)</span>").matcher(row.group(1));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The agencies the API's search names for a case: the first person's ({@code agencyCode}) and every person's. */
    private List<String> agencyCodes(String user, String query, String caseId) {
        Api.Response r = api.as(user).get("/api/v1/cases?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (com.fasterxml.jackson.databind.JsonNode item : r.json().path("items")) {
            if (item.path("id").asText().equals(caseId)) {
                List<String> codes = new ArrayList<>();
                codes.add(item.path("agencyCode").asText());
                item.path("agencyCodes").forEach(c -> codes.add(c.asText()));
                return codes;
            }
        }
        throw new AssertionError(caseId + " not in " + r.body());
    }

    @Test
    void aCaseOfPersonsOfSeveralAgenciesListsEachAgencyOnce() {
        String word = token();
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(
                person("Camat " + word, freshNip(), "PEMDA-36.04"), person("Lurah " + word, freshNip(), "PEMDA-36.73"),
                person("Sekcam " + word, freshNip(), "PEMDA-36.04")));
        String id = driver.fileReport(body).caseId().toString();
        assertThat(agencies(search("bawaslu.serang", "name", word), id))
                .containsExactly("Pemerintah Kabupaten Serang", "Pemerintah Kota Serang");
        // Found by the second person's agency or name: that person, and so its agency, named first.
        assertThat(agencies(search("bawaslu.serang", "agency", "PEMDA-36.73", "name", word), id))
                .containsExactly("Pemerintah Kota Serang", "Pemerintah Kabupaten Serang");
        assertThat(agencies(search("bawaslu.serang", "name", "Lurah " + word), id))
                .containsExactly("Pemerintah Kota Serang", "Pemerintah Kabupaten Serang");
        // The API: agencyCode as before (the person named), and agencyCodes beside it.
        assertThat(agencyCodes("bawaslu.serang", "name=" + word, id)).containsExactly("PEMDA-36.04", "PEMDA-36.04", "PEMDA-36.73");
        assertThat(agencyCodes("bawaslu.serang", "name=Lurah%20" + word, id)).containsExactly("PEMDA-36.73", "PEMDA-36.73", "PEMDA-36.04");
        // One agency for all: named once.
        String lone = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(
                person("Kasi " + word, freshNip(), "PEMDA-36.04"), person("Kasubag " + word, freshNip(), "PEMDA-36.04"))))
                .caseId().toString();
        assertThat(agencies(search("bawaslu.serang", "name", word), lone)).containsExactly("Pemerintah Kabupaten Serang");
    }

    /** A real NIP no other test uses: birth date, first appointment, sex, sequence. */
    private static String freshNip() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1970 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return birth.toString().replace("-", "") + (birth.getYear() + 25) + String.format("%02d", 1 + r.nextInt(12))
                + (1 + r.nextInt(2)) + String.format("%03d", 1 + r.nextInt(999));
    }

    /** A word no other test uses, to find its cases by name alone. */
    private static String token() {
        StringBuilder t = new StringBuilder("Zq");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> t.append((char) c));
        return t.toString();
    }

    private static Map<String, Object> person(String name, String nip, String agency) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("name", name, "position", "Kepala Seksi", "employmentType", "PNS",
                "agencyCode", agency));
        if (nip != null) {
            p.put("nip", nip);
        }
        return p;
    }

    @Test
    void eachCriterionFindsItsCaseAndNoOtherWithinTheUsersScope() {
        String name = "Sukma " + token() + " Wiradinata";
        String nip = freshNip();
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(person(name, nip, "PEMDA-36.04")));
        Filed a = driver.toRegistered(body);
        String register = driver.caseAs("bawaslu.serang", a.caseId()).path("registerNumber").asText();
        // The contrast: same office, received the same day, everything else different.
        Map<String, Object> other = Reports.naming(Reports.report("36.04", "PEMDA-36.73"),
                List.of(person("Lain " + token() + " Orang", freshNip(), "PEMDA-36.73")));
        other.put("electionType", "PEMILU");
        Filed b = driver.fileReport(other);
        String caseA = a.caseId().toString();
        String caseB = b.caseId().toString();

        String spacedNip = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
        String today = LocalDate.now(JAKARTA).toString();
        List<String[]> findA = List.of(
                new String[]{"registerNumber", register},
                new String[]{"registerNumber", register.substring(0, register.indexOf("/LP/") + 3).toLowerCase()},
                new String[]{"trackingNumber", a.trackingNumber().toLowerCase()},
                new String[]{"nip", spacedNip},
                new String[]{"name", name.split(" ")[1].toLowerCase()},
                new String[]{"agency", "PEMDA-36.04"},
                new String[]{"status", "REGISTERED"},
                new String[]{"electionType", "PILKADA"});
        for (String[] c : findA) {
            assertThat(found(search("bawaslu.serang", c[0], c[1]))).as(c[0] + "=" + c[1]).contains(caseA).doesNotContain(caseB);
        }
        assertThat(found(search("bawaslu.serang", "status", "RECEIVED"))).contains(caseB).doesNotContain(caseA);
        assertThat(found(search("bawaslu.serang", "electionType", "PEMILU"))).contains(caseB).doesNotContain(caseA);
        assertThat(found(search("bawaslu.serang", "agency", "PEMDA-36.73"))).contains(caseB).doesNotContain(caseA);
        // Received today: within today..today, not before today or after it.
        assertThat(found(search("bawaslu.serang", "receivedFrom", today, "receivedTo", today, "name", name))).containsExactly(caseA);
        assertThat(found(search("bawaslu.serang", "receivedTo", LocalDate.now(JAKARTA).minusDays(1).toString(), "name", name))).isEmpty();
        assertThat(found(search("bawaslu.serang", "receivedFrom", LocalDate.now(JAKARTA).plusDays(1).toString(), "name", name))).isEmpty();
        // Criteria together narrow.
        assertThat(found(search("bawaslu.serang", "name", name, "electionType", "PEMILU"))).isEmpty();

        // The office above reads it and chooses the office; the office beside it does not find it by anything.
        assertThat(found(search("bawaslu.banten", "office", "36.04", "name", name))).containsExactly(caseA);
        assertThat(found(search("bawaslu.banten", "office", "36.01", "name", name))).isEmpty();
        for (String[] c : findA) {
            Pages.Page r = search("bawaslu.pandeglang", c[0], c[1]);
            assertThat(found(r)).as("another office, " + c[0]).doesNotContain(caseA);
        }
        // Only the handling office ties the tracking number to the case; the office above does not.
        assertThat(found(search("bawaslu.banten", "trackingNumber", a.trackingNumber()))).isEmpty();
        // It lists the case without its tracking number.
        Pages.Page above = search("bawaslu.banten", "name", name);
        assertThat(found(above)).containsExactly(caseA);
        assertThat(above.body()).doesNotContain(a.trackingNumber());
        // Before the forwarding the examining agency and the PPKs find nothing of it.
        for (String outsider : new String[]{"examiner", "ppk.serang"}) {
            assertThat(found(search(outsider, "name", name))).as(outsider).isEmpty();
        }

        // The page shows the result as the API lists it: translated, dated in Jakarta, linked to the case.
        Pages.Page one = search("bawaslu.serang", "nip", nip);
        assertThat(one.body()).contains("1 perkara ditemukan.", "href=\"/perkara/" + caseA + "\"", register, name,
                "Pemerintah Kabupaten Serang", "Diregistrasi", "Pilkada (pemilihan kepala daerah)",
                java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", java.util.Locale.forLanguageTag("id"))
                        .format(LocalDate.now(JAKARTA)));
        assertThat(one.body()).as("criteria kept in the form").contains("value=\"" + nip + "\"")
                .as("one office in scope: nothing to choose").doesNotContain("id=\"office\"");
        assertThat(search("bawaslu.banten").body()).as("the province's offices to choose from")
                .contains("<option value=\"36.04\"", "<option value=\"36.01\"", "<option value=\"36\"").doesNotContain("<option value=\"31.71\"");
        Pages.Page none = search("bawaslu.serang", "name", "Tak Ada " + token());
        assertThat(none.body()).contains("Tidak ada perkara yang cocok dengan kriteria ini.").doesNotContain("<table");
        assertThat(search("bawaslu.serang", "lang", "en", "nip", nip).body()).contains("Search cases", "1 cases found.");
    }

    @Test
    void aPpkFindsACaseOnlyThroughItsOwnPersons() {
        String camat = "Camat " + token();
        String lurah = "Lurah " + token();
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"),
                List.of(person(camat, freshNip(), "PEMDA-36.04"), person(lurah, freshNip(), "PEMDA-36.73")));
        Filed f = driver.toExamination(body);
        for (UUID p : driver.persons(f.caseId())) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, p, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, p, Map.of("approved", true));
        }
        String id = f.caseId().toString();
        assertThat(found(search("ppk.serang", "name", camat))).containsExactly(id);
        assertThat(found(search("ppk.serang", "name", lurah))).as("another PPK's person").isEmpty();
        assertThat(found(search("ppk.serang", "agency", "PEMDA-36.73"))).doesNotContain(id);
        assertThat(found(search("ppk.kotaserang", "name", lurah))).containsExactly(id);
        assertThat(found(search("ppk.kotaserang", "name", camat))).isEmpty();
        assertThat(found(search("ppk.pandeglang", "name", camat))).isEmpty();
        assertThat(found(search("ppk.pandeglang", "name", lurah))).isEmpty();
        assertThat(found(search("examiner", "name", lurah))).containsExactly(id);
        // A PPK reads its own person in the list, never the other.
        Pages.Page kota = search("ppk.kotaserang", "status", "RECOMMENDATION_ISSUED", "name", lurah);
        assertThat(kota.body()).contains(lurah, "Menunggu tindak lanjut PPK").doesNotContain(camat);
        // Its own person's agency alone; the examining agency, which reads both, both.
        assertThat(agencies(kota, id)).containsExactly("Pemerintah Kota Serang");
        assertThat(agencyCodes("ppk.kotaserang", "name=" + lurah.replace(" ", "%20"), id)).containsExactly("PEMDA-36.73", "PEMDA-36.73");
        assertThat(agencies(search("examiner", "name", lurah), id)).containsExactly("Pemerintah Kota Serang", "Pemerintah Kabupaten Serang");
        // A tracking number finds nothing for anyone but the handling office.
        assertThat(found(search("ppk.serang", "trackingNumber", f.trackingNumber()))).isEmpty();
        assertThat(found(search("examiner", "trackingNumber", f.trackingNumber()))).isEmpty();
        assertThat(search("examiner").okBody()).as("no tracking-number field outside Bawaslu").contains("id=\"name\"")
                .doesNotContain("id=\"trackingNumber\"");
    }

    /** The handling office finds a case by its tracking number spelt with spaces, without separators or in lower case. */
    @Test
    void aTrackingNumberSpeltAnyWayFindsItsCase() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String issued = f.trackingNumber();
        for (String typed : new String[]{" " + issued.replace("-", " ") + " ", issued.replace("-", ""),
                issued.toLowerCase(Locale.ROOT).replace("-", " - ")}) {
            assertThat(found(search("bawaslu.serang", "trackingNumber", typed))).as(typed).containsExactly(f.caseId().toString());
            // The API's search alike, by the criterion and by the one box (q).
            for (String criterion : new String[]{"trackingNumber", "q"}) {
                Api.Response r = api.as("bawaslu.serang").get("/api/v1/cases?" + criterion + "="
                        + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(r.json().path("items").findValuesAsText("id")).as(criterion + "=" + typed).containsExactly(f.caseId().toString());
            }
        }
        assertThat(found(search("bawaslu.banten", "trackingNumber", issued.replace("-", "")))).isEmpty();
    }

    @Test
    void badCriteriaAreSaidNextToTheirFields() {
        Pages.Page r = search("bawaslu.serang", "receivedFrom", "2026-02-30", "nip", "12345", "status", "BOGUS",
                "agency", "PEMDA-99.99", "electionType", "PEMILIHAN", "registerNumber", "Reg/001", "trackingNumber", "XYZ-1",
                "name", "12345");
        assertThat(r.status()).isEqualTo(400);
        Map<String, String> expected = Map.of(
                "receivedFrom", "Harus tanggal yang ada, ditulis YYYY-MM-DD.",
                "nip", "NIP atau nomor induk PPPK terdiri dari 18 angka",
                "status", "Status tidak dikenal.",
                "agency", "Instansi tidak dikenal.",
                "electionType", "Jenis pemilihan harus PEMILU atau PILKADA.",
                "registerNumber", "Nomor registrasi diawali angka urutnya",
                "trackingNumber", "Nomor pelacakan diawali LPR- (laporan) atau TM- (temuan).",
                "name", "Nama terlapor harus memuat huruf.");
        expected.forEach((field, message) -> {
            assertThat(r.body()).as(field).containsPattern("<p class=\"error\" id=\"" + field + "-error\">" + Pattern.quote(message));
            assertThat(r.body()).as(field + " marked").containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"" + field + "\"");
            assertThat(r.body()).as(field + " in the summary").contains("href=\"#" + field + "\"");
        });
        assertThat(r.body()).as("no results while criteria are wrong").doesNotContain("id=\"results\"");
        // An API client is told the valid statuses.
        var bogus = api.as("bawaslu.serang").get("/api/v1/cases?status=BOGUS");
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.json().path("errors").get(0).path("message").asText()).startsWith("Status tidak dikenal. Pilih salah satu dari: ")
                .contains("RECEIVED", "REGISTERED", "FOLLOW_UP_OVERDUE", "CLOSED_SANCTIONED", "CLOSED_MOOT");

        Pages.Page reversed = search("bawaslu.serang", "receivedFrom", "2026-03-10", "receivedTo", "2026-03-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("<p class=\"error\" id=\"receivedTo-error\">Tanggal akhir tidak boleh sebelum tanggal awal.</p>");
        assertThat(search("bawaslu.serang", "receivedFrom", "1999-12-31").body()).contains("Harus antara tahun 2000 dan 2100.");
        assertThat(search("bawaslu.serang", "office", "99.99").body()).contains("id=\"office-error\">Kantor Bawaslu tidak dikenal.");
        assertThat(search("bawaslu.serang", "name", "x".repeat(101)).body()).contains("id=\"name-error\">Paling panjang 100 karakter.");
        Pages.Page badPage = search("bawaslu.serang", "page", "dua");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("Nomor halaman harus bilangan bulat.");
        assertThat(search("bawaslu.serang", "page", "-1").body()).contains("Nomor halaman tidak boleh negatif.");
        // The API refuses the same criteria with the same fields named.
        Api.Response api400 = api.as("bawaslu.serang").get("/api/v1/cases?nip=12345&receivedFrom=2026-02-30&agency=X");
        assertThat(api400.status()).isEqualTo(400);
        assertThat(api400.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("nip", "receivedFrom", "agency");
    }

    @Test
    void resultsPageWithTheCriteriaKept() {
        String family = "Paging" + token();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            Map<String, Object> finding = Reports.naming(Reports.finding("36.01", "PEMDA-36.01"),
                    List.of(person(family + " Anak " + i, null, "PEMDA-36.01")));
            Api.Response r = api.as("bawaslu.pandeglang").post("/api/v1/findings", finding);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            ids.add(jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :t").param("t", r.text("trackingNumber"))
                    .query(UUID.class).single().toString());
        }
        Pages.Page first = search("bawaslu.pandeglang", "name", family, "electionType", "PILKADA");
        assertThat(first.body()).contains("21 perkara ditemukan.", "halaman 1 dari 2").doesNotContain("id=\"previous\"");
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertThat(found(first)).containsExactlyElementsOf(newestFirst.subList(0, 20));
        Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\" id=\"next\"").matcher(first.body());
        assertThat(next.find()).isTrue();
        String nextLink = next.group(1).replace("&amp;", "&");
        assertThat(nextLink).contains("name=" + family, "electionType=PILKADA", "page=1");

        Pages.Page second = page("bawaslu.pandeglang", nextLink);
        assertThat(found(second)).containsExactly(ids.get(0));
        assertThat(second.body()).contains("halaman 2 dari 2").doesNotContain("id=\"next\"");
        Matcher previous = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\" id=\"previous\"").matcher(second.body());
        assertThat(previous.find()).isTrue();
        assertThat(previous.group(1).replace("&amp;", "&")).contains("name=" + family, "electionType=PILKADA", "page=0");
        assertThat(page("bawaslu.pandeglang", "/cari?name=" + family + "&page=5").body()).contains("Tidak ada perkara lagi di halaman ini.");
    }
}
