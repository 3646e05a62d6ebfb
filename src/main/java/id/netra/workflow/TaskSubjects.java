package id.netra.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the inbox reads of each open task that never changes while it is open — its case, and for a track's task the
 * person and the person's name — kept in {@code task_subject} (V32): a row written when the engine creates a task (a
 * listener this plugin adds to every user task of every deployed model, so the models need no change) and removed when
 * the task completes or is deleted; at start, rows for open tasks that have none (those open at the upgrade to V32) are
 * written. The inbox reads a task's row instead of its process instance, its person's tag and the person, and falls back
 * to those for a task without one: a missing row costs speed, never a task (TaskInbox).
 */
@Component
@Order(0)
public class TaskSubjects extends AbstractProcessEnginePlugin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskSubjects.class);

    private final ObjectProvider<JdbcClient> jdbc;
    private final ObjectProvider<org.springframework.context.ApplicationEventPublisher> events;

    public TaskSubjects(ObjectProvider<JdbcClient> jdbc, ObjectProvider<org.springframework.context.ApplicationEventPublisher> events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        List<BpmnParseListener> listeners = config.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(config.getCustomPostBPMNParseListeners());
        listeners.add(new OnEveryUserTask(this::created, this::ended));
        config.setCustomPostBPMNParseListeners(listeners);
    }

    /** Adds the listeners to each user task as its model is parsed, after the model's own (CaseTracks' tag). */
    static final class OnEveryUserTask extends AbstractBpmnParseListener {
        private final TaskListener created;
        private final TaskListener ended;

        OnEveryUserTask(TaskListener created, TaskListener ended) {
            this.created = created;
            this.ended = ended;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            // After the model's own create listeners (the engine runs built-in ones first, then custom ones in order).
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, created);
            // Built in, so that a deletion which skips the custom listeners still removes the row.
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ended);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, ended);
        }
    }

    /**
     * The new task's row: its case (the process's business key), and its person as the inbox reads it — the track's
     * person it is tagged with (CaseTracks), or for a track task without one (the previous model version) the case's
     * first person; none for a task on the whole case.
     */
    void created(DelegateTask task) {
        UUID caseId = caseOf(task.getExecution().getProcessBusinessKey());
        if (caseId == null) {
            return;
        }
        String key = task.getTaskDefinitionKey();
        // The tag itself, as every other reader reads it (the model's tag listener has run).
        Object tag = task.getVariableLocal(CaseTracks.PERSON_ID);
        jdbc.getObject().sql("""
                        INSERT INTO task_subject (task_id, case_id, person_id, person_name)
                        SELECT :task, :case, p.id, p.name FROM (SELECT 1) one
                        LEFT JOIN case_person p ON p.id = COALESCE(CAST(:tag AS uuid), CASE WHEN :track
                            THEN (SELECT f.id FROM case_person f WHERE f.case_id = :case AND f.ordinal = 1) END)
                        ON CONFLICT (task_id) DO NOTHING""")
                .param("task", task.getId()).param("case", caseId).param("tag", tag == null ? null : tag.toString(), java.sql.Types.VARCHAR)
                .param("track", FlowNodes.TRACK_TASK_KEYS.contains(key)).update();
        // The case (or the track) reached a desk: told to whoever listens after the creating transaction commits.
        List<String> groups = task.getCandidates().stream()
                .filter(link -> link.getGroupId() != null && org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).distinct().sorted().toList();
        events.getObject().publishEvent(new TaskArrived(task.getId(), caseId, tag == null ? null : UUID.fromString(tag.toString()),
                key, groups, id.netra.platform.Today.now()));
    }

    void ended(DelegateTask task) {
        jdbc.getObject().sql("DELETE FROM task_subject WHERE task_id = :task").param("task", task.getId()).update();
    }

    /** Rows for the open tasks that have none, as {@link #created} writes them; the rows of tasks no longer open removed. */
    public int reconcile() {
        JdbcClient db = jdbc.getObject();
        int written = db.sql("""
                        INSERT INTO task_subject (task_id, case_id, person_id, person_name)
                        SELECT t.id_, CAST(e.business_key_ AS uuid), p.id, p.name
                        FROM act_ru_task t
                        JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        LEFT JOIN act_ru_variable v ON v.task_id_ = t.id_ AND v.name_ = 'personId'
                        LEFT JOIN case_person p ON p.id = COALESCE(CAST(v.text_ AS uuid), CASE WHEN t.task_def_key_ IN (:trackKeys)
                            THEN (SELECT f.id FROM case_person f WHERE f.case_id = CAST(e.business_key_ AS uuid) AND f.ordinal = 1) END)
                        WHERE e.business_key_ ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
                          AND NOT EXISTS (SELECT 1 FROM task_subject s WHERE s.task_id = (t.id_ COLLATE "C"))
                        ON CONFLICT (task_id) DO NOTHING""")
                .param("trackKeys", FlowNodes.TRACK_TASK_KEYS).update();
        int removed = db.sql("DELETE FROM task_subject s WHERE NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE (t.id_ COLLATE \"C\") = s.task_id)")
                .update();
        if (written > 0 || removed > 0) {
            log.info("Task subjects: {} written for open tasks without one, {} of ended tasks removed", written, removed);
        }
        return written;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            reconcile();
        } catch (org.springframework.dao.DataAccessException e) {
            // The rows only make the inbox faster: a start that cannot write them still serves every task.
            log.warn("Could not write the rows of the open tasks' subjects ({}); the inbox reads those tasks the slower way",
                    e.getMostSpecificCause().getMessage());
        }
    }

    private static UUID caseOf(String businessKey) {
        try {
            return businessKey == null ? null : UUID.fromString(businessKey);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
