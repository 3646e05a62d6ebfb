package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inbox: tasks assigned to the user or open to one of their groups, on cases in their scope. Plain SQL over the
 * engine's task tables and the case file, so that it can be read, indexed and measured.
 */
@Component
public class TaskInbox {

    public static final int MAX_TASKS = 500;

    private final JdbcClient jdbc;
    private final CaseAccess access;

    public TaskInbox(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<TaskView> tasks(NetraUser user) {
        List<String> groups = user.groups();
        if (groups.isEmpty()) {
            return List.of();
        }
        CaseAccess.Scope scope = access.scope(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("user", user.username());
        params.put("groups", groups);
        params.put("limit", MAX_TASKS);
        return jdbc.sql("""
                        SELECT t.id_, t.task_def_key_, t.name_, t.assignee_, t.create_time_, t.due_date_, c.id, c.register_number
                        FROM act_ru_task t
                        JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
                        JOIN case_file c ON c.id = CAST(pi.business_key_ AS uuid)
                        WHERE (t.assignee_ = :user
                               OR (t.assignee_ IS NULL AND EXISTS (
                                   SELECT 1 FROM act_ru_identitylink l
                                   WHERE l.task_id_ = t.id_ AND l.type_ = 'candidate' AND l.group_id_ IN (:groups))))
                          AND ${scope}
                        ORDER BY t.due_date_ ASC NULLS LAST, t.create_time_ ASC
                        LIMIT :limit""".replace("${scope}", scope.condition()))
                .params(params)
                .query((rs, n) -> new TaskView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(7, UUID.class),
                        rs.getString(8), rs.getString(4), toInstant(rs.getTimestamp(5)), toInstant(rs.getTimestamp(6))))
                .list();
    }

    private static java.time.Instant toInstant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
