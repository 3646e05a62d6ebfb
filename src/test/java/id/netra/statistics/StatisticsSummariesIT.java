package id.netra.statistics;

import id.netra.access.DemoAccounts;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.platform.FieldError;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The summaries say what the case data says: for every demo account (each scope: an office, a province office, RI, the
 * examining agency, each PPK), every breakdown and several filters, the table read from the summaries equals the table
 * counted from the cases at the same cut-off — so the summaries' scope (CaseAccess.summaryScope) is the scope; and they
 * are refreshed by themselves after the cases change.
 */
class StatisticsSummariesIT extends IntegrationTest {

    @Autowired
    StatisticsSummaries summaries;

    @Autowired
    PersonFigures persons;

    @Autowired
    CaseFigures cases;

    @Autowired
    id.netra.reference.ReferenceData reference;

    @Test
    void theSummariesCountWhatTheCasesSayForEveryScope() {
        // Persons of every kind of track: proven and sanctioned, not proven, recommended and waiting, moot-free.
        Filed f = driver.toExaminationOfCamatAndLurah();
        List<UUID> ids = driver.persons(f.caseId());
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, ids.get(0), Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, ids.get(0), Map.of("approved", true));
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, ids.get(1), Map.of("outcome", "NOT_PROVEN", "reasoning", "Tidak terbukti."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, ids.get(1), Map.of("approved", true));
        driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.fileReport(Reports.report("36.01", "PEMDA-36.01"));

