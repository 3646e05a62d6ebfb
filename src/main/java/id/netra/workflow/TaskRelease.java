package id.netra.workflow;

import id.netra.casefile.CaseEvent;
import id.netra.platform.AccountRightsChanged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * The tasks an account had claimed go back to their groups when the account loses the rights it claimed them with
 * (disabled, moved, another role): otherwise nobody could complete or release them until their deadline passed.
 * Each release is audited as an unclaim by the administrator, naming whose claim it was.
 */
@Component
class TaskRelease {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    TaskRelease(TaskService tasks, RuntimeService runtime, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.events = events;
    }

    @EventListener
    void release(AccountRightsChanged change) {
        for (Task task : tasks.createTaskQuery().taskAssignee(change.username()).list()) {
            tasks.setAssignee(task.getId(), null);
            ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            if (pi != null && pi.getBusinessKey() != null) {
                events.publishEvent(new CaseEvent(change.changedBy(), CaseEvent.TASK_UNCLAIMED, UUID.fromString(pi.getBusinessKey()),
                        Map.of("task", task.getTaskDefinitionKey(), "releasedFrom", change.username())));
            }
        }
    }
}
