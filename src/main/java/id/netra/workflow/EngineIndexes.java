package id.netra.workflow;

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

    /** The inbox walks a national group's open tasks of one key by due date (TaskInbox) until its page is full. */
    static final String TASK_DUE = "CREATE INDEX IF NOT EXISTS netra_task_key_due_idx ON act_ru_task "
            + "(task_def_key_, due_date_, create_time_)";

    private final JdbcClient jdbc;

    EngineIndexes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            jdbc.sql(TASK_DUE).update();
        } catch (DataAccessException e) {
            // E.g. the engine's tables belong to another role: the inbox still works, only slower on a long queue.
            log.warn("Could not create the inbox index on act_ru_task ({}); ask the owner of the engine's tables to run: {}",
                    e.getMostSpecificCause().getMessage(), TASK_DUE);
        }
    }
}
