package id.netra.workflow;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes Netra's queries need on the engine's own tables. The engine creates those tables at its first start, after
 * the migrations, as the application's role; so these are made here, by their owner, once the engine is up.
 * Measured in docs/performance.md.
 */
@Component
class EngineIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /**
     * The inbox walks a national group's open tasks of one key by due date (TaskInbox) until its page is full. The
     * index ends on the task id as the inbox's order does (a stable order across pages): without it, tasks sharing a
     * due date and creation time (a batch of cases forwarded at once) are all read and sorted before the first page.
     */
    static final String TASK_DUE = "CREATE INDEX IF NOT EXISTS netra_task_key_due_id_idx ON act_ru_task "
            + "(task_def_key_, due_date_, create_time_, id_)";

    /** The same walk for an inbox sorted by age (oldest or newest first, read backwards). */
    static final String TASK_CREATED = "CREATE INDEX IF NOT EXISTS netra_task_key_created_id_idx ON act_ru_task "
            + "(task_def_key_, create_time_, id_)";

    /**
     * The inbox reaches each task's process instance (for its case), its candidate links and its person's tag by the
     * engine's ids: these indexes compare them byte by byte ({@code COLLATE "C"}; the engine's own indexes compare by the
     * database's locale, several times slower per probe) and carry what the inbox reads, so that each probe reads the
     * index alone (TaskInbox).
     */
    /** The names of {@link #BY_ID}'s indexes, which TaskInbox looks for before it compares ids in byte order. */
    static final List<String> BY_ID_NAMES = List.of("netra_execution_id_c_idx", "netra_identitylink_task_c_idx", "netra_variable_task_c_idx");

    static final String[] BY_ID = {
            "CREATE INDEX IF NOT EXISTS netra_execution_id_c_idx ON act_ru_execution (id_ COLLATE \"C\") INCLUDE (business_key_)",
            "CREATE INDEX IF NOT EXISTS netra_identitylink_task_c_idx ON act_ru_identitylink (task_id_ COLLATE \"C\") "
                    + "INCLUDE (type_, group_id_)",
            "CREATE INDEX IF NOT EXISTS netra_variable_task_c_idx ON act_ru_variable (task_id_ COLLATE \"C\", name_ COLLATE \"C\") "
                    + "INCLUDE (text_)"};

    /** The indexes of an earlier release that the two above replace. */
    static final String[] REPLACED = {"DROP INDEX IF EXISTS netra_task_key_due_idx", "DROP INDEX IF EXISTS netra_task_key_created_idx"};

    /**
     * The engine looks for sub-tasks of every task it completes ({@code WHERE PARENT_TASK_ID_ = ?}) and its schema has
     * no index for it: with 100,000 open tasks that was a 30 ms table scan per completion. Netra has no sub-tasks, so
     * the partial index stays empty.
     */
    static final String TASK_PARENT = "CREATE INDEX IF NOT EXISTS netra_task_parent_idx ON act_ru_task (parent_task_id_) "
            + "WHERE parent_task_id_ IS NOT NULL";

    private final JdbcClient jdbc;

    EngineIndexes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> indexes = new ArrayList<>(List.of(TASK_DUE, TASK_CREATED, TASK_PARENT));
        indexes.addAll(List.of(BY_ID));
        indexes.addAll(List.of(REPLACED));
        for (String index : indexes) {
            try {
                jdbc.sql(index).update();
            } catch (DataAccessException e) {
                // E.g. the engine's tables belong to another role: everything works, only slower at scale.
                log.warn("Could not create an index on the engine's tables ({}); ask the owner of the engine's tables to run: {}",
                        e.getMostSpecificCause().getMessage(), index);
            }
        }
    }
}
