package id.netra.bench;

import id.netra.workflow.FlowNodes;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: the same BPMN on a bare Camunda engine (no Netra layer) in its own database on the same PostgreSQL
 * server, with the same history level and pool size; delegates do nothing and deadlines are fixed. Tasks are claimed
 * and completed with the routing variables the Netra forms would set.
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

    private final HikariDataSource pool;
    private final ProcessEngine engine;

    BareEngine(String jdbcUrl, String user, int poolSize) throws IOException {
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
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setJobExecutorActivate(true);
        cfg.setBeans(beans);
        cfg.setMetricsEnabled(false);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare")
                .addString("asn-neutrality-case.bpmn", model).enableDuplicateFiltering(true).deploy();
    }

    @Override
    public String name() {
        return "bare Camunda engine (same BPMN)";
    }

    @Override
    public int runCase(int sequence) {
        String region = NetraPath.REGIONS.get(sequence % NetraPath.REGIONS.size());
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> start = new HashMap<>();
        start.put("caseId", caseId);
        start.put("source", "REPORT");
        start.put("electionType", "PILKADA");
        start.put("office", region);
        start.put("agency", "PEMDA-" + region);
        engine.getRuntimeService().startProcessInstanceByKey(FlowNodes.PROCESS_KEY, caseId, start);
        complete(caseId, FlowNodes.INITIAL_REVIEW, "bench.officer", Map.of("reviewOutcome", "REGISTER"));
        complete(caseId, FlowNodes.CLARIFICATION, "bench.officer", Map.of());
        complete(caseId, FlowNodes.ASSESSMENT, "bench.officer", Map.of("conclusion", "NEUTRALITY_VIOLATION"));
        complete(caseId, FlowNodes.PLENARY_DECISION, "bench.commissioner", Map.of("plenaryApproved", true));
        complete(caseId, FlowNodes.EXAMINATION, "bench.examiner", Map.of("examinationOutcome", "PROVEN"));
        complete(caseId, FlowNodes.RECOMMENDATION_APPROVAL, "bench.approver", Map.of("recommendationApproved", true));
        complete(caseId, FlowNodes.FOLLOW_UP_CONFIRMATION, "bench.ppk", Map.of("followUpReported", true));
        complete(caseId, FlowNodes.FOLLOW_UP_VERIFICATION, "bench.examiner", Map.of("followUpAccepted", true, "followUpReported", true));
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .finished().count() != 1) {
            throw new IllegalStateException("bare case " + caseId + " did not end");
        }
        return TASKS_PER_CASE;
    }

    private void complete(String caseId, String key, String user, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(key)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("bare case " + caseId + " has no open task " + key);
        }
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), variables);
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
