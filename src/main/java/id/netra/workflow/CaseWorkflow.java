package id.netra.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.UUID;

/** The application's calls into the engine for a case's process (start, messages, timers). */
@Component
public class CaseWorkflow {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    public CaseWorkflow(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    public String start(UUID caseId, Variables variables) {
        variables.with(ProcessVariables.CASE_ID, caseId.toString());
        ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, caseId.toString(),
                variables.asMap());
        return pi.getId();
    }

    /** Whether the case's process is waiting for the reporter's completion. */
    public boolean awaitsCompletion(UUID caseId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseId.toString())
                .messageEventSubscriptionName(ProcessVariables.MESSAGE_REPORT_COMPLETED).count() > 0;
    }

    public void reportCompleted(UUID caseId) {
        runtime.createMessageCorrelation(ProcessVariables.MESSAGE_REPORT_COMPLETED)
                .processInstanceBusinessKey(caseId.toString()).correlateWithResult();
    }

    /** Whether the report can still be withdrawn: the process waits before registration. */
    public boolean acceptsWithdrawal(UUID caseId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseId.toString())
                .messageEventSubscriptionName(ProcessVariables.MESSAGE_REPORT_WITHDRAWN).count() > 0;
    }

    public void reportWithdrawn(UUID caseId) {
        runtime.createMessageCorrelation(ProcessVariables.MESSAGE_REPORT_WITHDRAWN)
                .processInstanceBusinessKey(caseId.toString()).correlateWithResult();
    }

    /** Moves the due date of a pending timer (e.g. after an assessment extension). */
    public boolean moveTimer(UUID caseId, String activityId, Date dueDate) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId(caseId)).activityId(activityId)
                .timers().singleResult();
        if (job == null) {
            return false;
        }
        management.setJobDuedate(job.getId(), dueDate);
        return true;
    }

    /** Sets the due date shown on the open tasks of the given keys. */
    public void moveTaskDueDates(UUID caseId, Date dueDate, String... taskKeys) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKeyIn(taskKeys).list()) {
            task.setDueDate(dueDate);
            tasks.saveTask(task);
        }
    }

    private String processInstanceId(UUID caseId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).singleResult();
        if (pi == null) {
            throw new IllegalStateException("no running process for case " + caseId);
        }
        return pi.getId();
    }
}
