package id.netra.path;

import id.netra.support.Plenary;
import id.netra.casefile.RegisterNumber;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static id.netra.support.Reports.finding;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README promises about filing late and numbering, each tried where it is easiest to get wrong: a report at
 * exactly the filing limit and one day past it, the window crossing a weekend and a holiday; register numbers after a
 * registration rolled back and across a year end; forwarding letters and recommendations numbered at once from many
 * requests.
 */
class NumbersAndFilingIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @org.springframework.beans.factory.annotation.Autowired
    id.netra.deadline.RuleSets ruleSets;

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(JAKARTA).toInstant();
    }

    /** The day a term ends after {@code from}, counted here on its own (working days from the holiday table). */
    private LocalDate after(LocalDate from, id.netra.deadline.Term term) {
        Set<LocalDate> off = new HashSet<>(jdbc.sql("SELECT day FROM holiday").query(LocalDate.class).list());
        LocalDate d = from;
        for (int counted = 0; counted < term.days(); ) {
            d = d.plusDays(1);
            if (term.unit() == id.netra.deadline.DayUnit.CALENDAR
                    || d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(d)) {
                counted++;
            }
        }
        return d;
    }

    /** {@code body} in the election type, its incident the day before {@code known}; answers the incident. */
    private static Map<String, Object> dated(Map<String, Object> body, LocalDate known, id.netra.deadline.ElectionType type) {
        body.put("electionType", type.name());
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", known.minusDays(1).toString());
        incident.put("knownOn", known.toString());
        return incident;
    }

    private Map<String, Object> knownOn(LocalDate known, id.netra.deadline.ElectionType type) {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        dated(body, known, type);
        return body;
    }

    /** Pemilu counts the filing window in working days, Pilkada in calendar days (SPEC §3's defaults). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(id.netra.deadline.ElectionType.class)
    void aReportOnTheLastDayIsOnTimeAndTheDayAfterLateAcrossAWeekendAndAHoliday(id.netra.deadline.ElectionType type) {
        // Known on Tuesday 22 December 2026: Christmas (Friday) and the weekend lie inside the window.
        LocalDate known = LocalDate.of(2026, 12, 22);
        id.netra.deadline.Term term = ruleSets.forElection(type).term(id.netra.deadline.RuleClock.REPORT_FILING);
        LocalDate limit = after(known, term);
        if (term.unit() == id.netra.deadline.DayUnit.WORKING) {
            assertThat(limit).as("working days, not days").isAfter(known.plusDays(term.days() + 2));
        } else {
            assertThat(limit).as("days, weekend and holiday included").isEqualTo(known.plusDays(term.days()));
        }
        for (LocalDate filedOn : List.of(limit, limit.plusDays(1))) {
            clock.set(at(filedOn, 23, 30));
            Filed f = driver.fileReport(knownOn(known, type));
            boolean late = driver.caseAs("bawaslu.serang", f.caseId()).path("incident").path("lateFiling").asBoolean();
            assertThat(late).as("filed on " + filedOn + ", the limit " + limit).isEqualTo(filedOn.isAfter(limit));
        }
        // Late or not, the day is Jakarta's: 00:30 WIB on the day after the limit is still the previous day in UTC.
        clock.set(at(limit.plusDays(1), 0, 30));
        Filed f = driver.fileReport(knownOn(known, type));
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("incident").path("lateFiling").asBoolean()).isTrue();
    }

    /** A finding of Bawaslu Kabupaten Serang, discovered on {@code discovered} (left out when null). */
    private Map<String, Object> findingDiscoveredOn(LocalDate discovered, LocalDate knownOn, id.netra.deadline.ElectionType type) {
        Map<String, Object> body = finding("36.04", "PEMDA-36.04");
        Map<String, Object> incident = dated(body, knownOn, type);
        if (discovered != null) {
            incident.put("discoveredOn", discovered.toString());
        }
        return body;
    }

    private static String deadline(com.fasterxml.jackson.databind.JsonNode c, String kind) {
        for (com.fasterxml.jackson.databind.JsonNode d : c.path("deadlines")) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("dueOn").asText();
            }
        }
        return null;
    }

    /**
     * A finding set on the last day of its clock from its discovery (7 days in both rule sets) is on time, the day after
     * it late, flagged as a late report is, in the API and on the case page; the window crosses Christmas and a weekend.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(id.netra.deadline.ElectionType.class)
    void aFindingSetOnTheLastDayIsOnTimeAndTheDayAfterLate(id.netra.deadline.ElectionType type) {
        LocalDate discovered = LocalDate.of(2026, 12, 22);
        id.netra.deadline.Term term = ruleSets.forElection(type).term(id.netra.deadline.RuleClock.FINDING);
        LocalDate limit = after(discovered, term);
        for (LocalDate setOn : List.of(limit, limit.plusDays(1))) {
            clock.set(at(setOn, 23, 30));
            Api.Response r = api.as("bawaslu.serang").post("/api/v1/findings", findingDiscoveredOn(discovered, discovered.minusDays(1), type));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            String caseId = r.text("caseId");
            var c = api.as("bawaslu.serang").get("/api/v1/cases/" + caseId).json();
            boolean late = setOn.isAfter(limit);
            assertThat(c.path("incident").path("discoveredOn").asText()).isEqualTo(discovered.toString());
            assertThat(c.path("incident").path("lateFiling").asBoolean()).as("set on " + setOn + ", the limit " + limit).isEqualTo(late);
            assertThat(deadline(c, "FINDING")).isEqualTo(limit.toString());
            assertThat(deadline(c, "REPORT_FILING")).as("a finding has no reporter's clock").isNull();
            String page = id.netra.support.Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + caseId).body();
            assertThat(page).contains("id=\"discovered-on\"");
            // A finding has no reporter: the day it became known is its supervisors'.
            assertThat(page).contains("Diketahui pengawas pemilu (temuan)").doesNotContain("Diketahui pelapor");
            if (late) {
                assertThat(page).contains("Temuan ditetapkan melewati batas waktu");
            } else {
                assertThat(page).doesNotContain("id=\"late\"");
            }
        }
    }

    /**
     * A client of the previous release sends no discovery date: the day the finding became known is taken. A discovery
     * date in the future or before the incident is refused naming it, in the client's language; a report has none.
     */
    @Test
    void aFindingsDiscoveryDateDefaultsToTheDayItBecameKnownAndIsChecked() {
        Api officer = api.as("bawaslu.serang");
        LocalDate known = LocalDate.now(JAKARTA).minusDays(3);
        Api.Response old = officer.post("/api/v1/findings", findingDiscoveredOn(null, known, id.netra.deadline.ElectionType.PILKADA));
        assertThat(old.status()).as(old.body()).isEqualTo(201);
        var c = officer.get("/api/v1/cases/" + old.text("caseId")).json();
        assertThat(c.path("incident").path("discoveredOn").asText()).isEqualTo(known.toString());
        assertThat(c.path("incident").path("lateFiling").asBoolean()).isFalse();

        Api.Response future = officer.post("/api/v1/findings",
                findingDiscoveredOn(LocalDate.now(JAKARTA).plusDays(2), known, id.netra.deadline.ElectionType.PILKADA), "Accept-Language", "en");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("incident.discoveredOn");
        assertThat(future.json().path("errors").get(0).path("message").asText()).isEqualTo("The date of discovery may not be in the future.");
        Api.Response beforeIncident = officer.post("/api/v1/findings",
                findingDiscoveredOn(known.minusDays(5), known, id.netra.deadline.ElectionType.PILKADA));
        assertThat(beforeIncident.status()).isEqualTo(400);
        assertThat(beforeIncident.body()).contains("\"field\":\"incident.discoveredOn\"", "sebelum tanggal kejadian");

        Map<String, Object> report = knownOn(known, id.netra.deadline.ElectionType.PILKADA);
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) report.get("incident");
        incident.put("discoveredOn", known.toString());
        Api.Response refused = api.post("/api/v1/public/reports", report);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"incident.discoveredOn\"", "Hanya temuan");
    }

    private RegisterNumber registerFinding(Api officer) {
        Api.Response r = officer.post("/api/v1/findings", finding("36.01", "PEMDA-36.01"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return RegisterNumber.parse(r.text("registerNumber"));
    }

    @Test
    void registerNumbersLeaveNoGapAfterARolledBackRegistrationAndStartAgainInANewYear() {
        Api pandeglang = api.as("bawaslu.pandeglang");
        // In a year of their own, so that no other test numbers in it.
        clock.set(at(LocalDate.of(2030, 12, 31), 23, 0));
        RegisterNumber first = registerFinding(pandeglang);

        // A registration that fails after its number was drawn: the whole of it rolls back, the number too.
        Filed report = driver.fileReport(report("36.01", "PEMDA-36.01"));
        owner.sql("""
                CREATE FUNCTION netra_test_refuse() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'refused by NumbersAndFilingIT'; END $$""").update();
        owner.sql("CREATE TRIGGER netra_test_refuse BEFORE UPDATE OF register_number ON case_file FOR EACH ROW "
                + "WHEN (NEW.id = '" + report.caseId() + "') EXECUTE FUNCTION netra_test_refuse()").update();
        try {
            Api.Response refused = api.as("bawaslu.pandeglang").post("/api/v1/tasks/"
                    + driver.taskId("bawaslu.pandeglang", report.caseId(), FlowNodes.INITIAL_REVIEW) + "/complete",
                    Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
            assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        } finally {
            owner.sql("DROP TRIGGER netra_test_refuse ON case_file").update();
            owner.sql("DROP FUNCTION netra_test_refuse()").update();
        }
        assertThat(driver.caseAs("bawaslu.pandeglang", report.caseId()).path("registerNumber").isNull()).isTrue();
        driver.complete("bawaslu.pandeglang", report.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        RegisterNumber second = RegisterNumber.parse(driver.caseAs("bawaslu.pandeglang", report.caseId()).path("registerNumber").asText());
        assertThat(second.year()).isEqualTo(2030);
        assertThat(second.sequence()).as("the rolled-back number is given again").isEqualTo(first.sequence() + 1);

        // Past midnight in Jakarta (still 31 December in UTC): the new year's numbers start at 1, in its first month.
        clock.set(at(LocalDate.of(2031, 1, 1), 0, 30));
        RegisterNumber newYear = registerFinding(pandeglang);
        assertThat(newYear.year()).isEqualTo(2031);
        assertThat(newYear.sequence()).isEqualTo(1);
        assertThat(newYear.toString()).contains("/I/2031");
        assertThat(registerFinding(pandeglang).sequence()).isEqualTo(2);
    }

    /**
     * The calls sent together (released by a barrier) and answered; asserts that they overlapped: every one was sent
     * before any was answered.
     */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(calls.size());
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger sentBeforeFirstAnswer = new java.util.concurrent.atomic.AtomicInteger(-1);
        try {
            List<Future<T>> futures = pool.invokeAll(calls.stream().<Callable<T>>map(call -> () -> {
                together.await();
                sent.incrementAndGet();
                T answer = call.call();
                sentBeforeFirstAnswer.compareAndSet(-1, sent.get());
                return answer;
            }).toList());
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            assertThat(sentBeforeFirstAnswer.get()).as("requests sent before the first was answered").isEqualTo(calls.size());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Runs {@code body} with every increment of a number sequence slowed while it holds the counter's row lock (a
     * trigger this test creates and drops), so requests that number at once really wait for each other.
     */
    private void withSlowNumbering(Callable<Void> body) throws Exception {
        owner.sql("""
                CREATE OR REPLACE FUNCTION numbers_and_filing_it_slow() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$""").update();
        owner.sql("""
                CREATE TRIGGER numbers_and_filing_it_slow BEFORE UPDATE ON number_sequence
                FOR EACH ROW EXECUTE FUNCTION numbers_and_filing_it_slow()""").update();
        try {
            body.call();
        } finally {
            owner.sql("DROP TRIGGER numbers_and_filing_it_slow ON number_sequence").update();
            owner.sql("DROP FUNCTION numbers_and_filing_it_slow()").update();
        }
    }

    /** The sequence numbers of every letter of this kind whose number matches, from the database. */
    /** The highest of these numbers, 0 when there is none. */
    private static int last(List<Integer> sequences) {
        return sequences.isEmpty() ? 0 : sequences.get(sequences.size() - 1);
    }

    private List<Integer> sequences(String kind, String like, java.util.function.Function<String, Integer> sequence) {
        return jdbc.sql("SELECT number FROM case_letter WHERE kind = :kind AND number LIKE :like")
                .param("kind", kind).param("like", like).query(String.class).list().stream().map(sequence).sorted().toList();
    }

    @Test
    void forwardingLettersAndRecommendationsNumberedAtOnceAreUniqueAndGapFree() throws Exception {
        int count = 8;
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Filed f = driver.fileReport(report("36.01", "PEMDA-36.01"));
            driver.complete("bawaslu.pandeglang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                    Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
            driver.complete("bawaslu.pandeglang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of(
                    "party", "REPORTED", "name", "Budi Santoso", "heldOn", LocalDate.now(JAKARTA).toString(),
                    "summary", "Terlapor mengakui unggahan."))));
            driver.complete("bawaslu.pandeglang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                    "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi."));
            cases.add(f.caseId());
        }
        // Other tests number letters in this office and recommendations everywhere, one at a time; this one counts only
        // the numbers its own decisions got: the next ones after the last before them, each once, none skipped.
        int year = id.netra.platform.Today.date().getYear();
        String forwardingLike = "%/36.01/%/" + year;
        java.util.function.Function<String, Integer> forwardingSequence = n -> Integer.parseInt(n.substring(0, n.indexOf('/')));
        int lastLetter = last(sequences("FORWARDING", forwardingLike, forwardingSequence));
        List<String> letters = new ArrayList<>();
        withSlowNumbering(() -> {
            letters.addAll(atOnce(cases.stream().<Callable<String>>map(id -> () -> {
                driver.complete("komisioner.pandeglang", id, FlowNodes.PLENARY_DECISION, Plenary.approved());
                return driver.caseAs("bawaslu.pandeglang", id).path("letters").get(0).path("number").asText();
            }).toList()));
            return null;
        });
        assertThat(letters).allMatch(n -> n.contains("/36.01/") && n.endsWith("/" + year));
        assertThat(letters.stream().map(forwardingSequence).sorted().toList()).as("the letters the test's decisions got")
                .isEqualTo(IntStream.rangeClosed(lastLetter + 1, lastLetter + count).boxed().toList());
        assertThat(last(sequences("FORWARDING", forwardingLike, forwardingSequence))).as("no letter beside them")
                .isEqualTo(lastLetter + count);

        for (UUID id : cases) {
            driver.complete("examiner", id, FlowNodes.EXAMINATION, driver.persons(id).get(0), Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        }
        java.util.function.Function<String, Integer> recommendationSequence = n -> Integer.parseInt(n.substring(2, n.indexOf('/')));
        int lastRecommendation = last(sequences("RECOMMENDATION", "R-%/" + year, recommendationSequence));
        withSlowNumbering(() -> {
            atOnce(IntStream.range(0, count).<Callable<String>>mapToObj(i -> () -> driver.complete("examiner.approver",
                    cases.get(i), FlowNodes.RECOMMENDATION_APPROVAL, driver.persons(cases.get(i)).get(0), Map.of("approved", true))).toList());
            return null;
        });
        List<String> recommendations = new ArrayList<>();
        for (UUID id : cases) {
            recommendations.add(driver.caseAs("examiner", id).path("reportedPersons").get(0).path("recommendation").path("number").asText());
        }
        assertThat(recommendations).allMatch(n -> n.startsWith("R-") && n.endsWith("/" + year));
        assertThat(recommendations.stream().map(recommendationSequence).sorted().toList()).as("the recommendations the test's approvals got")
                .isEqualTo(IntStream.rangeClosed(lastRecommendation + 1, lastRecommendation + count).boxed().toList());
        assertThat(last(sequences("RECOMMENDATION", "R-%/" + year, recommendationSequence))).as("no recommendation beside them")
                .isEqualTo(lastRecommendation + count);
    }
}
