package id.netra.examination.process;

import id.netra.examination.ExaminationService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Not proven or not applicable, approved: the case closes. */
@Component("closeNotProvenDelegate")
public class CloseNotProvenDelegate implements JavaDelegate {

    private final ExaminationService examination;

    public CloseNotProvenDelegate(ExaminationService examination) {
        this.examination = examination;
    }

    @Override
    public void execute(DelegateExecution execution) {
        examination.closeNotProven(ServiceTasks.caseId(execution), ServiceTasks.actor(execution));
    }
}
