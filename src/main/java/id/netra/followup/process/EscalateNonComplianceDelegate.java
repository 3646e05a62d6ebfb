package id.netra.followup.process;

import id.netra.followup.FollowUpService;
import id.netra.workflow.CaseTracks;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The PPK let the deadline pass: personnel data blocked, the case FOLLOW_UP_OVERDUE. */
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
        followUp.escalate(ServiceTasks.caseId(execution), tracks.personOf(execution));
    }
}
