package id.netra.bench;

import id.netra.support.Plenary;
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

    /** A public report in a region naming one person of the region's government; its case id. */
    UUID file(String region) {
        return file(region, 1);
    }

    /** Agencies of the second and later persons of a case: ministries, the same wherever a case is cloned to. */
    static final List<String> NATIONAL_AGENCIES = List.of("PUSAT-KEMENAG", "PUSAT-KEMENKEU", "PUSAT-KEMENDAGRI", "PUSAT-KEMENPANRB");

    /**
     * A public report in a region naming {@code persons} persons: the first of the region's government, the others of
     * the ministries in turn (several agencies, each PPK on its own track); its case id.
     */
    UUID file(String region, int persons) {
        Map<String, Object> body = Reports.report(region, "PEMDA-" + region);
        if (persons > 1) {
            List<Map<String, Object>> named = new java.util.ArrayList<>();
            for (int i = 0; i < persons; i++) {
                named.add(Map.of("name", "Terlapor " + (i + 1), "nip", "19800101200501" + (1 + i % 2) + String.format("%03d", i + 1),
                        "position", "Kepala Seksi", "positionCategory", "PENGAWAS", "employmentType", "PNS",
                        "agencyCode", i == 0 ? "PEMDA-" + region : NATIONAL_AGENCIES.get((i - 1) % NATIONAL_AGENCIES.size())));
            }
            Reports.naming(body, named);
        }
        ReportRequest request = json.convertValue(body, ReportRequest.class);
        String trackingNumber = intake.submitReport(request).trackingNumber();
        return jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :tn").param("tn", trackingNumber)
                .query(UUID.class).single();
    }

    /**
     * Completes tasks {@code from} (0-based, of the 8 on the sanctioned path) up to but not including {@code to}; a step
     * of the persons' tracks (examination on) is done on every person's track, a PPK's by the PPK of the track's agency.
     */
    void advance(UUID id, String region, int from, int to, int sequence) {
        NetraUser officer = new NetraUser("bench.officer." + region, "Petugas", Role.BAWASLU_OFFICER, region, null);
        NetraUser commissioner = new NetraUser("bench.commissioner." + region, "Komisioner", Role.BAWASLU_COMMISSIONER, region, null);
        NetraUser ppk = new NetraUser("bench.ppk." + region, "PPK", Role.PPK, null, "PEMDA-" + region);
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        for (int step = from; step < to; step++) {
            switch (step) {
                case 0 -> complete(id, officer, FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
                case 1 -> complete(id, officer, FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                        "name", "Budi Santoso", "heldOn", today, "summary", "Terlapor mengakui unggahan."))));
                case 2 -> complete(id, officer, FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION", "analysis", "Unsur terpenuhi.",
                        "violationTypes", List.of("SOCIAL_MEDIA")));
                case 3 -> complete(id, commissioner, FlowNodes.PLENARY_DECISION, Plenary.approved());
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

    /**
     * Completes every open task of this key on the case (one per track on a track's step), by {@code user}; a PPK's task
     * of a case naming several persons by the PPK of the agency it is offered to (looked up only then: the one-person
     * path of (a) runs the same calls as before).
     */
    private void complete(UUID caseId, NetraUser user, String key, Map<String, Object> form) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(key).list();
        if (open.isEmpty()) {
            throw new IllegalStateException("case " + caseId + " has no open task " + key);
        }
        for (Task task : open) {
            NetraUser by = user.role() == Role.PPK && open.size() > 1 ? ppkOf(task) : user;
            actions.complete(by, task.getId(), json.valueToTree(form));
        }
    }

    /** A PPK officer of the agency a track's task is offered to ({@code ppk:<agency>}). */
    private NetraUser ppkOf(Task task) {
        String agency = tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
                .filter(g -> g != null && g.startsWith("ppk:")).map(g -> g.substring(4)).findFirst()
                .orElseThrow(() -> new IllegalStateException("task " + task.getId() + " is offered to no PPK"));
        return new NetraUser("bench.ppk." + agency, "PPK", Role.PPK, null, agency);
    }
}
