package id.netra.followup.process;

import id.netra.followup.FollowUpService;
import id.netra.workflow.CaseTracks;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The verified sanction closes the case and lifts any block on the personnel data. */
@Component("closeSanctionedDelegate")
public class CloseSanctionedDelegate implements JavaDelegate {

    private final FollowUpService followUp;
    private final CaseTracks tracks;

    public CloseSanctionedDelegate(FollowUpService followUp, CaseTracks tracks) {
        this.followUp = followUp;
        this.tracks = tracks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.closeSanctioned(ServiceTasks.caseId(execution), tracks.personOf(execution), ServiceTasks.actor(execution));
    }
}
