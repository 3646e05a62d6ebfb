package id.netra.bench;

import com.zaxxer.hikari.HikariDataSource;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: the same BPMN on a bare Camunda engine (no Netra layer) in its own database on the same PostgreSQL
 * server and pool size, its settings copied from Netra's engine (history level, engine authorization, metrics, JDBC
 * batching, serialization); delegates do nothing, deadlines are fixed. Each task is found by its case and key, then
 * claimed and completed in one transaction (one engine command), with the routing variables the Netra forms set, as
 * {@code TaskActions.complete} does in Netra. Like Netra, it calls the engine without an engine user: with
 * authorization on, the engine then checks no permissions but still writes and deletes the tasks' authorizations.
 */
final class BareEngine implements CaseWorkload, AutoCloseable {

    /** What the model's {@code ${caseDeadlines...}} expressions call. */
    public static final class FixedDeadlines {
        public Date due(String caseId, String kind) {
            return Date.from(Instant.now().plus(14, ChronoUnit.DAYS));
        }

        public Date timer(String caseId, String kind) {
            return Date.from(Instant.now().plus(15, ChronoUnit.DAYS));
        }
    }

    /**
     * What the model's {@code ${caseTracks...}} expressions call: one reported person per case (as in Netra's
     * benchmark report), the region's agency as its PPK, fixed deadlines; a track's task tagged with its person as
     * Netra's {@code CaseTracks.tag} does (a task-local variable: engine work the model asks for).
     */
    public static final class FixedTracks {
        private final Map<String, String> personOfCase = new ConcurrentHashMap<>();
        private final Map<String, String> agencyOfPerson = new ConcurrentHashMap<>();

        void open(String caseId, String agency) {
            String person = UUID.randomUUID().toString();
            personOfCase.put(caseId, person);
            agencyOfPerson.put(person, agency);
        }

        void close(String caseId) {
            String person = personOfCase.remove(caseId);
            if (person != null) {
                agencyOfPerson.remove(person);
            }
        }

        public List<String> forwarded(String caseId) {
            return List.of(personOfCase.get(caseId));
        }

        public String agency(String personId) {
            return agencyOfPerson.get(personId);
        }

        public Date due(String personId, String kind) {
            return Date.from(Instant.now().plus(14, ChronoUnit.DAYS));
        }

        public Date timer(String personId, String kind) {
            return Date.from(Instant.now().plus(15, ChronoUnit.DAYS));
        }

        public void tag(DelegateTask task) {
            Object person = task.getVariable("personId");
            if (person != null) {
                task.setVariableLocal("personId", person.toString());
            }
        }
    }

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final TaskService tasks;
    private final CommandExecutor inOneTransaction;
    private final FixedTracks tracks = new FixedTracks();
    private final String settings;

