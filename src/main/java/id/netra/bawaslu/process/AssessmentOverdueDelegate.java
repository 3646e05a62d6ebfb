package id.netra.bawaslu.process;

import id.netra.bawaslu.BawasluService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The assessment deadline passed before the plenary decided: the case is flagged overdue. */
@Component("assessmentOverdueDelegate")
public class AssessmentOverdueDelegate implements JavaDelegate {

    private final BawasluService bawaslu;

    public AssessmentOverdueDelegate(BawasluService bawaslu) {
        this.bawaslu = bawaslu;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bawaslu.flagAssessmentOverdue(ServiceTasks.caseId(execution));
    }
}
