package id.netra.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import id.netra.workflow.ActorContext;

import java.util.UUID;

/** The case a delegate works on, and who caused the step: the user completing a task, or the system for timers. */
final class Actors {

    static final String SYSTEM = "sistem";

    private Actors() {
    }

    static String of(DelegateExecution execution) {
        String actor = ActorContext.current();
        return actor == null ? SYSTEM : actor;
    }

    static UUID caseId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
