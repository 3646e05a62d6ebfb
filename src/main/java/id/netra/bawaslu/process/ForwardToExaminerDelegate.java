package id.netra.bawaslu.process;

import id.netra.bawaslu.BawasluService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A neutrality violation decided in plenary goes to the examining agency with a forwarding letter. */
@Component("forwardToExaminerDelegate")
public class ForwardToExaminerDelegate implements JavaDelegate {

    private final BawasluService bawaslu;

    public ForwardToExaminerDelegate(BawasluService bawaslu) {
        this.bawaslu = bawaslu;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bawaslu.forwardToExaminer(ServiceTasks.caseId(execution), ServiceTasks.actor(execution));
    }
}
