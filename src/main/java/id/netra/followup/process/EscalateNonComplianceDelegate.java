package id.netra.followup.process;

import id.netra.followup.FollowUpService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The PPK let the deadline pass: personnel data blocked, the case FOLLOW_UP_OVERDUE. */
@Component("escalateNonComplianceDelegate")
public class EscalateNonComplianceDelegate implements JavaDelegate {

    private final FollowUpService followUp;

    public EscalateNonComplianceDelegate(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.escalate(ServiceTasks.caseId(execution));
    }
}
