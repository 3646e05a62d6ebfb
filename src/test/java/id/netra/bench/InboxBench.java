package id.netra.bench;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseQueries;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.TaskInbox;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * (b) The inbox ({@link TaskInbox}, what {@code GET /api/v1/tasks} runs) and case search ({@link CaseQueries#search},
 * {@code GET /api/v1/cases}), scope rules included, with {@code open} open and {@code closed} closed cases loaded by
 * {@link BulkLoader}; then a few clones are worked to their end through the services, to show the state is real.
 */
final class InboxBench {

    /** Open templates: how many of the 8 tasks are done (at initialReview, clarification, plenary, examination, PPK). */
    private static final int[] OPEN_STAGES = {0, 1, 3, 4, 6};
    /** Persons named by a case and the share of cases (percent) naming so many: most cases one person, some many. */
    private static final int[][] MIX = {{1, 80}, {2, 15}, {5, 5}};
    private static final String[] STAGE_TASKS = {FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION,
            FlowNodes.PLENARY_DECISION, FlowNodes.EXAMINATION, FlowNodes.FOLLOW_UP_CONFIRMATION};

    private final ConfigurableApplicationContext ctx;
    private final JdbcClient owner;
    private final int open;
    private final int closed;

    private final boolean loaded;

    InboxBench(ConfigurableApplicationContext ctx, DataSource ownerDataSource, int open, int closed, boolean loaded) {
        this.ctx = ctx;
        this.loaded = loaded;
        this.owner = JdbcClient.create(ownerDataSource);
        this.open = open;
        this.closed = closed;
    }

    /**
     * A measured query; {@code statements}, when known, what it runs, so that {@code -Dbench.explain=true} can print their
     * plans ({@code EXPLAIN (ANALYZE, BUFFERS)}) after the figures.
     */
    private record Query(String name, NetraUser user, IntSupplier run, java.util.function.Supplier<List<id.netra.platform.SqlStatement>> statements) {
        Query(String name, NetraUser user, IntSupplier run) {
            this(name, user, run, List::of);
        }
    }

    void run(Report report) {
        NetraPath path = new NetraPath(ctx);
        report.heading("(b) Inbox and case search with " + open + " open and " + closed + " closed cases");
        if (loaded) {
            report.text("Reusing a loaded database: " + owner.sql("SELECT count(*) FROM act_ru_task").query(Long.class).single()
                    + " open tasks, " + owner.sql("SELECT count(*) FROM case_file").query(Long.class).single() + " cases.");
        } else {
            load(report, path);
        }
        // The state is real: one clone of each open template worked to its end through the services, by the officers of
        // the office and agency it was moved to.
        int worked = 0;
        try {
            for (int t = 0; t < OPEN_STAGES.length; t++) {
                var clone = owner.sql("SELECT c.id, c.office_code FROM case_file c JOIN act_ru_execution e "
                                + "ON e.business_key_ = c.id::text AND e.id_ = e.proc_inst_id_ JOIN act_ru_task k ON k.proc_inst_id_ = e.id_ "
                                + "WHERE c.tracking_number LIKE 'B%' AND k.task_def_key_ = :key AND k.assignee_ IS NULL "
                                + "ORDER BY c.created_at DESC LIMIT 1")
                        .param("key", STAGE_TASKS[t]).query().singleRow();
                UUID cloneId = (UUID) clone.get("id");
                path.advance(cloneId, (String) clone.get("office_code"), OPEN_STAGES[t], CaseWorkload.TASKS_PER_CASE, 1000 + t);
                String status = owner.sql("SELECT status FROM case_file WHERE id = :id").param("id", cloneId).query(String.class).single();
                if (!status.equals("CLOSED_SANCTIONED")) {
                    throw new IllegalStateException("clone " + cloneId + " ended in " + status);
                }
                worked++;
            }
            report.text(worked + " loaded clones (one per open stage) were then worked through the services to CLOSED_SANCTIONED "
                    + "by officers of the offices and agencies they were moved to.");
        } catch (RuntimeException e) {
            // Said in the report, and the measurements still run: a clone that cannot be worked is a loader's fault to mend.
            report.text("**Working the loaded clones failed** after " + worked + " of " + OPEN_STAGES.length + " (stage "
                    + worked + "): " + e + ". The clones' state is not proven real by this run.");
        }

        TaskInbox inbox = ctx.getBean(TaskInbox.class);
        CaseQueries search = ctx.getBean(CaseQueries.class);
        // Every demo account that works cases (the administrator works none), and a ministry's PPK: the second and later
        // persons of the loaded cases work for ministries, so one ministry's officers see a fifth of the country's cases.
        List<NetraUser> users = new ArrayList<>(id.netra.access.DemoAccounts.ACCOUNTS.stream()
                .filter(u -> u.role() != Role.ADMIN).toList());
        NetraUser ministry = new NetraUser("ppk.kemenag", "PPK", Role.PPK, null, NetraPath.NATIONAL_AGENCIES.get(0));
        users.add(ministry);
        NetraUser serang = byName(users, "bawaslu.serang");
        NetraUser ri = byName(users, "bawaslu.ri");
        NetraUser examiner = byName(users, "examiner");
        NetraUser ppk = byName(users, "ppk.serang");
        String someRegister = owner.sql("SELECT register_number FROM case_file WHERE office_code = '36.04' "
                + "AND register_number IS NOT NULL ORDER BY created_at LIMIT 1").query(String.class).single();
        List<Query> queries = new ArrayList<>();
        for (NetraUser u : users) {
            queries.add(new Query("inbox", u, () -> inbox.tasks(u).size(),
                    () -> inbox.statement(u, id.netra.workflow.InboxQuery.DEFAULT).stream().toList()));
        }
        // The inbox page's length (50 rows and one to tell a next page), for the queues longer than a page.
        id.netra.workflow.InboxQuery pageOfFifty = new id.netra.workflow.InboxQuery(null, null, null, null, null, null, 0, 51);
        for (NetraUser u : List.of(examiner, byName(users, "examiner.approver"), ministry)) {
            queries.add(new Query("inbox, 50 rows", u, () -> inbox.tasks(u, pageOfFifty).size(),
                    () -> inbox.statement(u, pageOfFifty).stream().toList()));
        }
        // The page the inbox page's 20th page of the oldest first asks (rows 951 to 1,001).
        id.netra.workflow.InboxQuery oldestTwentieth = new id.netra.workflow.InboxQuery(null, null, null, null, null,
                id.netra.workflow.InboxQuery.Sort.OLDEST, 950, 51);
        queries.add(new Query("inbox, 50 rows, page 20 oldest first", examiner, () -> inbox.tasks(examiner, oldestTwentieth).size(),
                () -> inbox.statement(examiner, oldestTwentieth).stream().toList()));
        for (NetraUser u : users) {
            queries.add(new Query("search, first page", u, () -> search.search(u, null, null, null, 0, 20).items().size(),
                    () -> searched(search, u, null)));
        }
        queries.add(new Query("search, status REGISTERED", ri, () -> search.search(ri, "REGISTERED", null, null, 0, 20).items().size()));
        queries.add(new Query("search, office 36.04", ri, () -> search.search(ri, null, "36.04", null, 0, 20).items().size()));
        for (NetraUser u : List.of(serang, ri, ppk, ministry)) {
            queries.add(new Query("search, q = a name", u, () -> search.search(u, null, null, "Budi", 0, 20).items().size(),
                    () -> searched(search, u, "Budi")));
        }
        queries.add(new Query("search, q = a register number", ri,
                () -> search.search(ri, null, null, someRegister, 0, 20).items().size()));
        queries.add(new Query("search, page 50", examiner, () -> search.search(examiner, null, null, null, 50, 20).items().size()));
        // The case detail (what GET /api/v1/cases/{id} reads, without its audit row) of a case naming five persons, at the
        // PPK's stage, as its office, the examining agency, the PPK of its first person and a ministry's PPK read it.
        UUID fivePersons = owner.sql("""
                SELECT c.id FROM case_file c WHERE c.office_code = '36.04' AND c.status = 'RECOMMENDATION_ISSUED'
                AND (SELECT count(*) FROM case_person p WHERE p.case_id = c.id) = 5 ORDER BY c.created_at DESC LIMIT 1""")
                .query(UUID.class).optional().orElse(null);
        if (fivePersons != null) {
            for (NetraUser u : List.of(serang, examiner, ppk, ministry)) {
                queries.add(new Query("case detail, five persons", u, () -> search.detail(u, fivePersons).size()));
            }
        } else {
            report.text("No case naming five persons awaits its PPK in 36.04: the case detail is not measured.");
        }

        // The pages as officers get them: rendered by the server, over HTTP on this machine, signed in with the form.
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
        UUID examinedCase = owner.sql("""
                SELECT c.id FROM case_file c JOIN act_ru_execution e ON e.business_key_ = c.id::text AND e.id_ = e.proc_inst_id_
                JOIN act_ru_task k ON k.proc_inst_id_ = e.id_ WHERE k.task_def_key_ = :key ORDER BY k.create_time_ DESC LIMIT 1""")
                .param("key", FlowNodes.EXAMINATION).query(UUID.class).single();
        UUID officeCase = owner.sql("SELECT id FROM case_file WHERE office_code = '36.04' AND status = 'UNDER_ASSESSMENT' "
                + "ORDER BY created_at DESC LIMIT 1").query(UUID.class).optional()
                .orElseGet(() -> owner.sql("SELECT id FROM case_file WHERE office_code = '36.04' ORDER BY created_at DESC LIMIT 1")
                        .query(UUID.class).single());
        id.netra.support.Pages examinerPages = id.netra.support.Pages.signedIn(port, "examiner");
        id.netra.support.Pages officePages = id.netra.support.Pages.signedIn(port, "bawaslu.serang");
        queries.add(new Query("inbox page", examiner, () -> page(examinerPages, "/kotak-masuk")));
        queries.add(new Query("inbox page, overdue examinations", examiner,
                () -> page(examinerPages, "/kotak-masuk?task=examination&due=OVERDUE")));
        queries.add(new Query("inbox page, page 20 oldest first", examiner, () -> page(examinerPages, "/kotak-masuk?sort=OLDEST&page=20")));
        queries.add(new Query("inbox page", serang, () -> page(officePages, "/kotak-masuk")));
        queries.add(new Query("case page", examiner, () -> page(examinerPages, "/perkara/" + examinedCase)));
        queries.add(new Query("case page", serang, () -> page(officePages, "/perkara/" + officeCase)));

        // -Dbench.only: a regular expression over "query name / user" choosing the queries measured (all by default).
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("bench.only", ".*"));
        queries.removeIf(q -> !only.matcher(q.name() + " / " + q.user().username()).find());
        report.text("");
        report.text("Each query run 30 times to warm up, then up to 200 times one after another (at least 20, at most "
                + "20 s); latency in the service (no HTTP), the scope condition of the user included. The pages (\"page\") "
                + "are measured over HTTP on this machine, signed in with the form (session read from PostgreSQL, the page "
                + "rendered by Thymeleaf, a case page's read audited); their \"rows\" column is the page's length in characters.");
        report.table("query", "user", "rows", "runs", "p50 ms", "p95 ms", "p99 ms");
        for (Query q : queries) {
            Latencies lat = new Latencies();
            int rowsOut = 0;
            long deadline = System.nanoTime() + 20_000_000_000L;
            for (int i = 0; i < 230 && (i < 50 || System.nanoTime() < deadline); i++) {
                long s = System.nanoTime();
                rowsOut = q.run().getAsInt();
                if (i >= 30) {
                    lat.add(System.nanoTime() - s);
                }
            }
            report.row(q.name(), q.user().username(), rowsOut, lat.count(), lat.percentileMillis(50), lat.percentileMillis(95),
                    lat.percentileMillis(99));
        }
        if (Boolean.getBoolean("bench.explain")) {
            explain(report, queries);
        }
    }

    /** Each query's statements and their plans as they run now, warm (after the measurement). */
    private void explain(Report report, List<Query> queries) {
        report.heading("Plans (EXPLAIN (ANALYZE, BUFFERS))");
        for (Query q : queries) {
            for (id.netra.platform.SqlStatement statement : q.statements().get()) {
                // Inside a transaction, with the setting the service uses: planned for these values.
                String plan = new org.springframework.transaction.support.TransactionTemplate(
                        ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class)).execute(tx -> {
                    JdbcClient app = ctx.getBean(JdbcClient.class);
                    // The settings the inbox and the search run with (TaskInbox.tasks, CaseQueries.search).
                    app.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
                    // An officer's inbox runs so (and on a kept, generic plan: this one is made for the values).
                    if (q.name().startsWith("inbox") && q.user().role() != Role.PPK) {
                        app.sql("SELECT set_config('max_parallel_workers_per_gather', '0', true), "
                                + "set_config('random_page_cost', '1.1', true)").query().listOfRows();
                    }
                    return String.join("\n", app.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql()).params(statement.params())
                            .query(String.class).list());
                });
                report.text("### " + q.name() + " / " + q.user().username());
                report.text("```\n" + statement.sql() + "\n" + statement.params() + "\n\n" + plan + "\n```");
            }
        }
    }

    private static List<id.netra.platform.SqlStatement> searched(CaseQueries search, NetraUser u, String q) {
        CaseQueries.SearchStatements s = search.searchStatements(u, CaseQueries.Criteria.of(null, null, q), 0, 20);
        return List.of(s.count(), s.page());
    }

    private static NetraUser byName(List<NetraUser> users, String name) {
        return users.stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
    }

    /** A page's size in characters, after checking it was served (200). */
    private static int page(id.netra.support.Pages pages, String path) {
        id.netra.support.Pages.Page p = pages.get(path);
        if (p.status() != 200) {
            throw new IllegalStateException(path + " answered " + p.status());
        }
        return p.body().length();
    }

    private void load(Report report, NetraPath path) {
        long begin = System.nanoTime();
        BulkLoader loader = new BulkLoader(owner, System.out::println);
        loader.prepare();
        // Templates: at each open stage, and closed, a case naming one person, one naming two and one naming five (the
        // second and later of ministries: several agencies, each PPK on its own track), cloned in the shares of MIX.
        List<BulkLoader.Template> templates = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int t = 0; t <= OPEN_STAGES.length; t++) {
            boolean isOpen = t < OPEN_STAGES.length;
            for (int[] mix : MIX) {
                UUID id = path.file("36.04", mix[0]);
                path.advance(id, "36.04", 0, isOpen ? OPEN_STAGES[t] : CaseWorkload.TASKS_PER_CASE, templates.size());
                templates.add(new BulkLoader.Template(id, processInstance(id), isOpen));
                counts.add((int) ((isOpen ? (long) open / OPEN_STAGES.length : closed) * mix[1] / 100));
            }
        }
        int spread = templates.size();
        // Two loaders at once (one per core), the largest jobs first.
        List<java.util.concurrent.Callable<Long>> jobs = new ArrayList<>();
        for (int t = 0; t < templates.size(); t++) {
            BulkLoader.Template template = templates.get(t);
            int shift = t;
            int count = counts.get(t);
            if (!template.open() && count > 1) {
                int half = count / 2;
                jobs.add(0, () -> loader.clone(template, 1, half, spread, shift));
                jobs.add(0, () -> loader.clone(template, half + 1, count - half, spread, shift));
            } else if (count > 0) {
                jobs.add(() -> loader.clone(template, 1, count, spread, shift));
            }
        }
        long rows = 0;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (var f : pool.invokeAll(jobs)) {
                rows += f.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("bulk load failed", e);
        } finally {
            pool.shutdown();
        }
        // The clones' tasks were written past the engine: their rows of what the inbox reads, as at a start (V32).
        ctx.getBean(id.netra.workflow.TaskSubjects.class).reconcile();
        loader.vacuumAnalyze();
        double loadSeconds = (System.nanoTime() - begin) / 1e9;
        report.text("Loaded " + rows + " rows in " + Report.format(loadSeconds) + " s (" + Report.format(rows / loadSeconds)
                + " rows/s); database size " + owner.sql("SELECT pg_size_pretty(pg_database_size('postgres'))")
                .query(String.class).single() + "; open tasks " + owner.sql("SELECT count(*) FROM act_ru_task")
                .query(Long.class).single() + ", cases " + owner.sql("SELECT count(*) FROM case_file").query(Long.class).single() + ".");

    }

    private String processInstance(UUID caseId) {
        return owner.sql("SELECT proc_inst_id_ FROM act_hi_procinst WHERE business_key_ = :k").param("k", caseId.toString())
                .query(String.class).single();
    }
}