        summaries.refresh();
        LocalDate month = LocalDate.now(ZoneId.of("Asia/Jakarta")).withDayOfMonth(1);
        List<StatisticsCriteria> criteria = List.of(
                new StatisticsCriteria(null, null, null, null, null),
                new StatisticsCriteria("PILKADA", month.getYear(), null, null, "36"),
                new StatisticsCriteria(null, null, month, month.withDayOfMonth(month.lengthOfMonth()), "36.04"),
                new StatisticsCriteria("PEMILU", null, month.minusMonths(2), month.minusDays(1), null));
        List<NetraUser> users = new ArrayList<>(DemoAccounts.ACCOUNTS.stream().filter(u -> u.role() != Role.ADMIN).toList());
        int compared = 0;
        for (NetraUser user : users) {
            for (StatisticsCriteria c : criteria) {
                assertThat(c.wholeMonths()).isTrue();
                for (PersonFigures.By by : PersonFigures.By.values()) {
                    PersonFigures.PersonTable summarised = persons.table(user, by, c);
                    PersonFigures.PersonTable counted = persons.fromCases(user, by, c, summarised.cutOff());
                    assertThat(rows(summarised)).as(user.username() + " " + by + " " + c).isEqualTo(rows(counted));
                    assertThat(summarised.total()).as(user.username() + " " + by + " " + c).isEqualTo(counted.total());
                    compared++;
                }
                CaseFigures.StageTable stagesSummarised = cases.stages(user, c, true);
                CaseFigures.StageTable stagesCounted = cases.stages(user, c, false);
                assertThat(stagesSummarised.rows()).as(user.username() + " stages " + c).isEqualTo(stagesCounted.rows());
                assertThat(List.of(stagesSummarised.waiting(), stagesSummarised.overdue())).as(user.username() + " stages " + c)
                        .isEqualTo(List.of(stagesCounted.waiting(), stagesCounted.overdue()));
                for (CaseFigures.By by : CaseFigures.By.values()) {
                    CaseFigures.CaseTable summarised = cases.cases(user, by, c, true);
                    CaseFigures.CaseTable counted = cases.cases(user, by, c, false);
                    assertThat(summarised.rows()).as(user.username() + " " + by + " " + c).isEqualTo(counted.rows());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
        // Some scope sees something, and the filters narrow it (the comparison is not of empty tables alone).
        NetraUser ri = users.stream().filter(u -> u.username().equals("bawaslu.ri")).findFirst().orElseThrow();
        long banten = persons.table(ri, PersonFigures.By.NONE, criteria.get(1)).total().reported();
        long westJava = persons.table(ri, PersonFigures.By.NONE, new StatisticsCriteria("PILKADA", month.getYear(), null, null, "32"))
                .total().reported();
        assertThat(banten).isPositive();
        assertThat(westJava).isLessThan(banten);
        // A period of days is counted from the cases (the summaries hold months).
        StatisticsCriteria days = StatisticsCriteria.parse(reference, null, null, month.plusDays(1).toString(), null, null,
                new ArrayList<FieldError>());
        assertThat(days.wholeMonths()).isFalse();
        assertThat(persons.table(ri, PersonFigures.By.NONE, days).cutOff()).isAfter(summaries.refreshedAt());
    }

    @Test
    void theSummariesAreRefreshedByThemselvesAfterTheCasesChange() {
        summaries.refresh();
        long before = api.as("bawaslu.ri").get("/api/v1/statistics/persons").json().path("total").path("reported").asLong();
        driver.fileReport(Reports.report("36.02", "PEMDA-36.02"));
        // The test profile's refresh check runs every 2 s, with no interval between refreshes.
        await().atMost(Duration.ofSeconds(20)).until(() -> api.as("bawaslu.ri").get("/api/v1/statistics/persons").json()
                .path("total").path("reported").asLong() == before + 1);
    }

    /**
     * A case of two persons for two PPKs, one sanctioned, the other awaiting its PPK: the office counts the case open,
     * awaiting a PPK; the PPK whose person was sanctioned counts it closed, sanctioned — the status it reads the case in.
     */
    @Test
    void aPpkCountsTheCaseInTheStatusItsOwnPersonsMake() {
        Map<String, Map<String, List<Long>>> before = Map.of("bawaslu.serang", byStatus("bawaslu.serang"),
                "ppk.serang", byStatus("ppk.serang"), "ppk.kotaserang", byStatus("ppk.kotaserang"));
        Filed f = driver.toExaminationOfCamatAndLurah();
        List<UUID> ids = driver.persons(f.caseId());
        for (UUID person : ids) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        }
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, ids.get(0), Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/2/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, ids.get(0), Map.of("accepted", true));

        assertThat(delta(before.get("bawaslu.serang"), byStatus("bawaslu.serang"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("RECOMMENDATION_ISSUED", List.of(1L, 1L, 0L)));
        assertThat(delta(before.get("ppk.serang"), byStatus("ppk.serang"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("CLOSED_SANCTIONED", List.of(1L, 0L, 1L)));
        assertThat(delta(before.get("ppk.kotaserang"), byStatus("ppk.kotaserang"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("RECOMMENDATION_ISSUED", List.of(1L, 1L, 0L)));
    }

    /** Refreshes at once (the scheduler's, a second node's) leave each stage counted once, as the open tasks say. */
    @Test
    void refreshesAtOnceCountEachOpenCaseOnce() throws Exception {
        driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<java.time.Instant>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(summaries::refresh));
            }
            for (var run : runs) {
                run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StatisticsCriteria all = new StatisticsCriteria(null, null, null, null, null);
        for (String name : List.of("bawaslu.ri", "examiner", "ppk.serang")) {
            NetraUser user = DemoAccounts.ACCOUNTS.stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
            CaseFigures.StageTable summarised = cases.stages(user, all, true);
            CaseFigures.StageTable counted = cases.stages(user, all, false);
            assertThat(summarised.rows()).as(name).isEqualTo(counted.rows());
            assertThat(summarised.waiting()).as(name).isEqualTo(counted.waiting());
            if (name.equals("bawaslu.ri")) {
                assertThat(summarised.waiting()).isPositive();
            }
            assertThat(cases.cases(user, CaseFigures.By.STATUS, all, true).total().cases()).as(name)
                    .isEqualTo(cases.cases(user, CaseFigures.By.STATUS, all, false).total().cases());
        }
    }

    /**
     * On an application clock ahead of the database server's (NETRA_CLOCK_OFFSET), a report received by that clock is
     * in the next refresh, whose cut-off is that clock's.
     */
    @Test
    void theSummariesStandAtTheApplicationsClock() {
        summaries.refresh();
        long before = api.as("bawaslu.ri").get("/api/v1/statistics/persons").json().path("total").path("reported").asLong();
        java.time.Instant ahead = java.time.Instant.now().plus(java.time.Duration.ofDays(1));
        clock.set(ahead);
        driver.fileReport(Reports.report("36.03", "PEMDA-36.03"));
        summaries.refresh();
        var total = api.as("bawaslu.ri").get("/api/v1/statistics/persons").json();
        assertThat(total.path("total").path("reported").asLong()).isEqualTo(before + 1);
        assertThat(java.time.Instant.parse(total.path("cutOff").asText())).isAfterOrEqualTo(ahead);
    }

    /** Cases, open, closed by status, as the API answers the user (after a refresh). */
    private Map<String, List<Long>> byStatus(String user) {
        summaries.refresh();
        Map<String, List<Long>> out = new TreeMap<>();
        for (var row : api.as(user).get("/api/v1/statistics/cases?by=status").json().path("rows")) {
            var c = row.path("counts");
            out.put(row.path("key").asText(), List.of(c.path("cases").asLong(), c.path("open").asLong(), c.path("closed").asLong()));
        }
        return out;
    }

    private static Map<String, List<Long>> delta(Map<String, List<Long>> before, Map<String, List<Long>> after) {
        Map<String, List<Long>> out = new TreeMap<>();
        after.forEach((k, a) -> {
            List<Long> b = before.getOrDefault(k, List.of(0L, 0L, 0L));
            List<Long> d = List.of(a.get(0) - b.get(0), a.get(1) - b.get(1), a.get(2) - b.get(2));
            if (!d.equals(List.of(0L, 0L, 0L))) {
                out.put(k, d);
            }
        });
        return out;
    }

    private static Map<String, PersonFigures.PersonCounts> rows(PersonFigures.PersonTable t) {
        Map<String, PersonFigures.PersonCounts> m = new TreeMap<>();
        t.rows().forEach(r -> m.put(String.valueOf(r.key()), r.counts()));
        return m;
    }
}
