package id.netra.intake.process;

import id.netra.intake.IntakeService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the reporter to complete the report within the completion window. */
@Component("requestCompletionDelegate")
public class RequestCompletionDelegate implements JavaDelegate {

    private final IntakeService intake;

    public RequestCompletionDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        intake.requestCompletion(ServiceTasks.caseId(execution), ServiceTasks.actor(execution));
    }
}
