package id.netra.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.UUID;

/** The case a delegate works on, and who caused the step: the user completing a task, or the system for timers. */
final class Actors {

    static final String SYSTEM = "sistem";

    private Actors() {
    }

    static String of(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
    }

    static UUID caseId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
