package id.netra.followup.process;

import id.netra.followup.FollowUpService;
import id.netra.workflow.CaseTracks;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the PPK before the follow-up deadline. */
@Component("ppkReminderDelegate")
public class PpkReminderDelegate implements JavaDelegate {

    private final FollowUpService followUp;
    private final CaseTracks tracks;

    public PpkReminderDelegate(FollowUpService followUp, CaseTracks tracks) {
        this.followUp = followUp;
        this.tracks = tracks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.remind(ServiceTasks.caseId(execution), tracks.personOf(execution));
    }
}
