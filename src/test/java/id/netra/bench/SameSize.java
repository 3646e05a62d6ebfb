package id.netra.bench;

import id.netra.workflow.FlowNodes;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Keeps (a)'s two databases the same size: the bare engine's holds as many instances of the case process as Netra's,
 * in the same states (waiting at the same task of the path, or ended). At first the bare engine's is brought to
 * Netra's shape (a database loaded by (b) included: cloned in SQL by {@link BulkLoader}, engine rows only); before each
 * measured run the system that ran fewer cases runs the difference, unmeasured, so that both start it equal.
 */
final class SameSize {

    static final String ENDED = "ended";

    /** Up to this many ended cases missing are run for real; more are cloned. */
    private static final long RUN_UP_TO = 200;

    private final JdbcClient netraDb;
    private final String netraName;
    private final CaseWorkload netra;
    private final JdbcClient bareDb;
    private final String bareName;
    private final BareEngine bare;

    SameSize(JdbcClient netraDb, String netraName, CaseWorkload netra, JdbcClient bareDb, String bareName, BareEngine bare) {
        this.netraDb = netraDb;
        this.netraName = netraName;
        this.netra = netra;
        this.bareDb = bareDb;
        this.bareName = bareName;
        this.bare = bare;
    }

    /** Instances of the case process by state: the keys of their open tasks, "ended", or "waiting" (open, no task). */
    static Map<String, Long> states(JdbcClient db) {
        return db.sql("""
                SELECT CASE WHEN p.end_time_ IS NOT NULL THEN :ended ELSE coalesce(t.keys, 'waiting') END AS state, count(*) AS n
                FROM act_hi_procinst p LEFT JOIN (SELECT proc_inst_id_, string_agg(task_def_key_, ',' ORDER BY task_def_key_) AS keys
                    FROM act_ru_task GROUP BY proc_inst_id_) t ON t.proc_inst_id_ = p.proc_inst_id_
                WHERE p.proc_def_key_ = :key GROUP BY 1""")
                .param("ended", ENDED).param("key", FlowNodes.PROCESS_KEY)
                .query((rs, i) -> Map.entry(rs.getString("state"), rs.getLong("n"))).list().stream()
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    static long cases(JdbcClient db) {
        return db.sql("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = :key").param("key", FlowNodes.PROCESS_KEY)
                .query(Long.class).single();
    }

    /**
     * The engine's index for its sub-task lookup, which Netra adds to its engine's tables (EngineIndexes), added to the
     * bare engine's too: the engine needs it at scale whoever calls it. Netra's indexes for its inbox are not: they
     * serve Netra's queries (and cost Netra their upkeep). Returns what was done, for the report.
     */
    String subTaskIndex() {
        return netraDb.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_task_parent_idx'").query(String.class)
                .optional().map(def -> {
                    bareDb.sql(def.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")).update();
                    return "the engine's sub-task index Netra adds (" + def + ") added to the bare engine's tables too";
                }).orElse("Netra's database has no sub-task index (EngineIndexes), nor has the bare engine's");
    }

    /**
     * Brings the bare engine's database to the states of Netra's: for each state of the path Netra has more of, one
     * bare case is run to it and cloned; a few ended cases are run. Returns what could not be matched (empty if all).
     */
    List<String> matchStates(AtomicInteger sequence, Consumer<String> progress) throws InterruptedException {
        Map<String, Long> have = states(bareDb);
        List<String> unmatched = new ArrayList<>();
        BulkLoader loader = null;
        for (Map.Entry<String, Long> state : states(netraDb).entrySet()) {
            long missing = state.getValue() - have.getOrDefault(state.getKey(), 0L);
            int stage = state.getKey().equals(ENDED) ? CaseWorkload.TASKS_PER_CASE : CaseWorkload.PATH.indexOf(state.getKey());
            if (missing <= 0) {
                continue;
            }
            if (stage < 0) {
                unmatched.add(missing + " " + state.getKey());
                continue;
            }
            if (stage == CaseWorkload.TASKS_PER_CASE && missing <= RUN_UP_TO) {
                runCases(2, missing, sequence, bare);
                continue;
            }
            if (loader == null) {
                loader = BulkLoader.engineOnly(bareDb, progress);
                loader.prepare(BulkLoader.regions(netraDb));
            }
            int seq = sequence.incrementAndGet();
            String caseId = bare.file(seq);
            bare.advance(caseId, seq, 0, stage);
            String instance = bareDb.sql("SELECT proc_inst_id_ FROM act_hi_procinst WHERE business_key_ = :k").param("k", caseId)
                    .query(String.class).single();
            progress.accept("  bare engine: " + (missing - 1) + " clones of a case at " + state.getKey());
            loader.clone(new BulkLoader.Template(UUID.fromString(caseId), instance, stage < CaseWorkload.TASKS_PER_CASE),
                    1, (int) (missing - 1), 1, stage);
        }
        if (loader != null) {
            loader.analyze();
        }
        return unmatched;
    }

    /**
     * Runs the difference on the system that has run fewer cases (unmeasured, on {@code workers} threads), so that both
     * databases hold the same number of cases; returns that number.
     */
    long equalize(int workers, AtomicInteger sequence) throws InterruptedException {
        long n = cases(netraDb);
        long b = cases(bareDb);
        if (n > b) {
            runCases(workers, n - b, sequence, bare);
        } else if (b > n) {
            runCases(workers, b - n, sequence, netra);
        }
        long after = cases(netraDb);
        if (after != cases(bareDb)) {
            throw new IllegalStateException("the databases differ after topping up: Netra " + after + ", bare " + cases(bareDb));
        }
        return after;
    }

    /** Both databases as they are: cases by state (Netra / bare) and size on disk. */
    String describe() {
        Map<String, Long> n = states(netraDb);
        Map<String, Long> b = states(bareDb);
        List<String> parts = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(n.keySet());
        all.addAll(b.keySet());
        for (String state : all) {
            long nc = n.getOrDefault(state, 0L);
            long bc = b.getOrDefault(state, 0L);
            parts.add((state.equals(ENDED) ? "ended" : "at " + state) + " " + (nc == bc ? String.valueOf(nc) : nc + " / " + bc));
        }
        return "cases of the case process (Netra / bare where they differ): "
                + (parts.isEmpty() ? "none" : String.join(", ", parts)) + "; database size " + size(netraName)
                + " (Netra's, its case tables included) and " + size(bareName) + " (the bare engine's)";
    }

    private String size(String database) {
        return netraDb.sql("SELECT pg_size_pretty(pg_database_size(:d))").param("d", database).query(String.class).single();
    }

    /** Exactly {@code count} cases on {@code workers} threads. */
    static void runCases(int workers, long count, AtomicInteger sequence, CaseWorkload work) throws InterruptedException {
        AtomicLong left = new AtomicLong(count);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        work.runCase(sequence.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a case failed while topping up", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
