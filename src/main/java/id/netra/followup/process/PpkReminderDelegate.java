package id.netra.followup.process;

import id.netra.followup.FollowUpService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the PPK before the follow-up deadline. */
@Component("ppkReminderDelegate")
public class PpkReminderDelegate implements JavaDelegate {

    private final FollowUpService followUp;

    public PpkReminderDelegate(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.remind(ServiceTasks.caseId(execution));
    }
}
