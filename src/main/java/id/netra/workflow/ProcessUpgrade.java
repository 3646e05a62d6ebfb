package id.netra.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the running cases of older versions of the case process onto the latest version, once the application is
 * ready (the engine has deployed {@code bpmn/} by then).
 * <p>
 * From a version with the per-person tracks ({@link FlowNodes#SUB_PROCESS_PERSON_TRACK}) every case moves, by a plan
 * mapping every activity the two versions share to itself ({@code mapEqualActivities}): the tracks (the multi-instance
 * body and each person's instance with its variables), the follow-up subprocess, the running escalation event
 * subprocess, the timers of the reminder and the deadline (with their due dates: no event trigger is updated) and every
 * task (the same task, with its due date, candidates and assignee). The engine gives a migrated scope a new timer for
 * each timer start event of its event subprocesses that has none; for the reminder or the deadline that already fired
 * that would fire it again (a second reminder, a second escalation), so those new timers are removed: a timer that
 * fired stays fired. From a version that ended the escalation when the PPK had already reported ({@link DeadlineGap}),
 * the follow-ups caught that way are re-armed in the same transaction.
 * <p>
 * From an older version, before the tracks, only cases still in the part Bawaslu handles
 * ({@link FlowNodes#PRE_FORWARDING_WAIT_STATES}) move, with an explicit plan that maps each of those wait states to the
 * same id: their tasks, the assessment timer, the completion window's timer and the reporter's message subscriptions
 * are carried over as they are. A case of such a version already past the forwarding stays on its version and ends
 * there: the engine cannot move a running activity into a multi-instance body it would have to create.
 * <p>
 * Each page of cases moves (and is re-armed) in one transaction. Idempotent: a second run finds nothing left to move
 * but the cases that must stay.
 */
@Component
public class ProcessUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ProcessUpgrade.class);
    private static final int PAGE = 500;

    /**
     * How many running instances of older versions moved to the latest, how many stayed on their version, and how many
     * PPK deadlines of the moved ones were re-armed ({@link DeadlineGap}).
     */
    public record Result(int migrated, int left, int rearmed) {
        static final Result NONE = new Result(0, 0, 0);

        Result plus(Result other) {
            return new Result(migrated + other.migrated, left + other.left, rearmed + other.rearmed);
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DeadlineGap deadlineGap;
    private final TransactionTemplate transactions;

    public ProcessUpgrade(RepositoryService repository, RuntimeService runtime, ManagementService management,
                          DeadlineGap deadlineGap, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.deadlineGap = deadlineGap;
        this.transactions = new TransactionTemplate(transactions);
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
            return Result.NONE;
        }
        Result total = Result.NONE;
        List<ProcessDefinition> older = repository.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .orderByProcessDefinitionVersion().asc().list();
        for (ProcessDefinition definition : older) {
            if (definition.getVersion() < latest.getVersion()) {
                total = total.plus(upgrade(definition, latest));
            }
        }
        if (total.migrated() > 0 || total.left() > 0) {
            log.info("Process upgrade to {} (version {}): {} running case(s) moved, {} PPK deadline(s) among them re-armed; "
                    + "{} stay on their older version (one without per-person tracks, past the forwarding: a running "
                    + "examination or follow-up cannot be moved into a person's multi-instance track) and end there",
                    latest.getId(), latest.getVersion(), total.migrated(), total.rearmed(), total.left());
        }
        return total;
    }

    private Result upgrade(ProcessDefinition source, ProcessDefinition target) {
        if (runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count() == 0) {
            return Result.NONE;
        }
        BpmnModelInstance from = repository.getBpmnModelInstance(source.getId());
        BpmnModelInstance to = repository.getBpmnModelInstance(target.getId());
        boolean tracks = from.getModelElementById(FlowNodes.SUB_PROCESS_PERSON_TRACK) != null;
        MigrationPlan plan = tracks ? runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build()
                : beforeForwarding(source, target, from, to);
        Set<String> mapped = new HashSet<>();
        plan.getInstructions().forEach(i -> mapped.add(i.getSourceActivityId()));
        boolean rearm = tracks && DeadlineGap.closedBy(from, to);
        Set<String> firedOnce = tracks ? firedOnce(from, to) : Set.of();
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
        int rearmed = 0;
        for (int start = 0; start < movable.size(); start += PAGE) {
            List<String> ids = movable.subList(start, Math.min(movable.size(), start + PAGE));
            rearmed += transactions.execute(status -> {
                migrate(plan, ids, firedOnce);
                return rearm ? ids.stream().mapToInt(deadlineGap::close).sum() : 0;
            });
        }
        if (left > 0) {
            log.info("{} running case(s) of {} stay on it: they wait where the latest version has no counterpart", left,
                    source.getId());
        }
        return new Result(movable.size(), left, rearmed);
    }

    /**
     * Migrates the instances; the timers of {@code firedOnce} events the migration adds (they had none) are removed, and
     * each running track gets, as its own variables, the routing values the latest version declares on a track that it
     * lacks ({@link #declareTrackVariables}).
     */
    private void migrate(MigrationPlan plan, List<String> ids, Set<String> firedOnce) {
        if (firedOnce.isEmpty()) {
            runtime.newMigration(plan).processInstanceIds(ids).execute();
            declareTrackVariables(plan.getTargetProcessDefinitionId(), ids);
            return;
        }
        Set<String> instances = new HashSet<>(ids);
        Set<String> before = timers(instances, firedOnce, plan.getSourceProcessDefinitionId());
        runtime.newMigration(plan).processInstanceIds(ids).execute();
        for (String job : timers(instances, firedOnce, plan.getTargetProcessDefinitionId())) {
            if (!before.contains(job)) {
                management.deleteJob(job);
            }
        }
        declareTrackVariables(plan.getTargetProcessDefinitionId(), ids);
    }

    /**
     * A track declares its routing values as its own variables when it starts (the input parameters of
     * {@link FlowNodes#SUB_PROCESS_PERSON_TRACK}); a track that started on an older version lacks those added since, and
     * a value a form then sets would land on the case's instance, shared by every track — one person's objection would
     * route another's verified follow-up. Each migrated track gets the missing ones, empty, on the execution holding
     * the others.
     */
    private void declareTrackVariables(String definitionId, List<String> instanceIds) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        SubProcess track = model.getModelElementById(FlowNodes.SUB_PROCESS_PERSON_TRACK);
        if (track == null || track.getExtensionElements() == null) {
            return;
        }
        List<String> declared = track.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).list().stream()
                .flatMap(io -> io.getCamundaInputParameters().stream()).map(p -> p.getCamundaName()).toList();
        for (String instanceId : instanceIds) {
            ActivityInstance tree = runtime.getActivityInstance(instanceId);
            if (tree == null) {
                continue;
            }
            for (ActivityInstance one : tree.getActivityInstances(FlowNodes.SUB_PROCESS_PERSON_TRACK)) {
                for (String execution : one.getExecutionIds()) {
                    java.util.Map<String, Object> local = runtime.getVariablesLocal(execution);
                    if (declared.stream().anyMatch(local::containsKey)) {
                        for (String name : declared) {
                            if (!local.containsKey(name)) {
                                runtime.setVariableLocal(execution, name, null);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The non-interrupting timer start events of event subprocesses in both versions (the PPK's reminder and deadline):
     * each fires once per scope instance, and the engine does not see that one already did when it migrates the scope.
     */
    private static Set<String> firedOnce(BpmnModelInstance from, BpmnModelInstance to) {
        Set<String> ids = new HashSet<>();
        for (StartEvent start : from.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() instanceof SubProcess scope && scope.triggeredByEvent() && !start.isInterrupting()
                    && start.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance)
                    && to.getModelElementById(start.getId()) != null) {
                ids.add(start.getId());
            }
        }
        return ids;
    }

    /** The ids of the instances' timers of those events, on that definition's job definitions. */
    private Set<String> timers(Set<String> instances, Set<String> activities, String definitionId) {
        Set<String> definitions = new HashSet<>();
        management.createJobDefinitionQuery().processDefinitionId(definitionId).list().stream()
                .filter(d -> activities.contains(d.getActivityId())).forEach(d -> definitions.add(d.getId()));
        Set<String> ids = new HashSet<>();
        List<Job> page;
        int offset = 0;
        do {
            // Not .activityId(..) with .processInstanceIds(..): Camunda 7.24 writes that query's SQL without an AND.
            page = management.createJobQuery().processInstanceIds(instances).timers().orderByJobId().asc().listPage(offset, PAGE);
            offset += page.size();
            page.stream().filter(job -> definitions.contains(job.getJobDefinitionId())).forEach(job -> ids.add(job.getId()));
        } while (page.size() == PAGE);
        return ids;
    }

    /** A version before the tracks: its pre-forwarding wait states present in both versions (an older one may lack some). */
    private MigrationPlan beforeForwarding(ProcessDefinition source, ProcessDefinition target, BpmnModelInstance from,
                                           BpmnModelInstance to) {
        MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
        for (String id : FlowNodes.PRE_FORWARDING_WAIT_STATES) {
            if (from.getModelElementById(id) != null && to.getModelElementById(id) != null) {
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
