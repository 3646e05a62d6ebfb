package id.netra.followup.process;

import id.netra.followup.FollowUpService;
import id.netra.workflow.CaseTracks;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The PPK let the deadline pass: the track FOLLOW_UP_OVERDUE, the escalation's steps to follow (on a model without the
 * block step, the first release's, the personnel data blocked at once).
 */
@Component("escalateNonComplianceDelegate")
public class EscalateNonComplianceDelegate implements JavaDelegate {

    private final FollowUpService followUp;
    private final CaseTracks tracks;

    public EscalateNonComplianceDelegate(FollowUpService followUp, CaseTracks tracks) {
        this.followUp = followUp;
        this.tracks = tracks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean blockStep = execution.getBpmnModelInstance().getModelElementById(id.netra.workflow.FlowNodes.PERSONNEL_DATA_BLOCK) != null;
        followUp.escalate(ServiceTasks.caseId(execution), tracks.personOf(execution), blockStep);
    }
}
