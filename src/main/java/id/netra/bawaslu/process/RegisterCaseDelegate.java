package id.netra.bawaslu.process;

import id.netra.bawaslu.RegistrationService;
import id.netra.workflow.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the case: register number, status REGISTERED, the assessment deadline. */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

    private final RegistrationService registration;

    public RegisterCaseDelegate(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.register(ServiceTasks.caseId(execution), ServiceTasks.actor(execution));
    }
}
