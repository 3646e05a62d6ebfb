package id.netra.deadline;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
 * Every timer and every task's due date on the calendar: the service is put on Thursday 24 December 2026, 10:00 in
 * Jakarta — Christmas (a seeded national holiday) the next day, then a weekend — so that every window holds a weekend
 * and a holiday. Each case is taken through the path on that day, in both rule sets, and each timer's due moment and
 * each task's due date is compared with a count of days written here on its own (weekdays that are not in the holiday
 * table), not with the service's calendar: the completion window (calendar days), the assessment before and after its
 * extension, the examination, the PPK's reminder and deadline. The rules' own numbers are read from the configuration.
 */
class TimersOnTheCalendarIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Thursday; Friday 25 December is Christmas, then Saturday and Sunday. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 24);

    @Autowired
    RulesProperties rules;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    private Set<LocalDate> holidays() {
        return new HashSet<>(jdbc.sql("SELECT day FROM holiday").query(LocalDate.class).list());
    }

    /** The n-th working day after {@code from}: weekdays not in the holiday table, counted here on their own. */
    private LocalDate workingDaysAfter(LocalDate from, int n) {
        return workingDays(from, n, 1);
    }

    private LocalDate workingDaysBefore(LocalDate from, int n) {
        return workingDays(from, n, -1);
    }

    private LocalDate workingDays(LocalDate from, int n, int step) {
        Set<LocalDate> off = holidays();
        LocalDate d = from;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(step);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(d)) {
                counted++;
            }
        }
        return d;
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

    private Map<String, Object> reportOn(ElectionType type) {
        Map<String, Object> body = report("36.04", "PEMDA-36.04");
        body.put("electionType", type.name());
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", DAY.minusDays(2).toString());
        incident.put("knownOn", DAY.minusDays(1).toString());
        return body;
    }

    @ParameterizedTest
    @EnumSource(ElectionType.class)
    void everyWindowCountsItsDaysAroundTheWeekendAndTheHoliday(ElectionType type) {
        assertThat(holidays()).as("the seeded holiday inside every window").contains(LocalDate.of(2026, 12, 25));
        clock.set(DAY.atTime(LocalTime.of(10, 0)).atZone(JAKARTA).toInstant());
        RuleSet r = ruleSets.forElection(type);

        // The completion window: calendar days from the request, weekend and holiday included.
        Filed incomplete = driver.fileReport(reportOn(type));
        driver.complete("bawaslu.serang", incomplete.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", false, "missingItems", "Lampirkan tangkapan layar unggahan."));
        assertThat(timers(incomplete.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.EVENT_COMPLETION_WINDOW_PASSED,
                passed(DAY.plusDays(r.completionDays()))));

        // The assessment: working days from the registration; its timer and the Bawaslu tasks' due dates.
        Filed f = driver.toRegistered(reportOn(type));
        LocalDate assessmentDue = workingDaysAfter(DAY, r.assessmentWorkingDays());
        assertThat(assessmentDue).as("the window passes the holiday and the weekend").isAfter(DAY.plusDays(3));
        assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, passed(assessmentDue)));
        assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(endOf(assessmentDue));

        // Extended: the same timer, moved to the extended count; the open task follows.
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + f.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci baru dapat hadir pekan depan.")).status()).isEqualTo(200);
        LocalDate extendedDue = workingDaysAfter(DAY, r.assessmentExtendedWorkingDays());
        assertThat(timers(f.caseId())).containsExactlyEntriesOf(Map.of(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, passed(extendedDue)));
        assertThat(taskDue(f.caseId(), FlowNodes.CLARIFICATION)).isEqualTo(endOf(extendedDue));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        assertThat(taskDue(f.caseId(), FlowNodes.PLENARY_DECISION)).isEqualTo(endOf(extendedDue));

        // The examination: working days from the forwarding, on the person's track.
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Map.of("approved", true));
        LocalDate examinationDue = workingDaysAfter(DAY, r.examinationWorkingDays());
        assertThat(taskDue(f.caseId(), FlowNodes.EXAMINATION)).isEqualTo(endOf(examinationDue));

        // The PPK: the deadline in working days from the recommendation, the reminder working days before it, in the
        // morning of its day.
        UUID person = driver.persons(f.caseId()).get(0);
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        assertThat(taskDue(f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL)).isEqualTo(endOf(examinationDue));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        LocalDate ppkDue = workingDaysAfter(DAY, r.ppkFollowUpWorkingDays());
        LocalDate reminderDay = workingDaysBefore(ppkDue, r.ppkReminderWorkingDays());
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
