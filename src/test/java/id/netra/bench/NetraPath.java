package id.netra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.intake.IntakeService;
import id.netra.intake.ReportRequest;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.TaskActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A whole case through the services the HTTP API calls: the public report ({@link IntakeService}), then every task
 * completed with its form ({@link TaskActions}) by an officer of the right office or agency, to CLOSED_SANCTIONED.
 * Cases are spread over the offices of Banten, as reports are spread over regions.
 */
final class NetraPath implements CaseWorkload {

    static final List<String> REGIONS = List.of("36.01", "36.02", "36.03", "36.04", "36.71", "36.72", "36.73", "36.74");

    private static final NetraUser EXAMINER = new NetraUser("bench.examiner", "Pemeriksa", Role.EXAMINER, null, null);
    private static final NetraUser APPROVER = new NetraUser("bench.approver", "Penyetuju", Role.EXAMINER_APPROVER, null, null);

    private final IntakeService intake;
    private final TaskActions actions;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NetraPath(ApplicationContext ctx) {
        this.intake = ctx.getBean(IntakeService.class);
        this.actions = ctx.getBean(TaskActions.class);
        this.tasks = ctx.getBean(TaskService.class);
        this.jdbc = ctx.getBean(JdbcClient.class);
        this.json = ctx.getBean(ObjectMapper.class);
    }

    @Override
    public String name() {
        return "Netra (services + engine + case file)";
    }

    @Override
    public int runCase(int sequence) {
        String region = REGIONS.get(sequence % REGIONS.size());
        UUID id = file(region);
        advance(id, region, 0, TASKS_PER_CASE, sequence);
        String status = jdbc.sql("SELECT status FROM case_file WHERE id = :id").param("id", id).query(String.class).single();
        if (!status.equals("CLOSED_SANCTIONED")) {
            throw new IllegalStateException("case " + id + " ended in " + status);
        }
        return TASKS_PER_CASE;
    }

    /** A public report in a region; its case id. */
    UUID file(String region) {
        ReportRequest request = json.convertValue(Reports.report(region, "PEMDA-" + region), ReportRequest.class);
        String trackingNumber = intake.submitReport(request).trackingNumber();
        return jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :tn").param("tn", trackingNumber)
                .query(UUID.class).single();
    }

    /** Completes tasks {@code from} (0-based, of the 8 on the sanctioned path) up to but not including {@code to}. */
    void advance(UUID id, String region, int from, int to, int sequence) {
        String agency = "PEMDA-" + region;
        NetraUser officer = new NetraUser("bench.officer." + region, "Petugas", Role.BAWASLU_OFFICER, region, null);
        NetraUser commissioner = new NetraUser("bench.commissioner." + region, "Komisioner", Role.BAWASLU_COMMISSIONER, region, null);
        NetraUser ppk = new NetraUser("bench.ppk." + region, "PPK", Role.PPK, null, agency);
        String today = LocalDate.now().toString();
        for (int step = from; step < to; step++) {
            switch (step) {
                case 0 -> complete(id, officer, FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
                case 1 -> complete(id, officer, FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                        "name", "Budi Santoso", "heldOn", today, "summary", "Terlapor mengakui unggahan."))));
                case 2 -> complete(id, officer, FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION", "analysis", "Unsur terpenuhi.",
                        "violationTypes", List.of("SOCIAL_MEDIA")));
                case 3 -> complete(id, commissioner, FlowNodes.PLENARY_DECISION, Map.of("approved", true));
                case 4 -> complete(id, EXAMINER, FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                        "reasoning", "Terbukti melanggar netralitas."));
                case 5 -> complete(id, APPROVER, FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
                case 6 -> complete(id, ppk, FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true, "sanctionClass", "DISCIPLINE_MEDIUM",
                        "decreeNumber", "800/" + sequence + "/BKPSDM/2026", "decreeDate", today));
                case 7 -> complete(id, EXAMINER, FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
                default -> throw new IllegalArgumentException("step " + step);
            }
        }
    }

    private void complete(UUID caseId, NetraUser user, String key, Map<String, Object> form) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new IllegalStateException("case " + caseId + " has no open task " + key);
        }
        actions.complete(user, task.getId(), json.valueToTree(form));
    }
}
