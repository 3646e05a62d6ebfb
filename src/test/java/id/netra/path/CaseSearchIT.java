package id.netra.path;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Case search applies the same scope rules as the detail, both ways. */
class CaseSearchIT extends IntegrationTest {

    private List<String> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : r.json().path("items")) {
            ids.add(item.path("id").asText());
        }
        return ids;
    }

    @Test
    void eachUserFindsOnlyTheCasesInTheirScope() {
        Filed serang = driver.fileReport(report("36.04", "PEMDA-36.04"));
        Filed pandeglang = driver.fileReport(report("36.01", "PEMDA-36.01"));
        Filed jakarta = driver.fileReport(report("31.71", "PEMDA-31.71"));

        List<String> serangSees = ids(api.as("bawaslu.serang").get("/api/v1/cases?size=200"));
        assertThat(serangSees).contains(serang.caseId().toString()).doesNotContain(pandeglang.caseId().toString(), jakarta.caseId().toString());
        List<String> bantenSees = ids(api.as("bawaslu.banten").get("/api/v1/cases?size=200"));
        assertThat(bantenSees).contains(serang.caseId().toString(), pandeglang.caseId().toString()).doesNotContain(jakarta.caseId().toString());
        assertThat(ids(api.as("bawaslu.ri").get("/api/v1/cases?size=200"))).contains(jakarta.caseId().toString());
        assertThat(ids(api.as("examiner").get("/api/v1/cases?size=200"))).doesNotContain(serang.caseId().toString());
        assertThat(ids(api.as("ppk.serang").get("/api/v1/cases?size=200"))).doesNotContain(serang.caseId().toString());
        assertThat(ids(api.as("admin").get("/api/v1/cases"))).isEmpty();

        assertThat(ids(api.as("bawaslu.banten").get("/api/v1/cases?office=36.01&status=RECEIVED&size=200")))
                .contains(pandeglang.caseId().toString()).doesNotContain(serang.caseId().toString());
        Api.Response page = api.as("bawaslu.ri").get("/api/v1/cases?size=1&page=0");
        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(page.json().path("total").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void searchByRegisterNumberOrReportedName() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        String number = driver.caseAs("bawaslu.serang", f.caseId()).path("registerNumber").asText();
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?q=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(f.caseId().toString());
        // From its start, in any case: an officer types "012/reg/lp" for 012/Reg/LP/...
        String prefix = number.substring(0, number.indexOf("/LP/") + 3).toLowerCase(java.util.Locale.ROOT);
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?size=200&q=" + java.net.URLEncoder.encode(prefix,
                java.nio.charset.StandardCharsets.UTF_8)))).contains(f.caseId().toString());
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?q=budi%20santoso&size=200"))).contains(f.caseId().toString());
        assertThat(ids(api.as("bawaslu.pandeglang").get("/api/v1/cases?q=budi%20santoso&size=200"))).doesNotContain(f.caseId().toString());
        // The NIP and the tracking number exactly (the latter in any case).
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?size=200&q=198609262015051001"))).contains(f.caseId().toString());
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?q=" + f.trackingNumber().toLowerCase(java.util.Locale.ROOT))))
                .containsExactly(f.caseId().toString());
        // Nobody else can tie the reporter's tracking number to the case, even one who reads the case.
        Filed forwarded = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        for (String outsider : new String[]{"bawaslu.banten", "bawaslu.ri", "examiner", "ppk.serang"}) {
            assertThat(api.as(outsider).get("/api/v1/cases/" + forwarded.caseId()).status()).isEqualTo(200);
            assertThat(ids(api.as(outsider).get("/api/v1/cases?q=" + forwarded.trackingNumber()))).as(outsider).isEmpty();
        }
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?q=" + forwarded.trackingNumber())))
                .containsExactly(forwarded.caseId().toString());
        // What fits nothing finds nothing, and wildcards are plain characters.
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?q=%25%25"))).isEmpty();
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?q=9999999%2FReg"))).doesNotContain(f.caseId().toString());
    }

    @Test
    void examinersAndEachPpkFindTheCasesTheyShouldWithTheirOwnPersons() {
        Filed f = driver.toExamination(id.netra.support.Reports.naming(report("36.04", "PEMDA-36.04"),
                id.netra.support.Reports.camatAndTwoLurah().subList(0, 2)));
        String caseId = f.caseId().toString();
        // Forwarded: the examiner finds it; no PPK yet (no recommendation).
        assertThat(ids(api.as("examiner").get("/api/v1/cases?size=200"))).contains(caseId);
        assertThat(ids(api.as("examiner").get("/api/v1/cases?size=200&name=marlina"))).contains(caseId);
        for (String ppk : new String[]{"ppk.serang", "ppk.kotaserang"}) {
            assertThat(ids(api.as(ppk).get("/api/v1/cases?size=200"))).as(ppk).doesNotContain(caseId);
        }
        for (java.util.UUID person : driver.persons(f.caseId())) {
            driver.complete("examiner", f.caseId(), id.netra.workflow.FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), id.netra.workflow.FlowNodes.RECOMMENDATION_APPROVAL, person,
                    Map.of("approved", true));
        }
        // Each PPK finds the case, named by its own person and counting only its own; the other PPK's person finds nothing.
        Api.Response serang = api.as("ppk.serang").get("/api/v1/cases?size=200");
        assertThat(ids(serang)).contains(caseId);
        assertThat(item(serang, caseId).path("reportedName").asText()).isEqualTo(id.netra.support.Reports.CAMAT);
        assertThat(item(serang, caseId).path("reportedPersons").asInt()).isEqualTo(1);
        Api.Response kota = api.as("ppk.kotaserang").get("/api/v1/cases?size=200");
        assertThat(item(kota, caseId).path("reportedName").asText()).isEqualTo(id.netra.support.Reports.LURAH_1);
        assertThat(item(kota, caseId).path("reportedPersons").asInt()).isEqualTo(1);
        assertThat(ids(api.as("ppk.serang").get("/api/v1/cases?size=200&name=marlina"))).doesNotContain(caseId);
        assertThat(ids(api.as("ppk.serang").get("/api/v1/cases?size=200&name=budi"))).contains(caseId);
        assertThat(ids(api.as("ppk.kotaserang").get("/api/v1/cases?size=200&nip=198609262015051001"))).doesNotContain(caseId);
        assertThat(ids(api.as("ppk.pandeglang").get("/api/v1/cases?size=200"))).doesNotContain(caseId);
        // A page of one: the PPK's first page holds its newest case, and its total counts its cases only.
        Api.Response first = api.as("ppk.kotaserang").get("/api/v1/cases?size=1");
        assertThat(ids(first)).containsExactly(caseId);
        assertThat(first.json().path("total").asLong()).isEqualTo(jdbc.sql(
                "SELECT count(DISTINCT case_id) FROM person_track WHERE ppk_agency = 'PEMDA-36.73'").query(Long.class).single());
    }

    @Test
    void aPpkPagesThroughEachOfItsCasesOnceNewestFirstHoweverManyOfItsPersonsACaseNames() {
        // Two of the case's three persons work for Kota Serang: its PPK reads the case from two tracks (V30's index).
        Filed f = camatAndTwoLurahRecommended();
        List<String> expected = jdbc.sql("""
                        SELECT c.id::text FROM case_file c WHERE EXISTS (SELECT 1 FROM person_track t
                        WHERE t.case_id = c.id AND t.ppk_agency = 'PEMDA-36.73') ORDER BY c.created_at DESC, c.id""")
                .query(String.class).list();
        assertThat(expected).contains(f.caseId().toString());
        for (int size : new int[]{1, 2, 3}) {
            List<String> walked = new ArrayList<>();
            for (int page = 0; page * size < expected.size() + size; page++) {
                Api.Response r = api.as("ppk.kotaserang").get("/api/v1/cases?size=" + size + "&page=" + page);
                assertThat(r.json().path("total").asLong()).isEqualTo(expected.size());
                walked.addAll(ids(r));
            }
            assertThat(walked).as("pages of " + size).containsExactlyElementsOf(expected);
        }
        JsonNode row = item(api.as("ppk.kotaserang").get("/api/v1/cases?size=200"), f.caseId().toString());
        assertThat(row.path("reportedPersons").asInt()).isEqualTo(2);
        assertThat(row.path("reportedName").asText()).isEqualTo(id.netra.support.Reports.LURAH_1);
        // Were a case's creation time ever changed (by hand), its tracks follow it (V30's trigger): the PPK's order is the cases'.
        jdbc.sql("UPDATE case_file SET created_at = created_at - INTERVAL '1 day' WHERE id = :id").param("id", f.caseId()).update();
        assertThat(jdbc.sql("SELECT DISTINCT t.case_created_at = c.created_at FROM person_track t JOIN case_file c ON c.id = t.case_id "
                + "WHERE c.id = :id").param("id", f.caseId()).query(Boolean.class).list()).containsExactly(true);
    }

    @Test
    void aPpkFindsByItsOwnPersonsAloneAndSeveralPersonCriteriaMayMeetOnDifferentPersons() {
        // Two of the case's three persons (the lurahs) work for Kota Serang, the camat for Serang.
        Filed f = camatAndTwoLurahRecommended();
        Api kota = api.as("ppk.kotaserang");
        String id = f.caseId().toString();
        // One person criterion: the agency's own persons, each tested on its track.
        for (String found : List.of("q=kurniawan", "name=rina", "q=1988.0512.2014.02.1003", "name=RINA&status=RECOMMENDATION_ISSUED")) {
            assertThat(ids(kota.get("/api/v1/cases?size=200&" + found))).as(found).contains(id);
        }
        // Serang's camat is not Kota Serang's to find the case by, alone or with its own persons' agency.
        for (String notFound : List.of("q=budi", "nip=198609262015051001", "name=budi&agency=PEMDA-36.73")) {
            assertThat(ids(kota.get("/api/v1/cases?size=200&" + notFound))).as(notFound).doesNotContain(id);
        }
        // Two person criteria may each be met by another of the agency's persons, as for everyone.
        assertThat(ids(kota.get("/api/v1/cases?size=200&name=rina&nip=198805122014021003"))).contains(id);
        assertThat(ids(api.as("bawaslu.serang").get("/api/v1/cases?size=200&name=rina&nip=198805122014021003"))).contains(id);
        // The count (which reads the agency's tracks alone) says what the pages hold: every case once.
        for (String criteria : List.of("name=dedi", "q=marlina", "name=rina&electionType=PILKADA")) {
            Api.Response all = kota.get("/api/v1/cases?size=200&" + criteria);
            List<String> walked = new ArrayList<>();
            for (int page = 0; page < 200; page++) {
                Api.Response one = kota.get("/api/v1/cases?size=1&page=" + page + "&" + criteria);
                assertThat(one.json().path("total").asLong()).as(criteria).isEqualTo(all.json().path("total").asLong());
                if (ids(one).isEmpty()) {
                    break;
                }
                walked.addAll(ids(one));
            }
            assertThat(walked).as(criteria).containsExactlyElementsOf(ids(all)).doesNotHaveDuplicates().contains(id);
        }
    }

    @Test
    void aNameCountsToItsOwnLimit() {
        // netra.search.name-count-limit is 22 in the test profile (100 by default), count-limit 25: a name found in more
        // cases than 22 says "at least 22"; the same cases found otherwise are counted further.
        Api ri = api.as("bawaslu.ri");
        while (ri.get("/api/v1/cases?size=1&q=Budi").json().path("totalExact").asBoolean()
                || ri.get("/api/v1/cases?size=1&office=31.71").json().path("total").asLong() < 24) {
            driver.fileReport(report("31.71", "PEMDA-31.71"));
        }
        Api.Response byName = ri.get("/api/v1/cases?size=200&q=Budi");
        assertThat(byName.json().path("total").asLong()).isEqualTo(22);
        assertThat(byName.json().path("totalExact").asBoolean()).isFalse();
        assertThat(byName.json().path("items").size()).isGreaterThan(22);
        Api.Response named = ri.get("/api/v1/cases?size=200&name=santoso&office=31.71");
        assertThat(named.json().path("total").asLong()).isEqualTo(22);
        assertThat(named.json().path("totalExact").asBoolean()).isFalse();
        // Without a name, the same office's cases count to the other limit.
        Api.Response office = ri.get("/api/v1/cases?size=200&office=31.71");
        assertThat(office.json().path("total").asLong()).isGreaterThan(22);
        // A name found in fewer cases than the limit is counted exactly, on a page of one too.
        driver.fileReport(id.netra.support.Reports.naming(report("31.71", "PEMDA-31.71"), id.netra.support.Reports.camatAndTwoLurah()));
        Api.Response one = ri.get("/api/v1/cases?size=1&name=kurniawan&office=31.71");
        assertThat(one.json().path("totalExact").asBoolean()).isTrue();
        assertThat(one.json().path("total").asLong()).isEqualTo(jdbc.sql("""
                SELECT count(DISTINCT p.case_id) FROM case_person p JOIN case_file c ON c.id = p.case_id
                WHERE c.office_code = '31.71' AND p.name ILIKE '%kurniawan%'""").query(Long.class).single());
    }

    /** A case naming Serang's camat and two of Kota Serang's lurahs, each proven and recommended to their PPK. */
    private Filed camatAndTwoLurahRecommended() {
        Filed f = driver.toExamination(id.netra.support.Reports.naming(report("36.04", "PEMDA-36.04"),
                id.netra.support.Reports.camatAndTwoLurah()));
        for (java.util.UUID person : driver.persons(f.caseId())) {
            driver.complete("examiner", f.caseId(), id.netra.workflow.FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), id.netra.workflow.FlowNodes.RECOMMENDATION_APPROVAL, person,
                    Map.of("approved", true));
        }
        return f;
    }

    private static JsonNode item(Api.Response page, String id) {
        for (JsonNode item : page.json().path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("case " + id + " not on the page: " + page.body());
    }

    @Test
    void aRowNamesThePersonThatWasFoundNotTheFirstOne() {
        Filed f = driver.toRegistered(id.netra.support.Reports.naming(report("36.04", "PEMDA-36.04"),
                id.netra.support.Reports.camatAndTwoLurah()));
        Api serang = api.as("bawaslu.serang");
        String lurah2 = id.netra.support.Reports.LURAH_2;
        for (String criteria : List.of("name=" + "dedi", "q=kurniawan", "nip=198805122014021003", "q=1988.0512.2014.02.1003",
                "name=dedi&agency=PEMDA-36.73")) {
            assertThat(reportedName(serang.get("/api/v1/cases?size=200&" + criteria), f)).as(criteria).isEqualTo(lurah2);
        }
        // Without a person criterion, or with one the first person meets too, the first person is named.
        assertThat(reportedName(serang.get("/api/v1/cases?size=200&electionType=PILKADA"), f)).isEqualTo(id.netra.support.Reports.CAMAT);
        assertThat(reportedName(serang.get("/api/v1/cases?size=200&agency=PEMDA-36.04"), f)).isEqualTo(id.netra.support.Reports.CAMAT);
    }

    private static String reportedName(Api.Response page, Filed f) {
        for (JsonNode item : page.json().path("items")) {
            if (item.path("id").asText().equals(f.caseId().toString())) {
                return item.path("reportedName").asText();
            }
        }
        return null;
    }

    @Test
    void eachCriterionOfItsOwnCombinedAndEveryBadOneNamed() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        String id = f.caseId().toString();
        String number = driver.caseAs("bawaslu.serang", f.caseId()).path("registerNumber").asText();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        Api serang = api.as("bawaslu.serang");
        for (String criteria : List.of("registerNumber=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8),
                "trackingNumber=" + f.trackingNumber(), "nip=19860926.201505.1.001", "name=budi", "agency=PEMDA-36.04",
                "electionType=PILKADA", "receivedFrom=" + today + "&receivedTo=" + today,
                "name=Budi&agency=PEMDA-36.04&electionType=PILKADA&status=REGISTERED&receivedFrom=" + today)) {
            assertThat(ids(serang.get("/api/v1/cases?size=200&" + criteria))).as(criteria).contains(id);
        }
        for (String criteria : List.of("agency=PEMDA-36.01", "electionType=PEMILU", "receivedTo=" + yesterday,
                "name=Budi&electionType=PEMILU")) {
            assertThat(ids(serang.get("/api/v1/cases?size=200&" + criteria))).as(criteria).doesNotContain(id);
        }
        assertThat(ids(api.as("bawaslu.banten").get("/api/v1/cases?trackingNumber=" + f.trackingNumber()))).isEmpty();
        assertThat(ids(api.as("bawaslu.pandeglang").get("/api/v1/cases?size=200&agency=PEMDA-36.04"))).doesNotContain(id);

        Api.Response bad = serang.get("/api/v1/cases?registerNumber=Reg&trackingNumber=X&nip=123&name=42&agency=PEMDA-00"
                + "&office=00.00&electionType=PEMILIHAN&receivedFrom=2026-02-30&receivedTo=1999-01-01&page=-1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("registerNumber",
                "trackingNumber", "nip", "name", "agency", "office", "electionType", "receivedFrom", "receivedTo", "page");
        Api.Response reversed = serang.get("/api/v1/cases?receivedFrom=2026-03-10&receivedTo=2026-03-01");
        assertThat(reversed.json().path("errors").findValuesAsText("field")).containsExactly("receivedTo");
    }

    @Test
    void totalsAreExactUpToTheCountLimitAndSaySoBeyondIt() {
        // netra.search.count-limit is 25 in the test profile (1000 by default).
        Filed one = driver.fileReport(report("36.01", "PEMDA-36.01"));
        Api.Response few = api.as("bawaslu.pandeglang").get("/api/v1/cases?q=" + one.trackingNumber());
        assertThat(few.json().path("total").asLong()).isEqualTo(1);
        assertThat(few.json().path("totalExact").asBoolean()).isTrue();
        while (api.as("bawaslu.ri").get("/api/v1/cases?size=1").json().path("totalExact").asBoolean()) {
            driver.fileReport(report("31.71", "PEMDA-31.71"));
        }
        Api.Response many = api.as("bawaslu.ri").get("/api/v1/cases?size=200");
        assertThat(many.json().path("total").asLong()).isEqualTo(25);
        assertThat(many.json().path("totalExact").asBoolean()).isFalse();
        assertThat(many.json().path("items").size()).isGreaterThan(25);
    }
}
