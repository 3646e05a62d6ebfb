package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.platform.SqlStatement;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The inbox: tasks assigned to the user or open to one of their groups, on cases in their scope. Plain SQL over the
 * engine's task tables and the case file, so that it can be read, indexed and measured.
 */
@Component
public class TaskInbox {

    /**
     * {@link SentBack}'s rule in SQL, whether a task is back after its check rejected the work: of the decisions of the
     * task ({@code %3$s}, its key) and of its checker ({@code %4$s}) on the case ({@code %1$s}) and the task's track
     * ({@code %2$s}, the condition on {@code d.person_id}: the person's, or null for the case's own), the last is the
     * checker's rejection. No row, or no checker (null): not back.
     */
    private static final String SENT_BACK = """
            SELECT d.task_key = %4$s AND d.outcome = 'REJECTED' FROM case_decision d
            WHERE %4$s IS NOT NULL AND d.case_id = %1$s AND %2$s AND d.task_key IN (%3$s, %4$s)
            ORDER BY d.id DESC LIMIT 1""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final RepositoryService repository;
    private final TaskForms forms;
    private volatile Map<String, List<String>> tasksOfNationalGroups;
    private volatile boolean byteOrderIndexes;
    private volatile long byteOrderAskedAt = System.nanoTime() - ASK_AGAIN_AFTER - 1;

    public TaskInbox(JdbcClient jdbc, CaseAccess access, RepositoryService repository, TaskForms forms) {
        this.jdbc = jdbc;
        this.access = access;
        this.repository = repository;
        this.forms = forms;
    }

    /** Whether the task of this key on this case and track ({@code personId} null: the case's) is back after its check rejected it. */
    boolean sentBack(UUID caseId, UUID personId, String taskKey) {
        String checker = forms.checkerOf(taskKey).orElse(null);
        return checker != null && jdbc.sql(SENT_BACK.formatted(":case", "d.person_id IS NOT DISTINCT FROM CAST(:person AS uuid)", ":key", ":checker"))
                .param("case", caseId).param("person", personId)
                .param("key", taskKey).param("checker", checker)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The user tasks offered to each group that is the same everywhere (the examining agency's {@code examiner},
     * {@code examiner-approver}), read from every deployed version of the model (a case still on an older version waits
     * in its tasks, and the version deployed last need not be the newest model); groups named per office or agency are
     * left out.
     */
    Map<String, List<String>> tasksOfNationalGroups() {
        Map<String, List<String>> known = tasksOfNationalGroups;
        if (known == null) {
            Map<String, java.util.Set<String>> m = new HashMap<>();
            for (var definition : repository.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY).list()) {
                BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String groups = task.getCamundaCandidateGroups();
                    if (groups == null) {
                        continue;
                    }
                    for (String group : groups.split(",")) {
                        String g = group.trim();
                        if (!g.isEmpty() && !g.contains("${") && !g.contains(":")) {
                            m.computeIfAbsent(g, x -> new java.util.TreeSet<>()).add(task.getId());
                        }
                    }
                }
            }
            Map<String, List<String>> lists = new HashMap<>();
            m.forEach((g, keys) -> lists.put(g, List.copyOf(keys)));
            known = Map.copyOf(lists);
            tasksOfNationalGroups = known;
        }
        return known;
    }

    /**
     * Whether EngineIndexes' indexes in byte order exist (it may have been refused them, or not have run yet): without
     * them a comparison in byte order could use no index at all, and the inbox compares as the engine's own indexes do.
     * Once found, not asked again.
     */
    boolean byteOrderIndexes() {
        long now = System.nanoTime();
        if (!byteOrderIndexes && now - byteOrderAskedAt > ASK_AGAIN_AFTER) {
            byteOrderIndexes = jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname IN (:names)")
                    .param("names", EngineIndexes.BY_ID_NAMES).query(Long.class).single() == EngineIndexes.BY_ID_NAMES.size();
            byteOrderAskedAt = now;
        }
        return byteOrderIndexes;
    }

    /** Missing, the indexes are asked for again at most once a minute, not at every inbox. */
    private static final long ASK_AGAIN_AFTER = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    /** The first page of the user's own and open tasks, soonest due first: the API's inbox. */
    @Transactional(readOnly = true)
    public List<TaskView> tasks(NetraUser user) {
        return tasks(user, InboxQuery.DEFAULT);
    }

    /**
     * One page of the user's tasks chosen by {@code q}, plus one more task when a further page exists. One statement:
     * the tasks, their cases (a case not yet registered with its tracking number and the day it was received) and the
     * person of each track task.
     */
    @Transactional(readOnly = true)
    public List<TaskView> tasks(NetraUser user, InboxQuery q) {
        SqlStatement statement = statement(user, q).orElse(null);
        if (statement == null) {
            return List.of();
        }
        // The plan of an officer's inbox is kept between calls: the server plans the statement once for any values and
        // keeps that plan when it costs no more than the plans made for each call (plan_cache_mode auto); planning the
        // statement cost more than running it (3 of 6 ms for an office's inbox at national scale). A national group's
        // statement has its keys and groups written in (statement()), an office's its office and groups as parameters:
        // every office's queue is planned alike. A PPK's is planned for its values each time (a regency's queue of a
        // dozen tasks and a ministry's thousands share one statement), and so is a query by due date (a range a generic
        // plan can only guess). A kept plan runs without parallel workers (starting them cost more than a page) and with
        // index reads priced as the cached pages they are (random_page_cost 1.1, not 4: at 4 a serial plan for a later
        // page of a national queue walked all the tasks by the engine's index on creation time and sorted 16,000 of
        // them, 200 ms); a ministry's queue, found from its group's links and sorted, keeps its workers. All three are
        // set each time: an inbox read twice in one transaction must not run on the first one's settings
        // (docs/performance.md).
        boolean keepPlan = user.role() != id.netra.access.Role.PPK && q.due() == null;
        // One round trip for the three (the driver sends the statements together).
        jdbc.sql(keepPlan
                ? "SET LOCAL plan_cache_mode = auto; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL random_page_cost = 1.1"
                : "SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL max_parallel_workers_per_gather TO DEFAULT; "
                        + "SET LOCAL random_page_cost TO DEFAULT").update();
        List<TaskView> page = jdbc.sql(statement.sql()).params(statement.params())
                .query((rs, n) -> new TaskView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(7, UUID.class),
                        rs.getString(8), rs.getString(4), toInstant(rs.getTimestamp(5)), toInstant(rs.getTimestamp(6)),
                        rs.getObject(12, UUID.class), rs.getString(13), rs.getBoolean(14), rs.getString(10),
                        toInstant(rs.getTimestamp(11))))
                .list();
        return barred(user, page);
    }

    /**
     * The page's checks the four-eyes rule keeps from the user — they decided last the task a check checks ({@link
     * TaskForm#sendsBackTo}) on its track, as {@link FourEyesApproval} refuses — marked; one more statement for the page
     * (only when it holds a check), apart from the inbox's, whose plans it leaves alone.
     */
    private List<TaskView> barred(NetraUser user, List<TaskView> page) {
        Map<String, String> authorOf = new HashMap<>();
        for (String key : forms.keys()) {
            forms.get(key).map(TaskForm::sendsBackTo).ifPresent(author -> authorOf.put(key, author));
        }
        List<UUID> caseIds = page.stream().filter(t -> authorOf.containsKey(t.key())).map(TaskView::caseId).distinct().toList();
        if (caseIds.isEmpty()) {
            return page;
        }
        java.util.Set<String> decidedByUser = new java.util.HashSet<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (d.case_id, d.person_id, d.task_key) d.case_id, d.person_id, d.task_key, d.decided_by
                        FROM case_decision d WHERE d.case_id IN (:ids) AND d.task_key IN (:authors)
                        ORDER BY d.case_id, d.person_id, d.task_key, d.id DESC""")
                .param("ids", caseIds).param("authors", java.util.Set.copyOf(authorOf.values()))
                .query((rs, n) -> {
                    if (user.username().equals(rs.getString(4))) {
                        decidedByUser.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3));
                    }
                    return null;
                }).list();
        return page.stream().map(t -> authorOf.containsKey(t.key()) && decidedByUser.contains(t.caseId() + "/" + t.personId() + "/"
                + authorOf.get(t.key())) ? t.barredByFourEyes(true) : t).toList();
    }

    /**
     * The tasks with what an inbox row says of their cases ({@link TaskView.InboxCase}), read in one statement for
     * the whole page: the status as the caller reads it — a PPK its own person's track's, summarised as the case's
     * page summarises it for a PPK, not the case's, which other PPKs' persons move — and the persons each task concerns.
     */
    @Transactional(readOnly = true)
    public List<TaskView> withCaseSummaries(NetraUser user, List<TaskView> tasks) {
        List<UUID> caseIds = tasks.stream().map(TaskView::caseId).distinct().toList();
        if (caseIds.isEmpty()) {
            return tasks;
        }
        record Row(UUID caseId, TaskView.ConcernedPerson person, String trackStatus, String caseStatus, String electionType) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT p.case_id, p.id, p.name, p.agency_code, a.name, pt.status, c.status, c.election_type
                        FROM case_person p
                        JOIN case_file c ON c.id = p.case_id
                        LEFT JOIN agency a ON a.code = p.agency_code
                        LEFT JOIN person_track pt ON pt.person_id = p.id
                        WHERE p.case_id IN (:ids) ORDER BY p.case_id, p.ordinal""")
                .param("ids", caseIds)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), new TaskView.ConcernedPerson(rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        java.util.Locale locale = id.netra.platform.Messages.currentLocale();
        java.util.Map<UUID, List<Row>> byCase = rows.stream()
                .collect(java.util.stream.Collectors.groupingBy(Row::caseId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        return tasks.stream().map(t -> {
            List<Row> ofCase = byCase.getOrDefault(t.caseId(), List.of());
            if (ofCase.isEmpty()) {
                return t;
            }
            List<Row> concerned = t.personId() == null ? ofCase
                    : ofCase.stream().filter(r -> r.person().id().equals(t.personId())).toList();
            id.netra.casefile.CaseStatus status = id.netra.casefile.CaseStatus.valueOf(ofCase.get(0).caseStatus());
            if (user.role() == id.netra.access.Role.PPK && !concerned.isEmpty() && concerned.stream().allMatch(r -> r.trackStatus() != null)) {
                status = id.netra.casefile.PersonTracks.summarise(concerned.stream()
                        .map(r -> id.netra.casefile.TrackStatus.valueOf(r.trackStatus())).toList());
            }
            return t.withCaseSummary(new TaskView.InboxCase(status.name(), status.label(locale), ofCase.get(0).electionType(),
                    concerned.stream().map(Row::person).toList()));
        }).toList();
    }

    /** The one statement {@link #tasks(NetraUser, InboxQuery)} runs for this user and query; none when they have no task to see. */
    public Optional<SqlStatement> statement(NetraUser user, InboxQuery q) {
        List<String> groups = user.groups();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        CaseAccess.Scope scope = access.scope(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("user", user.username());
        // The page's bounds, task keys, national groups and checks are written into the statement (numbers, and names
        // from the model checked by literal()): a statement left with the user's name alone as a parameter plans the same
        // for every value, so that its plan can be kept between calls (tasks()).
        String limit = String.valueOf(q.offset() + q.size() + 1);
        String order = switch (q.sort()) {
            case OLDEST -> "t.create_time_ ASC, t.id_ ASC";
            case NEWEST -> "t.create_time_ DESC, t.id_ DESC";
            case DUE -> "t.due_date_ ASC NULLS LAST, t.create_time_ ASC, t.id_ ASC";
        };
        // The same order by the page's column numbers (5: created, 6: due, 1: id).
        String outerOrder = order.replace("t.create_time_", "5").replace("t.due_date_", "6").replace("t.id_", "1");
        List<String> filters = new ArrayList<>();
        filters.add(scope.condition());
        if (q.caseStatus() != null) {
            // Written in, as the keys are: a kept plan then knows which status (a million closed cases, a few open).
            filters.add("c.status = " + literal(q.caseStatus(), "caseStatus", params));
        }
        if (q.electionType() != null) {
            filters.add("c.election_type = " + literal(q.electionType(), "electionType", params));
        }
        if (q.due() != null) {
            java.time.Instant now = id.netra.platform.Today.now();
            params.put("now", Timestamp.from(now));
            params.put("soon", Timestamp.from(now.plus(InboxQuery.SOON)));
            filters.add(switch (q.due()) {
                case OVERDUE -> "t.due_date_ < :now";
                case SOON -> "t.due_date_ >= :now AND t.due_date_ < :soon";
                case ONTIME -> "t.due_date_ >= :soon";
                case NONE -> "t.due_date_ IS NULL";
            });
        }
        if (q.taskKey() != null) {
            filters.add("t.task_def_key_ = " + literal(q.taskKey(), "taskKey", params));
        }
        // Branches, each ordered and limited on its own, then merged: tasks assigned to the user; tasks of their
        // office's or agency's groups, found from the groups' identity links (a short queue); and for a national
        // group (the examining agency's, tens of thousands of tasks) one branch per task it is offered, each walking the
        // (task key, due date) or (task key, created) index of EngineIndexes until the page is full. Every branch starts
        // from tasks, which reach their process instance and candidate links through EngineIndexes' indexes in the
        // byte order of the ids (COLLATE "C": a comparison without the locale's rules, read from the index alone), and
        // their case by its primary key. Measured in docs/performance.md.
        String branch = """
                SELECT t.id_, t.task_def_key_, t.name_, t.assignee_, t.create_time_, t.due_date_, c.id, c.register_number,
                       t.proc_inst_id_, CASE WHEN c.register_number IS NULL THEN c.tracking_number END AS tracking, c.created_at,
                       s.task_id IS NOT NULL AS subject_known, s.person_id AS subject_person, s.person_name AS subject_name
                FROM act_ru_task t
                LEFT JOIN task_subject s ON s.task_id = (t.id_ COLLATE "C")
                JOIN case_file c ON c.id = COALESCE(s.case_id, (SELECT CAST(pi.business_key_ AS uuid) FROM act_ru_execution pi
                    WHERE (pi.id_${bytes}) = (t.proc_inst_id_${bytes})))
                WHERE %s AND ${filters}
                ORDER BY ${order}
                LIMIT ${limit}""";
        String claimed = switch (q.claim()) {
            case OPEN -> "t.assignee_ IS NULL";
            case OTHERS -> "t.assignee_ IS NOT NULL AND t.assignee_ <> :user";
            default -> null;
        };
        // A national group's branch walks its tasks and tests each one's links (by the index in byte order); an office's
        // starts from its groups' links and reaches each task by the task's own key, in the engine's order.
        String offered = """
                %s AND EXISTS (SELECT 1 FROM act_ru_identitylink l
                    WHERE %s AND l.type_ = 'candidate' AND l.group_id_ IN (%s))""";
        String linkOfTask = "(l.task_id_${bytes}) = (t.id_${bytes})";
        Map<String, List<String>> national = tasksOfNationalGroups();
        List<String> local = groups.stream().filter(g -> !national.containsKey(g)).toList();
        List<String> nationalGroups = groups.stream().filter(national::containsKey).toList();
        List<String> branches = new ArrayList<>();
        if (q.claim() == InboxQuery.Claim.MINE || q.claim() == InboxQuery.Claim.MINE_AND_OPEN) {
            branches.add(branch.formatted("t.assignee_ = :user"));
        }
        if (q.claim() != InboxQuery.Claim.MINE) {
            String which = claimed == null ? "t.assignee_ IS NULL" : claimed;
            if (!local.isEmpty()) {
                params.put("localGroups", local);
                branches.add(branch.formatted(offered.formatted(which, "l.task_id_ = t.id_", ":localGroups")));
            }
            if (!nationalGroups.isEmpty()) {
                String inGroups = literals(nationalGroups, "nationalGroups", params);
                List<String> keys = nationalGroups.stream().flatMap(g -> national.get(g).stream()).distinct()
                        .filter(k -> q.taskKey() == null || q.taskKey().equals(k)).toList();
                for (int i = 0; i < keys.size(); i++) {
                    branches.add(branch.formatted("t.task_def_key_ = " + literal(keys.get(i), "key" + i, params) + " AND "
                            + offered.formatted(which, linkOfTask, inGroups)));
                }
            }
        }
        if (branches.isEmpty()) {
            return Optional.empty();
        }
        String where = String.join(" AND ", filters);
        String sql = branches.stream().map(b -> "(" + b.replace("${filters}", where).replace("${order}", order)
                        .replace("${limit}", limit) + ")")
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        // The page's tasks then gain the person of their track: the tag CaseTracks keeps on each track task (read from
        // EngineIndexes' index alone), or for a track task of the previous model version (one person a case) the case's
        // first person; and, for a task a check may send back, whether it is back (the last of its and its checker's
        // decisions on its track: by the decisions' index on the person, or on the case for a task on the whole case; a
        // task no check sends back looks for none).
        String trackKeys = literals(FlowNodes.TRACK_TASK_KEYS, "trackKeys", params);
        StringBuilder checkers = new StringBuilder("CASE page.task_def_key_");
        int returnable = 0;
        for (String key : forms.keys().stream().sorted().toList()) {
            String checker = forms.checkerOf(key).orElse(null);
            if (checker != null) {
                checkers.append(" WHEN ").append(literal(key, "returned" + returnable, params))
                        .append(" THEN ").append(literal(checker, "checker" + returnable, params));
                returnable++;
            }
        }
        String checker = checkers.append(" END").toString();
        // A check's rejection is rare: where none was ever made on the track (V31's index of rejections, small), the
        // task is not back and its decisions are not read.
        String sentBack = returnable == 0 ? "FALSE" : """
                CASE WHEN %1$s IS NULL THEN FALSE
                     WHEN tp.id IS NOT NULL THEN CASE WHEN EXISTS (SELECT 1 FROM case_decision r
                         WHERE r.outcome = 'REJECTED' AND r.person_id = tp.id AND r.case_id = page.id) THEN (%2$s) ELSE FALSE END
                     WHEN EXISTS (SELECT 1 FROM case_decision r WHERE r.outcome = 'REJECTED' AND r.person_id IS NULL
                         AND r.case_id = page.id) THEN (%3$s)
                     ELSE FALSE END"""
                .formatted(checker, SENT_BACK.formatted("page.id", "d.person_id = tp.id", "page.task_def_key_", checker),
                        SENT_BACK.formatted("page.id", "d.person_id IS NULL", "page.task_def_key_", checker));
        return Optional.of(new SqlStatement(("""
                        SELECT page.id_, page.task_def_key_, page.name_, page.assignee_, page.create_time_, page.due_date_, page.id,
                               page.register_number, page.proc_inst_id_, page.tracking, page.created_at, tp.id, tp.name,
                               COALESCE(${sentBack}, FALSE) FROM (SELECT * FROM (""" + sql + """
                        ) branches ORDER BY ${outer} LIMIT ${pageSize} OFFSET ${offset}) page
                        LEFT JOIN LATERAL (SELECT page.subject_person AS id, page.subject_name AS name WHERE page.subject_known
                            UNION ALL
                            SELECT tp.id, tp.name FROM (SELECT 1) one
                            LEFT JOIN act_ru_variable pv ON (pv.task_id_${bytes}) = (page.id_${bytes})
                                AND (pv.name_${bytes}) = 'personId'
                            LEFT JOIN case_person tp ON tp.id = COALESCE(CAST(pv.text_ AS uuid),
                                CASE WHEN page.task_def_key_ IN (${trackKeys})
                                    THEN (SELECT p1.id FROM case_person p1 WHERE p1.case_id = page.id AND p1.ordinal = 1) END)
                            WHERE NOT page.subject_known) tp ON TRUE
                        ORDER BY ${pageOrder}""").replace("${outer}", outerOrder)
                        .replace("${pageSize}", String.valueOf(q.size() + 1))
                        .replace("${offset}", String.valueOf(q.offset()))
                        .replace("${trackKeys}", trackKeys)
                        .replace("${sentBack}", sentBack)
                        .replace("${bytes}", byteOrderIndexes() ? " COLLATE \"C\"" : "")
                        .replace("${pageOrder}", order.replace("t.", "page.")), params));
    }

    /** A name the model or the forms give, such as a task key or a group. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.:\\-]{1,64}");

    /**
     * {@code value} as an SQL literal when it is a plain name ({@link #NAME}: nothing in it can end the literal), else
     * as the parameter {@code param}, added to {@code params}.
     */
    static String literal(String value, String param, Map<String, Object> params) {
        if (NAME.matcher(value).matches()) {
            return "'" + value + "'";
        }
        params.put(param, value);
        return ":" + param;
    }

    /** The values as a list of literals (or, when one is not a plain name, the parameter {@code param}). */
    static String literals(java.util.Collection<String> values, String param, Map<String, Object> params) {
        if (!values.isEmpty() && values.stream().allMatch(v -> NAME.matcher(v).matches())) {
            return values.stream().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", "));
        }
        params.put(param, List.copyOf(values));
        return ":" + param;
    }

    private static java.time.Instant toInstant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
