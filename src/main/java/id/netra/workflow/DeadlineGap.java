package id.netra.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * The PPK deadlines that a version without {@link FlowNodes#EVENT_REJECTED_AFTER_DEADLINE} let go (issue 14): its
 * escalation ended at "already reported" when the deadline passed while the PPK's report awaited verification, and a
 * later rejection escalated nothing. On an instance just migrated from such a version ({@link ProcessUpgrade}), each
 * follow-up caught so is put where the current model would have it: still awaiting the verification, waiting for a
 * rejection ({@code EVENT_REJECTED_AFTER_DEADLINE}); already rejected since the deadline, escalated now
 * ({@code SERVICE_TASK_ESCALATE_NON_COMPLIANCE}: {@code FOLLOW_UP_OVERDUE}, the escalation's first step). Both start
 * inside a new instance of the escalation event subprocess of that follow-up (process instance modification).
 * <p>
 * Which follow-ups were caught is read from the engine's history (level {@code full}, kept for ten years): the
 * deadline fired in that follow-up (an ended instance of the escalation event subprocess inside it, a timer date fires
 * once) and did not escalate (no {@code ServiceTask_EscalateNonCompliance} inside that instance).
 */
@Component
class DeadlineGap {

    private final RuntimeService runtime;
    private final HistoryService history;

    DeadlineGap(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** Whether migrating from {@code from} to {@code to} closes the gap: {@code to} waits for a rejection, {@code from} did not. */
    static boolean closedBy(BpmnModelInstance from, BpmnModelInstance to) {
        return from.getModelElementById(FlowNodes.EVENT_SUB_PROCESS_ESCALATION) != null
                && from.getModelElementById(FlowNodes.EVENT_REJECTED_AFTER_DEADLINE) == null
                && to.getModelElementById(FlowNodes.EVENT_REJECTED_AFTER_DEADLINE) != null;
    }

    /** Re-arms the caught follow-ups of a process instance on the current model; answers how many. */
    int close(String processInstanceId) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        List<ActivityInstance> followUps = new ArrayList<>();
        collect(tree, FlowNodes.SUB_PROCESS_FOLLOW_UP, followUps);
        if (followUps.isEmpty()) {
            return 0;
        }
        List<HistoricActivityInstance> deadlines = activities(processInstanceId, FlowNodes.EVENT_SUB_PROCESS_ESCALATION);
        int closed = 0;
        for (ActivityInstance followUp : followUps) {
            boolean escalationRunning = Arrays.stream(followUp.getChildActivityInstances())
                    .anyMatch(c -> c.getActivityId().equals(FlowNodes.EVENT_SUB_PROCESS_ESCALATION));
            HistoricActivityInstance passed = escalationRunning ? null : deadlines.stream()
                    .filter(d -> followUp.getId().equals(d.getParentActivityInstanceId())).findFirst().orElse(null);
            if (passed == null || escalated(processInstanceId, passed)) {
                continue;
            }
            String resume = rejectedSince(processInstanceId, followUp, passed.getStartTime())
                    ? FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE : FlowNodes.EVENT_REJECTED_AFTER_DEADLINE;
            runtime.createProcessInstanceModification(processInstanceId).startBeforeActivity(resume, followUp.getId()).execute();
            closed++;
        }
        return closed;
    }

    private boolean escalated(String processInstanceId, HistoricActivityInstance deadline) {
        return activities(processInstanceId, FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE).stream()
                .anyMatch(a -> deadline.getId().equals(a.getParentActivityInstanceId()));
    }

    /** A verification ended in the follow-up since the deadline: a rejection (an acceptance would have ended it). */
    private boolean rejectedSince(String processInstanceId, ActivityInstance followUp, Date deadline) {
        return activities(processInstanceId, FlowNodes.FOLLOW_UP_VERIFICATION).stream()
                .anyMatch(v -> followUp.getId().equals(v.getParentActivityInstanceId()) && v.getEndTime() != null
                        && !v.getEndTime().before(deadline));
    }

    private List<HistoricActivityInstance> activities(String processInstanceId, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId).list();
    }

    private static void collect(ActivityInstance instance, String activityId, List<ActivityInstance> found) {
        if (instance.getActivityId().equals(activityId)) {
            found.add(instance);
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, activityId, found);
        }
    }
}
