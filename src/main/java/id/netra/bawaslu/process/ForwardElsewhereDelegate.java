package id.netra.bawaslu.process;

import id.netra.bawaslu.BawasluService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Another kind of violation: the case goes to its own route (administrative, criminal, ethics). */
@Component("forwardElsewhereDelegate")
public class ForwardElsewhereDelegate implements JavaDelegate {

    private final BawasluService bawaslu;

    public ForwardElsewhereDelegate(BawasluService bawaslu) {
        this.bawaslu = bawaslu;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bawaslu.forwardElsewhere(ServiceTasks.caseId(execution), ServiceTasks.actor(execution));
    }
}
