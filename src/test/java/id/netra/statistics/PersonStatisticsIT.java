package id.netra.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Plenary;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persons' figures, read before and after one case of two persons of two agencies goes its whole way — one proven,
 * recommended, overdue, blocked and sanctioned; the other not proven — checked by hand: each reader counts what their
 * scope holds (the office its case, the examining agency by agency, each PPK its own person only, another office
 * nothing), and every bad criterion is named.
 */
class PersonStatisticsIT extends IntegrationTest {

    /** Refreshed before each reading: the figures of every table are the summaries' as last refreshed. */
    @org.springframework.beans.factory.annotation.Autowired
    StatisticsSummaries summaries;

    private static final List<String> FIGURES = List.of("reported", "registered", "forwarded", "proven", "recommended", "followedUp",
            "notFollowedUp", "notProven", "moot", "blocked");

    private Map<String, Map<String, Long>> table(String user, String query) {
        summaries.refresh();
        Api.Response r = api.as(user).get("/api/v1/statistics/persons?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.path("unit").asText()).isEqualTo("persons");
        assertThat(t.path("cutOff").asText()).isNotEmpty();
        Map<String, Map<String, Long>> out = new HashMap<>();
        out.put("TOTAL", counts(t.path("total")));
        for (JsonNode row : t.path("rows")) {
            out.put(row.path("key").asText(), counts(row.path("counts")));
        }
        return out;
    }

    private static Map<String, Long> counts(JsonNode c) {
        Map<String, Long> out = new HashMap<>();
        FIGURES.forEach(f -> out.put(f, c.path(f).asLong()));
        return out;
    }

    private static Map<String, Long> delta(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after, String row) {
        Map<String, Long> out = new HashMap<>();
        FIGURES.forEach(f -> out.put(f, after.getOrDefault(row, Map.of()).getOrDefault(f, 0L) - before.getOrDefault(row, Map.of()).getOrDefault(f, 0L)));
        return out;
    }

    private static Map<String, Long> expect(long... v) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < FIGURES.size(); i++) {
            out.put(FIGURES.get(i), v[i]);
        }
        return out;
    }

    private static final List<String> CASE_FIGURES = List.of("cases", "open", "closed", "overdue");

    private Map<String, Map<String, Long>> cases(String user, String query) {
        summaries.refresh();
        Api.Response r = api.as(user).get("/api/v1/statistics/cases?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.path("unit").asText()).isEqualTo("cases");
        Map<String, Map<String, Long>> out = new HashMap<>();
        out.put("TOTAL", counts(t.path("total"), CASE_FIGURES));
        for (JsonNode row : t.path("rows")) {
            out.put(row.path("key").asText(), counts(row.path("counts"), CASE_FIGURES));
        }
        return out;
    }

    private Map<String, Map<String, Long>> stages(String user) {
        summaries.refresh();
        Api.Response r = api.as(user).get("/api/v1/statistics/stages");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.path("unit").asText()).isEqualTo("cases");
        Map<String, Map<String, Long>> out = new HashMap<>();
        out.put("TOTAL", Map.of("waiting", t.path("waiting").asLong(), "overdue", t.path("overdue").asLong()));
        for (JsonNode row : t.path("rows")) {
            out.put(row.path("key").asText(), Map.of("waiting", row.path("waiting").asLong(), "overdue", row.path("overdue").asLong()));
        }
        return out;
    }

    private static Map<String, Long> counts(JsonNode node, List<String> names) {
        Map<String, Long> m = new HashMap<>();
        names.forEach(n -> m.put(n, node.path(n).asLong()));
        return m;
    }

    private static List<Long> delta(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after, String key, List<String> names) {
        Map<String, Long> b = before.getOrDefault(key, Map.of());
        Map<String, Long> a = after.getOrDefault(key, Map.of());
        return names.stream().map(n -> a.getOrDefault(n, 0L) - b.getOrDefault(n, 0L)).toList();
    }

    @Test
    void eachReaderCountsThePersonsOfTheirScopeAsTheCaseWent() {
        Map<String, Map<String, Long>> office = table("bawaslu.serang", "");
        Map<String, Map<String, Long>> examiner = table("examiner", "by=agency&electionType=PILKADA");
        Map<String, Map<String, Long>> serang = table("ppk.serang", "by=position");
        Map<String, Map<String, Long>> kota = table("ppk.kotaserang", "");
        Map<String, Map<String, Long>> pandeglang = table("bawaslu.pandeglang", "");
        Map<String, Map<String, Long>> province = table("bawaslu.banten", "by=regency");
        Map<String, Map<String, Long>> nation = table("bawaslu.ri", "by=province&region=36");
        Map<String, Map<String, Long>> violations = table("examiner", "by=violation");
        Map<String, Map<String, Long>> sanctions = table("examiner", "by=sanction");
        Map<String, Map<String, Long>> bkn = table("examiner", "by=bkn_office");
        Map<String, Map<String, Long>> officeCases = cases("bawaslu.serang", "by=status");
        Map<String, Map<String, Long>> provinceCases = cases("bawaslu.banten", "by=regency");
        Map<String, Map<String, Long>> pandeglangCases = cases("bawaslu.pandeglang", "by=month");
        Map<String, Map<String, Long>> pandeglangStages = stages("bawaslu.pandeglang");

        Filed f = driver.toExaminationOfCamatAndLurah();
        List<UUID> persons = driver.persons(f.caseId());
        UUID camat = persons.get(0);
        UUID lurah = persons.get(1);

        // Waiting at the examination, one person's task past its due time: one case in each count, at that stage only.
        Map<String, Map<String, Long>> stages = stages("examiner");
        assertThat(stages.get("examination").get("waiting")).isPositive();
        int late = jdbc.sql("""
                        UPDATE act_ru_task SET due_date_ = now() - interval '1 day' WHERE task_def_key_ = 'examination'
                        AND id_ IN (SELECT task_id FROM task_subject WHERE person_id = :p)""").param("p", camat).update();
        assertThat(late).isEqualTo(1);
        Map<String, Map<String, Long>> stagesLate = stages("examiner");
        assertThat(stagesLate.get("examination").get("overdue") - stages.get("examination").get("overdue")).isEqualTo(1);
        assertThat(stagesLate.get("examination").get("waiting")).isEqualTo(stages.get("examination").get("waiting"));
        assertThat(stagesLate.get("TOTAL").get("overdue") - stages.get("TOTAL").get("overdue")).isEqualTo(1);
        Map<String, Map<String, Long>> officeStages = stages("bawaslu.serang");
        assertThat(officeStages.get("examination").get("overdue")).isPositive();
        // The office's cases by status: this one under examination, open and overdue.
        Map<String, Map<String, Long>> underExamination = cases("bawaslu.serang", "by=status");
        assertThat(delta(officeCases, underExamination, "UNDER_EXAMINATION", CASE_FIGURES)).containsExactly(1L, 1L, 0L, 1L);
        assertThat(delta(officeCases, underExamination, "TOTAL", CASE_FIGURES)).containsExactly(1L, 1L, 0L, 1L);
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, camat, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, camat, Map.of("approved", true));
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, lurah, Map.of("outcome", "NOT_PROVEN", "reasoning", "Tidak terbukti."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, lurah, Map.of("approved", true));
        // Recommended, not yet followed up: so counted by the PPK of Kabupaten Serang.
        assertThat(delta(serang, table("ppk.serang", "by=position"), "TOTAL"))
                .isEqualTo(expect(1, 1, 1, 1, 1, 0, 1, 0, 0, 0));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, camat);
        driver.warnAndBlock(f.caseId(), camat);
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/1/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, camat, Map.of("accepted", true));

        // The handling office: both persons, one sanctioned (and blocked on the way), one not proven.
        assertThat(delta(office, table("bawaslu.serang", ""), "TOTAL")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        // The examining agency, by the agency each person's PPK is: each row its own person.
        Map<String, Map<String, Long>> examinerAfter = table("examiner", "by=agency&electionType=PILKADA");
        assertThat(delta(examiner, examinerAfter, "PEMDA-36.04")).isEqualTo(expect(1, 1, 1, 1, 1, 1, 0, 0, 0, 1));
        assertThat(delta(examiner, examinerAfter, "PEMDA-36.73")).isEqualTo(expect(1, 1, 1, 0, 0, 0, 0, 1, 0, 0));
        // Each PPK its own person only: the other PPK's not-proven person was never addressed to it.
        assertThat(delta(serang, table("ppk.serang", "by=position"), "TOTAL")).isEqualTo(expect(1, 1, 1, 1, 1, 1, 0, 0, 0, 1));
        assertThat(delta(kota, table("ppk.kotaserang", ""), "TOTAL")).isEqualTo(expect(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        // The province office by its regencies and cities, Bawaslu RI by province: the case under 36.04 and under 36.
        assertThat(delta(province, table("bawaslu.banten", "by=regency"), "36.04")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        assertThat(delta(nation, table("bawaslu.ri", "by=province&region=36"), "36")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        // By the form of the violation (the examinations named none: the assessment's) and by the sanction recommended
        // (the person not proven: none); each person counted once in the total.
        Map<String, Map<String, Long>> violationsAfter = table("examiner", "by=violation");
        assertThat(delta(violations, violationsAfter, "SOCIAL_MEDIA")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        assertThat(delta(violations, violationsAfter, "TOTAL")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        Map<String, Map<String, Long>> sanctionsAfter = table("examiner", "by=sanction");
        assertThat(delta(sanctions, sanctionsAfter, "DISCIPLINE_MEDIUM")).isEqualTo(expect(1, 1, 1, 1, 1, 1, 0, 0, 0, 1));
        assertThat(delta(sanctions, sanctionsAfter, "")).isEqualTo(expect(1, 1, 1, 0, 0, 0, 0, 1, 0, 0));
        assertThat(delta(sanctions, sanctionsAfter, "TOTAL")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        // By BKN's regional office: both agencies are Banten's, served by Kantor Regional V (Jakarta).
        Map<String, Map<String, Long>> bknAfter = table("examiner", "by=bkn_office");
        assertThat(delta(bkn, bknAfter, "V")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        assertThat(delta(bkn, bknAfter, "TOTAL")).isEqualTo(expect(2, 2, 2, 1, 1, 1, 0, 1, 0, 1));
        // The case is closed now: counted closed, no longer open nor overdue, under its regency for the province office.
        Map<String, Map<String, Long>> officeCasesAfter = cases("bawaslu.serang", "by=status");
        assertThat(delta(officeCases, officeCasesAfter, "TOTAL", CASE_FIGURES)).containsExactly(1L, 0L, 1L, 0L);
        assertThat(delta(provinceCases, cases("bawaslu.banten", "by=regency"), "36.04", CASE_FIGURES)).containsExactly(1L, 0L, 1L, 0L);
        assertThat(delta(pandeglangCases, cases("bawaslu.pandeglang", "by=month"), "TOTAL", CASE_FIGURES)).containsExactly(0L, 0L, 0L, 0L);
        // Another office: nothing of this case.
        assertThat(delta(pandeglang, table("bawaslu.pandeglang", ""), "TOTAL")).isEqualTo(expect(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        // The election filter holds: none of these persons is in the Pemilu figures.
        assertThat(table("bawaslu.serang", "electionType=PEMILU&region=36.04").get("TOTAL").get("reported"))
                .isEqualTo(table("bawaslu.serang", "electionType=pemilu&region=36.04").get("TOTAL").get("reported"));

        // The follow-up rate is followed up ÷ recommended.
        JsonNode total = api.as("bawaslu.serang").get("/api/v1/statistics/persons").json().path("total");
        assertThat(total.path("followUpRate").decimalValue().doubleValue())
                .isCloseTo((double) total.path("followedUp").asLong() / total.path("recommended").asLong(), org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void everyBadCriterionIsNamedAtOnce() {
        Api.Response r = api.as("examiner").get("/api/v1/statistics/persons?by=kecamatan&electionType=PILPRES&year=dua&from=2024-13-01&to=2024-01-01&region=99.99");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("by", "electionType", "year", "from", "region");
        Api.Response backwards = api.as("examiner").get("/api/v1/statistics/persons?from=2024-02-01&to=2024-01-01");
        assertThat(backwards.json().path("errors").findValuesAsText("field")).containsExactly("to");
        assertThat(api.get("/api/v1/statistics/persons").status()).isEqualTo(401);
        // The step behind the BKN offices is no breakdown of its own; cases have their own breakdowns.
        assertThat(api.as("examiner").get("/api/v1/statistics/persons?by=agency_province").json().path("errors").findValuesAsText("field"))
                .containsExactly("by");
        Api.Response cases = api.as("examiner").get("/api/v1/statistics/cases?by=agency&year=1999");
        assertThat(cases.status()).isEqualTo(400);
        assertThat(cases.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("by", "year");
        Api.Response stages = api.as("examiner").get("/api/v1/statistics/stages?region=36.99");
        assertThat(stages.json().path("errors").findValuesAsText("field")).containsExactly("region");
        assertThat(api.get("/api/v1/statistics/stages").status()).isEqualTo(401);
    }
}