    /** A bare engine configured as {@code like} (Netra's engine) is. */
    BareEngine(String jdbcUrl, String user, int poolSize, ProcessEngineConfigurationImpl like) throws IOException {
        pool = new HikariDataSource();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("bare-engine");
        String model;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/asn-neutrality-case.bpmn")) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Object, Object> beans = new HashMap<>();
        beans.put("caseDeadlines", new FixedDeadlines());
        beans.put("caseTracks", tracks);
        JavaDelegate nothing = execution -> { };
        Matcher delegates = Pattern.compile("\\$\\{(\\w+Delegate)}").matcher(model);
        while (delegates.find()) {
            beans.put(delegates.group(1), nothing);
        }
        StandaloneProcessEngineConfiguration cfg = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bare");
        cfg.setDataSource(pool);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setBeans(beans);
        // As Netra's engine is configured (application.yml, the starter's defaults, EngineLockdown).
        cfg.setHistory(like.getHistory());
        cfg.setAuthorizationEnabled(like.isAuthorizationEnabled());
        cfg.setAuthorizationEnabledForCustomCode(like.isAuthorizationEnabledForCustomCode());
        cfg.setMetricsEnabled(like.isMetricsEnabled());
        cfg.setDbMetricsReporterActivate(like.isDbMetricsReporterActivate());
        cfg.setJdbcBatchProcessing(like.isJdbcBatchProcessing());
        cfg.setJavaSerializationFormatEnabled(like.isJavaSerializationFormatEnabled());
        cfg.setDefaultSerializationFormat(like.getDefaultSerializationFormat());
        cfg.setEnforceHistoryTimeToLive(like.isEnforceHistoryTimeToLive());
        cfg.setQueryMaxResultsLimit(like.getQueryMaxResultsLimit());
        boolean jobs = like.getJobExecutor() != null && like.getJobExecutor().isActive();
        cfg.setJobExecutorActivate(jobs);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare")
                .addString("asn-neutrality-case.bpmn", model).enableDuplicateFiltering(true).deploy();
        tasks = engine.getTaskService();
        inOneTransaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        settings = "history level " + cfg.getHistory() + ", engine authorization " + onOff(cfg.isAuthorizationEnabled())
                + " (for custom code " + onOff(cfg.isAuthorizationEnabledForCustomCode()) + "), metrics "
                + onOff(cfg.isMetricsEnabled()) + " (database reporter " + onOff(cfg.isDbMetricsReporterActivate())
                + "), JDBC batching " + onOff(cfg.isJdbcBatchProcessing()) + ", job executor " + onOff(jobs);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /** The engine settings both share, as configured. */
    String settings() {
        return settings;
    }

    /** Its own database. */
    JdbcClient jdbc() {
        return JdbcClient.create(pool);
    }

    @Override
    public String name() {
        return "bare Camunda engine (same BPMN)";
    }

    @Override
    public int runCase(int sequence) {
        String caseId = file(sequence);
        advance(caseId, sequence, 0, TASKS_PER_CASE);
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .finished().count() != 1) {
            throw new IllegalStateException("bare case " + caseId + " did not end");
        }
        return TASKS_PER_CASE;
    }

    /** A case started as Netra's intake starts it, in the region of {@code sequence}; its id (the business key). */
    String file(int sequence) {
        String region = region(sequence);
        String caseId = UUID.randomUUID().toString();
        tracks.open(caseId, "PEMDA-" + region);
        Map<String, Object> start = new HashMap<>();
        start.put("caseId", caseId);
        start.put("source", "REPORT");
        start.put("electionType", "PILKADA");
        start.put("office", region);
        start.put("agency", "PEMDA-" + region);
        engine.getRuntimeService().startProcessInstanceByKey(FlowNodes.PROCESS_KEY, caseId, start);
        return caseId;
    }

    /** Completes tasks {@code from} (0-based, of the 8 on the sanctioned path) up to but not including {@code to}. */
    void advance(String caseId, int sequence, int from, int to) {
        String region = region(sequence);
        String officer = "bench.officer." + region;
        for (int step = from; step < to; step++) {
            switch (step) {
                case 0 -> complete(caseId, FlowNodes.INITIAL_REVIEW, officer, Map.of("reviewOutcome", "REGISTER"));
                case 1 -> complete(caseId, FlowNodes.CLARIFICATION, officer, Map.of());
                case 2 -> complete(caseId, FlowNodes.ASSESSMENT, officer, Map.of("conclusion", "NEUTRALITY_VIOLATION"));
                case 3 -> complete(caseId, FlowNodes.PLENARY_DECISION, "bench.commissioner." + region, Map.of("plenaryApproved", true));
                case 4 -> complete(caseId, FlowNodes.EXAMINATION, "bench.examiner", Map.of("examinationOutcome", "PROVEN"));
                case 5 -> complete(caseId, FlowNodes.RECOMMENDATION_APPROVAL, "bench.approver", Map.of("recommendationApproved", true));
                case 6 -> complete(caseId, FlowNodes.FOLLOW_UP_CONFIRMATION, "bench.ppk." + region, Map.of("followUpReported", true));
                case 7 -> complete(caseId, FlowNodes.FOLLOW_UP_VERIFICATION, "bench.examiner",
                        Map.of("followUpAccepted", true, "followUpReported", true));
                default -> throw new IllegalArgumentException("step " + step);
            }
        }
        if (to == TASKS_PER_CASE) {
            tracks.close(caseId);
        }
    }

    private static String region(int sequence) {
        return NetraPath.REGIONS.get(sequence % NetraPath.REGIONS.size());
    }

    private void complete(String caseId, String key, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new IllegalStateException("bare case " + caseId + " has no open task " + key);
        }
        // The two calls join the command's context: one transaction, one commit.
        inOneTransaction.execute(commandContext -> {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
