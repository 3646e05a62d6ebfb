package id.netra.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the running cases of older versions of the case process onto the latest version, once the application is
 * ready (the engine has deployed {@code bpmn/} by then).
 * <p>
 * Only cases still in the part Bawaslu handles ({@link FlowNodes#PRE_FORWARDING_WAIT_STATES}) move, with an explicit
 * plan that maps each of those wait states to the same id: their tasks (with due dates and candidates), the
 * assessment timer (with its due date), the completion window's timer and the reporter's message subscriptions are
 * carried over as they are. A case already past the forwarding stays on its version and ends there: the latest
 * version runs examination and follow-up inside a multi-instance track per person, and the engine cannot move a
 * running activity into a multi-instance body it would have to create.
 * <p>
 * Idempotent: a second run finds nothing left to move but the cases that must stay.
 */
@Component
public class ProcessUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ProcessUpgrade.class);
    private static final int PAGE = 500;

    /** How many running instances of older versions moved to the latest, and how many stayed on their version. */
    public record Result(int migrated, int left) {
        Result plus(Result other) {
            return new Result(migrated + other.migrated, left + other.left);
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public ProcessUpgrade(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        try {
            upgrade();
        } catch (RuntimeException e) {
            // The application still serves: unmoved cases keep running on their own version.
            log.error("Upgrading running cases to the latest process version failed; they keep their version", e);
        }
    }

    /** Migrates what can be migrated; safe to call again and when there is only one version. */
    public Result upgrade() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .latestVersion().singleResult();
        if (latest == null) {
            return new Result(0, 0);
        }
        Result total = new Result(0, 0);
        List<ProcessDefinition> older = repository.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .orderByProcessDefinitionVersion().asc().list();
        for (ProcessDefinition definition : older) {
            if (definition.getVersion() < latest.getVersion()) {
                total = total.plus(upgrade(definition, latest));
            }
        }
        if (total.migrated() > 0 || total.left() > 0) {
            log.info("Process upgrade to {} (version {}): {} running case(s) moved; {} stay on their older version "
                    + "because they are past the forwarding (a running examination or follow-up cannot be moved into "
                    + "a person's multi-instance track) and end there", latest.getId(), latest.getVersion(),
                    total.migrated(), total.left());
        }
        return total;
    }

    private Result upgrade(ProcessDefinition source, ProcessDefinition target) {
        if (runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count() == 0) {
            return new Result(0, 0);
        }
        Set<String> mapped = mappable(source, target);
        MigrationPlan plan = plan(source, target, mapped);
        List<String> movable = new ArrayList<>();
        int left = 0;
        int offset = 0;
        List<ProcessInstance> page;
        do {
            page = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).orderByProcessInstanceId().asc()
                    .listPage(offset, PAGE);
            offset += page.size();
            for (ProcessInstance instance : page) {
                ActivityInstance tree = runtime.getActivityInstance(instance.getId());
                if (tree != null && mapped.containsAll(activities(tree))) {
                    movable.add(instance.getId());
                } else {
                    left++;
                }
            }
        } while (page.size() == PAGE);
        for (int from = 0; from < movable.size(); from += PAGE) {
            runtime.newMigration(plan).processInstanceIds(movable.subList(from, Math.min(movable.size(), from + PAGE))).execute();
        }
        if (left > 0) {
            log.info("{} running case(s) of {} stay on it: past the forwarding", left, source.getId());
        }
        return new Result(movable.size(), left);
    }

    /** The pre-forwarding wait states present in both versions (an older version may lack some). */
    private Set<String> mappable(ProcessDefinition source, ProcessDefinition target) {
        BpmnModelInstance from = repository.getBpmnModelInstance(source.getId());
        BpmnModelInstance to = repository.getBpmnModelInstance(target.getId());
        Set<String> ids = new HashSet<>();
        for (String id : FlowNodes.PRE_FORWARDING_WAIT_STATES) {
            if (from.getModelElementById(id) != null && to.getModelElementById(id) != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, Set<String> ids) {
        MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
        for (String id : FlowNodes.PRE_FORWARDING_WAIT_STATES) {
            if (ids.contains(id)) {
                // Same definitions on both sides: no updateEventTrigger(), so the timers keep their due dates and the
                // message subscriptions their names.
                builder = builder.mapActivities(id, id);
            }
        }
        return builder.build();
    }

    /** Every activity a running instance is in (waiting in, or entering/leaving asynchronously). */
    private static Set<String> activities(ActivityInstance root) {
        Set<String> ids = new HashSet<>();
        collect(root, ids);
        ids.remove(root.getActivityId());
        return ids;
    }

    private static void collect(ActivityInstance instance, Set<String> ids) {
        ids.add(instance.getActivityId());
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            ids.add(transition.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, ids);
        }
    }
}
