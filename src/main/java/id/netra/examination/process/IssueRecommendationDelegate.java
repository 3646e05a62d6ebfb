package id.netra.examination.process;

import id.netra.examination.ExaminationService;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.CaseTracks;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved, proven examination becomes a numbered recommendation to the PPK, with the PPK's deadline. */
@Component("issueRecommendationDelegate")
public class IssueRecommendationDelegate implements JavaDelegate {

    private final ExaminationService examination;
    private final CaseTracks tracks;

    public IssueRecommendationDelegate(ExaminationService examination, CaseTracks tracks) {
        this.examination = examination;
        this.tracks = tracks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        examination.issueRecommendation(ServiceTasks.caseId(execution), tracks.personOf(execution), ServiceTasks.actor(execution));
        execution.setVariable(ProcessVariables.FOLLOW_UP_REPORTED.name(), false);
    }
}
