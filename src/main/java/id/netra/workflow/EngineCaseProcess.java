package id.netra.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** {@link CaseProcess} on the engine: the one place that turns a case's events into messages, timers and tasks. */
@Component
public class EngineCaseProcess implements CaseProcess {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    public EngineCaseProcess(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    @Override
    public void start(UUID caseId, Variables variables) {
        variables.with(ProcessVariables.CASE_ID, caseId.toString());
        runtime.startProcessInstanceByKey(FlowNodes.PROCESS_KEY, caseId.toString(), variables.asMap());
    }

    @Override
    public boolean awaitsCompletion(UUID caseId) {
        return waitsFor(caseId, FlowNodes.MESSAGE_REPORT_COMPLETED);
    }

    @Override
    public void reportCompleted(UUID caseId) {
        correlate(caseId, FlowNodes.MESSAGE_REPORT_COMPLETED);
    }

    @Override
    public boolean acceptsWithdrawal(UUID caseId) {
        return waitsFor(caseId, FlowNodes.MESSAGE_REPORT_WITHDRAWN);
    }

    @Override
    public void reportWithdrawn(UUID caseId) {
        correlate(caseId, FlowNodes.MESSAGE_REPORT_WITHDRAWN);
    }

    @Override
    public boolean extendAssessmentDeadline(UUID caseId, Instant timerFires, Instant tasksDue) {
        boolean moved = moveTimer(caseId, FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, Date.from(timerFires));
        if (!moved && timerFires.isAfter(id.netra.platform.Today.now()) && waitsFor(caseId, FlowNodes.MESSAGE_ASSESSMENT_EXTENDED_LATE)) {
            // The first deadline's timer fired already (it fires once): the extended one is armed by its own event
            // subprocess, which reads the deadline just recomputed.
            correlate(caseId, FlowNodes.MESSAGE_ASSESSMENT_EXTENDED_LATE);
            moved = true;
        }
        moveTaskDueDates(caseId, Date.from(tasksDue), FlowNodes.CLARIFICATION, FlowNodes.ASSESSMENT,
                FlowNodes.PLENARY_DECISION);
        return moved;
    }

    @Override
    public int readdressFollowUp(UUID caseId, UUID personId, String fromAgency, String toAgency) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey(FlowNodes.FOLLOW_UP_CONFIRMATION).list().stream()
                .filter(t -> personId.toString().equals(String.valueOf(tasks.getVariableLocal(t.getId(), CaseTracks.PERSON_ID))))
                .toList();
        for (Task t : open) {
            tasks.deleteCandidateGroup(t.getId(), "ppk:" + fromAgency);
            tasks.addCandidateGroup(t.getId(), "ppk:" + toAgency);
            if (t.getAssignee() != null) {
                tasks.setAssignee(t.getId(), null);
            }
        }
        return open.size();
    }

    @Override
    public boolean bringPpkDeadlineForward(UUID caseId, UUID personId, Instant now) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId(caseId))
                .activityId(FlowNodes.START_EVENT_PPK_DEADLINE).timers().list()) {
            if (personId.toString().equals(String.valueOf(runtime.getVariable(job.getExecutionId(), CaseTracks.PERSON_ID)))) {
                management.setJobDuedate(job.getId(), Date.from(now));
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean endTrack(UUID caseId, UUID personId) {
        return signal(FlowNodes.SIGNAL_TRACK_MOOT, personId);
    }

    @Override
    public boolean requestClarification(UUID caseId, UUID personId) {
        return signal(FlowNodes.SIGNAL_CLARIFICATION_REQUESTED, personId);
    }

    @Override
    public void examinationDueMoved(UUID caseId, UUID personId, Instant due) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKeyIn(FlowNodes.EXAMINATION, FlowNodes.RECOMMENDATION_APPROVAL).list()) {
            if (personId.toString().equals(String.valueOf(tasks.getVariableLocal(task.getId(), CaseTracks.PERSON_ID)))) {
                task.setDueDate(Date.from(due));
                tasks.saveTask(task);
            }
        }
    }

    /** Sends a track's signal (its name resolved for the person) when that track waits for it. */
    private boolean signal(String name, UUID personId) {
        String signal = name.replace("${personId}", personId.toString());
        if (runtime.createEventSubscriptionQuery().eventType("signal").eventName(signal).count() == 0) {
            return false;
        }
        runtime.createSignalEvent(signal).send();
        return true;
    }

    private boolean waitsFor(UUID caseId, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseId.toString())
                .messageEventSubscriptionName(message).count() > 0;
    }

    private void correlate(UUID caseId, String message) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseId.toString()).correlateWithResult();
    }

    private boolean moveTimer(UUID caseId, String activityId, Date dueDate) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId(caseId)).activityId(activityId)
                .timers().singleResult();
        if (job == null) {
            return false;
        }
        management.setJobDuedate(job.getId(), dueDate);
        return true;
    }

    private void moveTaskDueDates(UUID caseId, Date dueDate, String... taskKeys) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKeyIn(taskKeys).list()) {
            task.setDueDate(dueDate);
            tasks.saveTask(task);
        }
    }

    private String processInstanceId(UUID caseId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .processDefinitionKey(FlowNodes.PROCESS_KEY).singleResult();
        if (pi == null) {
            throw new IllegalStateException("no running process for case " + caseId);
        }
        return pi.getId();
    }
}
