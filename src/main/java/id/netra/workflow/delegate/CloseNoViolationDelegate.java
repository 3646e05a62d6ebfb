package id.netra.workflow.delegate;

import id.netra.bawaslu.BawasluService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The plenary found no violation: the case closes. */
@Component("closeNoViolationDelegate")
public class CloseNoViolationDelegate implements JavaDelegate {

    private final BawasluService bawaslu;

    public CloseNoViolationDelegate(BawasluService bawaslu) {
        this.bawaslu = bawaslu;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bawaslu.closeNoViolation(Actors.caseId(execution), Actors.of(execution));
    }
}
