package id.netra.intake.process;

import id.netra.intake.IntakeService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The completion window passed: the report ends NOT_REGISTERED. */
@Component("markNotRegisteredDelegate")
public class MarkNotRegisteredDelegate implements JavaDelegate {

    private final IntakeService intake;

    public MarkNotRegisteredDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        intake.markNotRegistered(ServiceTasks.caseId(execution));
    }
}
