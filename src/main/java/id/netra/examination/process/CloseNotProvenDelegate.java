package id.netra.examination.process;

import id.netra.examination.ExaminationService;
import id.netra.workflow.CaseTracks;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Not proven or not applicable, approved: the person's track ends. */
@Component("closeNotProvenDelegate")
public class CloseNotProvenDelegate implements JavaDelegate {

    private final ExaminationService examination;
    private final CaseTracks tracks;

    public CloseNotProvenDelegate(ExaminationService examination, CaseTracks tracks) {
        this.examination = examination;
        this.tracks = tracks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        examination.closeNotProven(ServiceTasks.caseId(execution), tracks.personOf(execution), ServiceTasks.actor(execution));
    }
}
