package id.netra.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.UUID;

/**
 * What a service task's delegate (in a step's {@code process} package) reads of its execution: the case it works on
 * and who caused the step — the user completing a task, or the system for timers.
 */
public final class ServiceTasks {

    public static final String SYSTEM = id.netra.platform.SystemActors.SYSTEM;

    private ServiceTasks() {
    }

    public static UUID caseId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    public static String actor(DelegateExecution execution) {
        String actor = ActorContext.current();
        return actor == null ? SYSTEM : actor;
    }
}
