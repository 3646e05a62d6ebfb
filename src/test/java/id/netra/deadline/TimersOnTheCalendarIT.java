package id.netra.deadline;

import id.netra.support.Plenary;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
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
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every clock of both rule sets, in both units, on the calendar. The service is put on Thursday 25 December 2025, 10:00
 * in Jakarta — Christmas, then Friday's cuti bersama and the weekend, and New Year's day (Thursday 1 January 2026) with
 * its weekend a week later, all in the seeded holiday table — and each rule set is set, as an administrator sets it, with
 * every clock in one unit. A case is taken through the path on that day, and for each clock the stored deadline, each
 * timer's due moment and each task's due date is compared with a count of days written here on its own (every day, or
 * weekdays that are not in the holiday table), which the business calendar must give too: the report's filing window,
 * the finding's, the initial review, the completion window, the assessment before and after its extension, the
 * examination, the PPK's deadline and its reminder. Each window is checked to hold a weekend day and a holiday.
 */
class TimersOnTheCalendarIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Thursday, Christmas; Friday 26 December is cuti bersama, then Saturday and Sunday. */
    private static final LocalDate DAY = LocalDate.of(2025, 12, 25);
    /** Monday after New Year's day and its weekend: the PPK's deadline, so that its reminder's window holds both. */
    private static final LocalDate PPK_DUE = LocalDate.of(2026, 1, 5);

    @Autowired
    RulesProperties rules;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngineConfigurationImpl engine;

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

    private Map<String, Instant> timers(UUID caseId) {
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult().getId();
        Map<String, Instant> timers = new java.util.HashMap<>();
        for (Job job : managementService.createJobQuery().processInstanceId(pi).timers().list()) {
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

    private Map<String, Object> reportOn(ElectionType type) {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        body.put("electionType", type.name());
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", DAY.minusDays(2).toString());
        incident.put("knownOn", DAY.minusDays(1).toString());
        return body;
    }

    /**
     * The rule set under test: the configuration's numbers, every clock in {@code unit}; the PPK's deadline on
     * {@link #PPK_DUE} and its reminder reaching back over New Year's day (5 working days and 3 before them; 11 days and
     * 4 before them).
     */
    private RuleSet allIn(ElectionType type, DayUnit unit) {
        Map<RuleClock, Term> terms = new java.util.EnumMap<>(RuleClock.class);
        rules.forElection(type).terms().forEach((clock, term) -> terms.put(clock, new Term(term.days(), unit)));
        boolean working = unit == DayUnit.WORKING;
        terms.put(RuleClock.PPK_FOLLOW_UP, new Term(working ? 5 : 11, unit));
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

    @ParameterizedTest
    @CsvSource({"PEMILU, CALENDAR", "PEMILU, WORKING", "PILKADA, CALENDAR", "PILKADA, WORKING"})
    void everyClockCountsItsDaysInItsUnitAroundTheWeekendsAndTheHolidays(ElectionType type, DayUnit unit) {
        assertThat(holidays()).as("the seeded holidays inside the windows").contains(DAY, DAY.plusDays(1), LocalDate.of(2026, 1, 1));
        clock.set(DAY.atTime(LocalTime.of(10, 0)).atZone(JAKARTA).toInstant());
        RuleSet r = allIn(type, unit);
        setByAdministrator(type, r);
        List<UUID> cases = new java.util.ArrayList<>();
        try {
            assertThat(calendar.rules(type)).isEqualTo(r);
            everyClockOnTheCalendar(type, r, cases);
        } finally {
            assertThat(api.as("admin").send("DELETE", "/api/v1/admin/rules/" + type, null, null).status()).isEqualTo(204);
            // Their timers lie in the past of the real clock: no other test's job executor may find them due.
            cases.forEach(id -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString())
                    .rootProcessInstances().list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "TimersOnTheCalendarIT: a case of 2025", true, true)));
        }
    }

    private void everyClockOnTheCalendar(ElectionType type, RuleSet r, List<UUID> cases) {
        // The report's filing window, from the day the reporter knew; the initial review's, on its task.
        Filed incomplete = driver.fileReport(reportOn(type));
        cases.add(incomplete.caseId());
        assertThat(stored(incomplete.caseId(), "REPORT_FILING")).isEqualTo(after(DAY.minusDays(1), r.term(RuleClock.REPORT_FILING)));
        assertThat(taskDue(incomplete.caseId(), FlowNodes.INITIAL_REVIEW)).isEqualTo(endOf(after(DAY, r.term(RuleClock.INITIAL_REVIEW))));

        // A finding's window, from its discovery.
        Map<String, Object> findingBody = id.netra.support.Reports.finding("36.04", "PEMDA-36.04");
        findingBody.put("electionType", type.name());
        findingBody.put("incident", reportOn(type).get("incident"));
        @SuppressWarnings("unchecked")
        Map<String, Object> findingIncident = (Map<String, Object>) findingBody.get("incident");
        findingIncident.put("discoveredOn", DAY.minusDays(1).toString());
        var finding = api.as("bawaslu.serang").post("/api/v1/findings", findingBody);
        assertThat(finding.status()).as(finding.body()).isEqualTo(201);
        UUID findingId = UUID.fromString(finding.text("caseId"));
        cases.add(findingId);
        assertThat(stored(findingId, "FINDING")).isEqualTo(after(DAY.minusDays(1), r.term(RuleClock.FINDING)));

        // The completion window: from the request.
        driver.complete("bawaslu.serang", incomplete.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", false, "missingItems", "Lampirkan tangkapan layar unggahan."));
        assertThat(timers(incomplete.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.EVENT_COMPLETION_WINDOW_PASSED,
                passed(after(DAY, r.term(RuleClock.COMPLETION)))));

        // The assessment: from the registration; its timer and the Bawaslu tasks' due dates.
        Filed f = driver.toRegistered(reportOn(type));
        cases.add(f.caseId());
        LocalDate assessmentDue = after(DAY, r.term(RuleClock.ASSESSMENT));
        assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, passed(assessmentDue)));
        assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(endOf(assessmentDue));

        // Extended: the same timer, moved to the extended count from the registration; the open task follows.
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci baru dapat hadir pekan depan.")).status()).isEqualTo(200);
        LocalDate extendedDue = after(DAY, r.term(RuleClock.ASSESSMENT_EXTENDED));
        assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, passed(extendedDue)));
        assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(endOf(extendedDue));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        assertThat(taskDue(f.caseId(), FlowNodes.PLENARY_DECISION)).isEqualTo(endOf(extendedDue));

        // The examination: from the forwarding, on the person's track.
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        LocalDate examinationDue = after(DAY, r.term(RuleClock.EXAMINATION));
        assertThat(taskDue(f.caseId(), FlowNodes.EXAMINATION)).isEqualTo(endOf(examinationDue));

        // The PPK: the deadline from the recommendation, the reminder before it, in the morning of its day.
        UUID person = driver.persons(f.caseId()).get(0);
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        assertThat(taskDue(f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL)).isEqualTo(endOf(examinationDue));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        LocalDate ppkDue = after(DAY, r.term(RuleClock.PPK_FOLLOW_UP));
        assertThat(ppkDue).isEqualTo(PPK_DUE);
        LocalDate reminderDay = before(ppkDue, r.term(RuleClock.PPK_REMINDER));
        assertThat(timers(f.caseId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                FlowNodes.START_EVENT_PPK_DEADLINE, passed(ppkDue),
                FlowNodes.START_EVENT_PPK_REMINDER, reminderDay.atTime(LocalTime.of(7, 0)).atZone(JAKARTA).toInstant()));
        assertThat(taskDue(f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION)).isEqualTo(endOf(ppkDue));
        assertThat(rules.zone()).isEqualTo(JAKARTA);
    }

    /**
     * With the job executor running, a timer whose moment has come fires by itself and one whose moment has not, does
     * not: the assessment deadlines of two cases, the first one's moved to a minute ago.
     */
    @Test
    void theJobExecutorFiresADueTimerAndNotAnother() throws InterruptedException {
        Filed due = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        Filed notDue = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        String duePi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(due.caseId().toString()).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(duePi).timers().singleResult();
        managementService.setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(60)));
        assertThat(timers(notDue.caseId()).get(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE)).isAfter(Instant.now());
        Set<String> executable = new HashSet<>();
        managementService.createJobQuery().executable().list().forEach(j -> executable.add(j.getProcessInstanceId()));
        assertThat(executable).as("only this test's due timer is there for the executor to run").containsExactly(duePi);

        JobExecutor executor = engine.getJobExecutor();
        executor.start();
        try {
            long until = System.currentTimeMillis() + 30_000;
            while (!driver.caseAs("bawaslu.serang", due.caseId()).path("assessment").path("overdue").asBoolean()
                    && System.currentTimeMillis() < until) {
                Thread.sleep(200);
            }
        } finally {
            executor.shutdown();
        }
        assertThat(driver.caseAs("bawaslu.serang", due.caseId()).path("assessment").path("overdue").asBoolean())
                .as("the due timer fired by itself").isTrue();
        assertThat(timers(due.caseId())).isEmpty();
        assertThat(driver.caseAs("bawaslu.serang", notDue.caseId()).path("assessment").path("overdue").asBoolean()).isFalse();
        assertThat(timers(notDue.caseId())).containsOnlyKeys(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
    }
}
