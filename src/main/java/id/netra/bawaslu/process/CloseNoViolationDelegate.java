package id.netra.bawaslu.process;

import id.netra.bawaslu.BawasluService;
import id.netra.workflow.ServiceTasks;
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
        bawaslu.closeNoViolation(ServiceTasks.caseId(execution), ServiceTasks.actor(execution));
    }
}
