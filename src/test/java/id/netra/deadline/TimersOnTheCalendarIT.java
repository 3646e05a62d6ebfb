package id.netra.deadline;

import id.netra.support.Plenary;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every clock of both rule sets, in both units, on the calendar: each clock starts on a day of its own, a different day
 * of the week each (the application's clock is moved from step to step), and each window holds a weekend day and a
 * holiday of the seeded table: the reporter knew on Tuesday 23 December 2025; the report is filed and its completion
 * asked on Thursday the 25th (Christmas: Friday's cuti bersama and the weekend follow); another is registered on
 * Wednesday the 31st (New Year's day and its weekend follow), its assessment extended on Friday 2 January 2026 and the
 * case forwarded on Monday the 5th; the recommendation is issued on Tuesday 13 January (Isra Mikraj, Friday the 16th,
 * and its weekend follow). Each rule set is set as an administrator sets it, with every clock in one unit, and for each
 * clock the stored deadline, each timer's due moment and each task's due date is compared with a count of days written
 * here on its own (every day, or weekdays that are not in the holiday table), which the business calendar must give too.
 * The configured defaults are checked against dates counted by hand on the seeded calendar. That the engine's own job
 * executor fires a timer by the application's clock: {@link StockJobExecutorIT}.
 */
class TimersOnTheCalendarIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Tuesday: the reporter knew, an officer discovered the finding. */
    private static final LocalDate KNOWN = LocalDate.of(2025, 12, 23);
    /** Thursday, Christmas: filed, reviewed and the completion asked for. */
    private static final LocalDate FILED = LocalDate.of(2025, 12, 25);
    /** Wednesday before New Year's day: the second case filed and registered. */
    private static final LocalDate REGISTERED = LocalDate.of(2025, 12, 31);
    /** Friday: the assessment extended. */
    private static final LocalDate EXTENDED = LocalDate.of(2026, 1, 2);
    /** Monday: heard, assessed and forwarded by the plenary. */
    private static final LocalDate FORWARDED = LocalDate.of(2026, 1, 5);
    /** Tuesday before Isra Mikraj (Friday 16 January): the recommendation issued. */
    private static final LocalDate RECOMMENDED = LocalDate.of(2026, 1, 13);

    @Autowired
    RulesProperties rules;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    TaskService taskService;

    private Set<LocalDate> holidays() {
        return new HashSet<>(jdbc.sql("SELECT day FROM holiday").query(LocalDate.class).list());
    }

    /**
     * The day a term ends after {@code from} (backwards for a {@code step} of -1): its days counted here on their own,
     * each day for calendar days, weekdays not in the holiday table for working days.
     */
    private LocalDate count(LocalDate from, Term term, int step) {
        Set<LocalDate> off = holidays();
        LocalDate d = from;
        for (int counted = 0; counted < term.days(); ) {
            d = d.plusDays(step);
            if (term.unit() == DayUnit.CALENDAR || !weekend(d) && !off.contains(d)) {
                counted++;
            }
        }
        return d;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The day a clock started on {@code from} ends, counted here; the business calendar must say the same. */
    private LocalDate after(LocalDate from, Term term) {
        LocalDate due = count(from, term, 1);
        assertThat(calendar.after(from, term)).as("the business calendar: %s after %s", term, from).isEqualTo(due);
        assertWindowHoldsAWeekendAndAHoliday(from.plusDays(1), due);
        return due;
    }

    /** The day of a reminder {@code term} before {@code due}, counted here; the business calendar must say the same. */
    private LocalDate before(LocalDate due, Term term) {
        LocalDate day = count(due, term, -1);
        assertThat(calendar.before(due, term)).as("the business calendar: %s before %s", term, due).isEqualTo(day);
        assertWindowHoldsAWeekendAndAHoliday(day, due.minusDays(1));
        return day;
    }

    private void assertWindowHoldsAWeekendAndAHoliday(LocalDate first, LocalDate last) {
        Set<LocalDate> off = holidays();
        List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
        assertThat(days).as("a weekend day from %s to %s", first, last).anyMatch(TimersOnTheCalendarIT::weekend);
        assertThat(days).as("a holiday from %s to %s", first, last).anyMatch(off::contains);
    }

    /** A timer fires at the first moment after its day; a task is due at the last second of it. */
    private static Instant passed(LocalDate day) {
        return day.plusDays(1).atStartOfDay(JAKARTA).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return passed(day).minusSeconds(1);
    }

    /** The service's clock on {@code day}, at 10:00 in Jakarta. */
    private void on(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(JAKARTA).toInstant());
    }

    private String processInstance(UUID caseId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult().getId();
    }

    private Map<String, Instant> timers(UUID caseId) {
        Map<String, Instant> timers = new java.util.HashMap<>();
        for (Job job : managementService.createJobQuery().processInstanceId(processInstance(caseId)).timers().list()) {
            timers.put(managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                    .getActivityId(), job.getDuedate().toInstant());
        }
        return timers;
    }

    private Instant taskDue(UUID caseId, String key) {
        Task t = taskService.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(key).singleResult();
        assertThat(t).as(key).isNotNull();
        return t.getDueDate().toInstant();
    }

    /** A deadline stored on the case (its kind's, in the case's answer). */
    private LocalDate stored(UUID caseId, String kind) {
        for (com.fasterxml.jackson.databind.JsonNode d : driver.caseAs("bawaslu.serang", caseId).path("deadlines")) {
            if (d.path("kind").asText().equals(kind)) {
                return LocalDate.parse(d.path("dueOn").asText());
            }
        }
        throw new AssertionError("no " + kind + " deadline on case " + caseId);
    }

    private static Map<String, Object> reportOn(ElectionType type, LocalDate knownOn) {
        Map<String, Object> body = id.netra.support.Reports.knownOn(report("36.04", "PEMDA-36.04"), knownOn);
        body.put("electionType", type.name());
        return body;
    }

    /**
     * The rule set under test: the configuration's numbers, every clock in {@code unit}; the PPK's deadline and its
     * reminder shortened so that both windows reach over Isra Mikraj and its weekend (5 working days and 3 before them;
     * 7 days and 4 before them).
     */
    private RuleSet allIn(ElectionType type, DayUnit unit) {
        Map<RuleClock, Term> terms = new java.util.EnumMap<>(RuleClock.class);
        rules.forElection(type).terms().forEach((clock, term) -> terms.put(clock, new Term(term.days(), unit)));
        boolean working = unit == DayUnit.WORKING;
        terms.put(RuleClock.PPK_FOLLOW_UP, new Term(working ? 5 : 7, unit));
        terms.put(RuleClock.PPK_REMINDER, new Term(working ? 3 : 4, unit));
        return new RuleSet(terms);
    }

    private void setByAdministrator(ElectionType type, RuleSet r) {
        String body;
        try {
            body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r.fields());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var set = api.as("admin").send("PUT", "/api/v1/admin/rules/" + type, body, "application/json");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    /** Their timers lie in the past of the real clock: no job executor may ever find them due. */
    private void endTheCases(List<UUID> cases, String why) {
        cases.forEach(id -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString())
                .rootProcessInstances().list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), why, true, true)));
    }

    @Test
    void theStepsStartOnDifferentDaysOfTheWeek() {
        assertThat(Set.of(FILED, REGISTERED, EXTENDED, FORWARDED, RECOMMENDED).stream().map(LocalDate::getDayOfWeek)).doesNotHaveDuplicates()
                .hasSize(5);
        assertThat(holidays()).as("the seeded holidays inside the windows")
                .contains(FILED, FILED.plusDays(1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 16));
    }

    @ParameterizedTest
    @CsvSource({"PEMILU, CALENDAR", "PEMILU, WORKING", "PILKADA, CALENDAR", "PILKADA, WORKING"})
    void everyClockCountsItsDaysInItsUnitAroundTheWeekendsAndTheHolidays(ElectionType type, DayUnit unit) {
        RuleSet r = allIn(type, unit);
        setByAdministrator(type, r);
        List<UUID> cases = new java.util.ArrayList<>();
        try {
            assertThat(calendar.rules(type)).isEqualTo(r);
            everyClockOnTheCalendar(type, r, cases);
        } finally {
            assertThat(api.as("admin").send("DELETE", "/api/v1/admin/rules/" + type, null, null).status()).isEqualTo(204);
            endTheCases(cases, "TimersOnTheCalendarIT: a case of 2025");
        }
    }

    private void everyClockOnTheCalendar(ElectionType type, RuleSet r, List<UUID> cases) {
        // The report's filing window, from the day the reporter knew; the initial review's, on its task.
        on(FILED);
        Filed incomplete = driver.fileReport(reportOn(type, KNOWN));
        cases.add(incomplete.caseId());
        assertThat(stored(incomplete.caseId(), "REPORT_FILING")).isEqualTo(after(KNOWN, r.term(RuleClock.REPORT_FILING)));
        assertThat(taskDue(incomplete.caseId(), FlowNodes.INITIAL_REVIEW)).isEqualTo(endOf(after(FILED, r.term(RuleClock.INITIAL_REVIEW))));

        // A finding's window, from its discovery.
        Map<String, Object> findingBody = id.netra.support.Reports.finding("36.04", "PEMDA-36.04");
        findingBody.put("electionType", type.name());
        findingBody.put("incident", reportOn(type, KNOWN).get("incident"));
        @SuppressWarnings("unchecked")
        Map<String, Object> findingIncident = (Map<String, Object>) findingBody.get("incident");
        findingIncident.put("discoveredOn", KNOWN.toString());
        var finding = api.as("bawaslu.serang").post("/api/v1/findings", findingBody);
        assertThat(finding.status()).as(finding.body()).isEqualTo(201);
        UUID findingId = UUID.fromString(finding.text("caseId"));
        cases.add(findingId);
        assertThat(stored(findingId, "FINDING")).isEqualTo(after(KNOWN, r.term(RuleClock.FINDING)));

        // The completion window: from the request.
        driver.complete("bawaslu.serang", incomplete.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", false, "missingItems", "Lampirkan tangkapan layar unggahan."));
        assertThat(timers(incomplete.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.EVENT_COMPLETION_WINDOW_PASSED,
                passed(after(FILED, r.term(RuleClock.COMPLETION)))));

        // The assessment: from the registration; its timer and the Bawaslu tasks' due dates.
        on(REGISTERED);
        Filed f = driver.toRegistered(reportOn(type, REGISTERED.minusDays(1)));
        cases.add(f.caseId());
        LocalDate assessmentDue = after(REGISTERED, r.term(RuleClock.ASSESSMENT));
        assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, passed(assessmentDue)));
        assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(endOf(assessmentDue));

        // Extended on another day: the same timer, moved to the extended count from the registration (not from the
        // extension's day); the open task follows.
        on(EXTENDED);
        assertThat(EXTENDED).isBeforeOrEqualTo(assessmentDue);
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci baru dapat hadir pekan depan.")).status()).isEqualTo(200);
        LocalDate extendedDue = after(REGISTERED, r.term(RuleClock.ASSESSMENT_EXTENDED));
        assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, passed(extendedDue)));
        assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(endOf(extendedDue));

        // Heard, assessed and forwarded on another day, within the extended window.
        on(FORWARDED);
        assertThat(FORWARDED).isBeforeOrEqualTo(extendedDue);
        driver.clarify(f.caseId());
        assertThat(taskDue(f.caseId(), FlowNodes.ASSESSMENT)).isEqualTo(endOf(extendedDue));
        driver.assess(f.caseId(), "NEUTRALITY_VIOLATION");
        assertThat(taskDue(f.caseId(), FlowNodes.PLENARY_DECISION)).isEqualTo(endOf(extendedDue));

        // The examination: from the forwarding, on the person's track.
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        LocalDate examinationDue = after(FORWARDED, r.term(RuleClock.EXAMINATION));
        assertThat(taskDue(f.caseId(), FlowNodes.EXAMINATION)).isEqualTo(endOf(examinationDue));

        // The PPK: the deadline from the recommendation, the reminder before it, in the morning of its day.
        on(RECOMMENDED);
        assertThat(RECOMMENDED).isBeforeOrEqualTo(examinationDue);
        UUID person = driver.persons(f.caseId()).get(0);
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        assertThat(taskDue(f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL)).isEqualTo(endOf(examinationDue));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        LocalDate ppkDue = after(RECOMMENDED, r.term(RuleClock.PPK_FOLLOW_UP));
        LocalDate reminderDay = before(ppkDue, r.term(RuleClock.PPK_REMINDER));
        assertThat(timers(f.caseId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                FlowNodes.START_EVENT_PPK_DEADLINE, passed(ppkDue),
                FlowNodes.START_EVENT_PPK_REMINDER, reminderDay.atTime(LocalTime.of(7, 0)).atZone(JAKARTA).toInstant()));
        assertThat(taskDue(f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION)).isEqualTo(endOf(ppkDue));
        assertThat(rules.zone()).isEqualTo(JAKARTA);
    }

    /**
     * A case walked with the configured rules of its election type on the seeded calendar: each step on its day (10:00
     * in Jakarta), each date counted by hand and written here as the moment it is stored as (midnight in Jakarta is
     * 17:00 UTC the day before: a timer fires then, a task is due a second before it; a reminder fires at 07:00 WIB,
     * 00:00 UTC).
     */
    record ByHand(ElectionType type, LocalDate known, LocalDate registered, LocalDate extended, LocalDate forwarded,
                  LocalDate recommended, LocalDate completionAsked, LocalDate reportFilingDue, Instant initialReviewDue,
                  Instant assessmentFires, Instant extendedFires, Instant examinationDue, Instant ppkFires, Instant reminderFires,
                  Instant completionFires) {
    }

    /** The configured terms the dates were counted with; the initial review, examination, PPK and reminder are alike. */
    private void assertConfigured(ElectionType type, Term filing, Term completion, Term assessment, Term extended) {
        assertThat(rules.forElection(type).terms()).containsEntry(RuleClock.REPORT_FILING, filing)
                .containsEntry(RuleClock.INITIAL_REVIEW, new Term(2, DayUnit.CALENDAR)).containsEntry(RuleClock.COMPLETION, completion)
                .containsEntry(RuleClock.ASSESSMENT, assessment).containsEntry(RuleClock.ASSESSMENT_EXTENDED, extended)
                .containsEntry(RuleClock.EXAMINATION, new Term(14, DayUnit.WORKING)).containsEntry(RuleClock.PPK_FOLLOW_UP, new Term(14, DayUnit.WORKING))
                .containsEntry(RuleClock.PPK_REMINDER, new Term(3, DayUnit.WORKING));
    }

    private void walk(ByHand expected) {
        assertThat(calendar.rules(expected.type())).as("the configured rules, no administrator's change")
                .isEqualTo(rules.forElection(expected.type()));
        List<UUID> cases = new java.util.ArrayList<>();
        try {
            on(expected.registered());
            Filed f = driver.fileReport(reportOn(expected.type(), expected.known()));
            cases.add(f.caseId());
            assertThat(stored(f.caseId(), "REPORT_FILING")).isEqualTo(expected.reportFilingDue());
            assertThat(taskDue(f.caseId(), FlowNodes.INITIAL_REVIEW)).isEqualTo(expected.initialReviewDue());
            driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                    "materialRequirementsMet", true));
            assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE,
                    expected.assessmentFires()));
            assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(expected.assessmentFires().minusSeconds(1));
            // Heard on the day of the registration: the assessment open before the extension, due as the clarification was.
            driver.clarify(f.caseId());
            assertThat(taskDue(f.caseId(), FlowNodes.ASSESSMENT)).isEqualTo(expected.assessmentFires().minusSeconds(1));

            on(expected.extended());
            assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                    Map.of("reason", "Saksi kunci baru dapat hadir setelah libur.")).status()).isEqualTo(200);
            assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE,
                    expected.extendedFires()));
            assertThat(taskDue(f.caseId(), FlowNodes.ASSESSMENT)).isEqualTo(expected.extendedFires().minusSeconds(1));

            on(expected.forwarded());
            driver.assess(f.caseId(), "NEUTRALITY_VIOLATION");
            assertThat(taskDue(f.caseId(), FlowNodes.PLENARY_DECISION)).isEqualTo(expected.extendedFires().minusSeconds(1));
            driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
            assertThat(taskDue(f.caseId(), FlowNodes.EXAMINATION)).isEqualTo(expected.examinationDue());

            on(expected.recommended());
            UUID person = driver.persons(f.caseId()).get(0);
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
            assertThat(timers(f.caseId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    FlowNodes.START_EVENT_PPK_DEADLINE, expected.ppkFires(), FlowNodes.START_EVENT_PPK_REMINDER, expected.reminderFires()));
            assertThat(taskDue(f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION)).isEqualTo(expected.ppkFires().minusSeconds(1));

            on(expected.completionAsked());
            Filed incomplete = driver.fileReport(reportOn(expected.type(), expected.completionAsked().minusDays(1)));
            cases.add(incomplete.caseId());
            driver.complete("bawaslu.serang", incomplete.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                    "materialRequirementsMet", false, "missingItems", "Lampirkan tangkapan layar unggahan."));
            assertThat(timers(incomplete.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.EVENT_COMPLETION_WINDOW_PASSED,
                    expected.completionFires()));
        } finally {
            endTheCases(cases, "TimersOnTheCalendarIT: a case counted by hand");
        }
    }

    /**
     * Pemilu's configured rules (filing 7 working days, initial review 2 days, completion 3 days, assessment 7 days,
     * extended to 14 working days, examination and PPK 14 working days, reminder 3 working days before) around Nyepi and
     * Idul Fitri 2026 (18 to 24 March), Good Friday (3 April) and May Day (Friday 1 May):
     * <ul>
     * <li>the reporter knew on Thursday 12 March; filing: 13, 16, 17, 25, 26, 27, 30 March → Monday 30 March;
     * <li>filed and registered on Friday 13 March; the initial review → Sunday 15 March; the assessment → Friday 20 March;
     * <li>extended on Tuesday 17 March, from the registration: 16, 17, 25, 26, 27, 30, 31 March, 1, 2, 6, 7, 8, 9, 10 April
     * → Friday 10 April;
     * <li>forwarded on Thursday 26 March; the examination: 27, 30, 31 March, 1, 2, 6, 7, 8, 9, 10, 13, 14, 15, 16 April →
     * Thursday 16 April;
     * <li>the recommendation on Monday 13 April; the PPK: 14, 15, 16, 17, 20, 21, 22, 23, 24, 27, 28, 29, 30 April, 4 May →
     * Monday 4 May; the reminder: 30, 29, 28 April → Tuesday 28 April;
     * <li>another report's completion asked on Wednesday 1 April → Saturday 4 April.
     * </ul>
     */
    @Test
    void theConfiguredRulesOfAPemiluGiveTheDatesCountedByHand() {
        assertConfigured(ElectionType.PEMILU, new Term(7, DayUnit.WORKING), new Term(3, DayUnit.CALENDAR), new Term(7, DayUnit.CALENDAR),
                new Term(14, DayUnit.WORKING));
        walk(new ByHand(ElectionType.PEMILU, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 30),
                Instant.parse("2026-03-15T16:59:59Z"), Instant.parse("2026-03-20T17:00:00Z"), Instant.parse("2026-04-10T17:00:00Z"),
                Instant.parse("2026-04-16T16:59:59Z"), Instant.parse("2026-05-04T17:00:00Z"), Instant.parse("2026-04-28T00:00:00Z"),
                Instant.parse("2026-04-04T17:00:00Z")));
    }

    /**
     * Pilkada's configured rules (filing 7 days, initial review 2 days, completion 2 days, assessment 3 days, extended to
     * 5 days, examination and PPK 14 working days, reminder 3 working days before) around Isra Mikraj (Friday 16 January
     * 2026), the Chinese New Year and its cuti bersama (Monday 16 and Tuesday 17 February) and Nyepi and Idul Fitri:
     * <ul>
     * <li>the reporter knew on Tuesday 10 February; filing → Tuesday 17 February;
     * <li>filed and registered on Wednesday 11 February; the initial review → Friday 13 February; the assessment →
     * Saturday 14 February;
     * <li>extended on Thursday 12 February, from the registration → Monday 16 February;
     * <li>forwarded on Friday 13 February; the examination: 18, 19, 20, 23, 24, 25, 26, 27 February, 2, 3, 4, 5, 6,
     * 9 March → Monday 9 March;
     * <li>the recommendation on Tuesday 3 March; the PPK: 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 25, 26, 27, 30 March →
     * Monday 30 March; the reminder: 27, 26, 25 March → Wednesday 25 March;
     * <li>another report's completion asked on Thursday 15 January → Saturday 17 January.
     * </ul>
     */
    @Test
    void theConfiguredRulesOfAPilkadaGiveTheDatesCountedByHand() {
        assertConfigured(ElectionType.PILKADA, new Term(7, DayUnit.CALENDAR), new Term(2, DayUnit.CALENDAR), new Term(3, DayUnit.CALENDAR),
                new Term(5, DayUnit.CALENDAR));
        walk(new ByHand(ElectionType.PILKADA, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 12),
                LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 17),
                Instant.parse("2026-02-13T16:59:59Z"), Instant.parse("2026-02-14T17:00:00Z"), Instant.parse("2026-02-16T17:00:00Z"),
                Instant.parse("2026-03-09T16:59:59Z"), Instant.parse("2026-03-30T17:00:00Z"), Instant.parse("2026-03-25T00:00:00Z"),
                Instant.parse("2026-01-17T17:00:00Z")));
    }
}
