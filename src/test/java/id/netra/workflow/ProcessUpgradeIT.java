package id.netra.workflow;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases running on the previous release's model (one examination per case) move onto the latest model when they are
 * still with Bawaslu, keeping their tasks' and timers' due dates; a case already under examination stays on its version.
 */
class ProcessUpgradeIT extends IntegrationTest {

    private static final String PREVIOUS = "previous-release/asn-neutrality-case.bpmn";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessUpgrade upgrade;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        for (String id : started) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "ProcessUpgradeIT", true, true);
            }
        }
        // Whatever happened, the current model is the latest again for the tests after this one.
        ProcessDefinition latest = latest();
        if (!latest.getResourceName().equals("bpmn/asn-neutrality-case.bpmn") || isPrevious(latest)) {
            deployCurrent();
        }
    }

    @Test
    void casesBeforeTheForwardingMoveToTheLatestVersionTheOthersStay() throws IOException {
        // A real case (started on the current model) gives the deadlines the old model's expressions read.
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String caseId = f.caseId().toString();
        for (String kind : List.of("COMPLETION", "ASSESSMENT")) {
            jdbc.sql("""
                            INSERT INTO case_deadline (case_id, kind, starts_on, due_on, rule) VALUES (:id, :kind, :start, :due, 'test')
                            ON CONFLICT (case_id, kind) DO NOTHING""")
                    .param("id", f.caseId()).param("kind", kind).param("start", LocalDate.now())
                    .param("due", LocalDate.now().plusDays(kind.equals("COMPLETION") ? 7 : 14)).update();
        }

        ProcessDefinition previous;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PREVIOUS)) {
            previous = repositoryService.createDeployment().name("ProcessUpgradeIT previous release")
                    .addInputStream("asn-neutrality-case.bpmn", in).deployWithResult().getDeployedProcessDefinitions().get(0);
        }
        assertThat(latest().getId()).isEqualTo(previous.getId());

        String atInitialReview = start(previous, caseId, FlowNodes.INITIAL_REVIEW);
        String awaitingCompletion = start(previous, caseId, FlowNodes.GATEWAY_AWAIT_COMPLETION);
        String atAssessment = start(previous, caseId, FlowNodes.ASSESSMENT);
        String atPlenary = start(previous, caseId, FlowNodes.PLENARY_DECISION);
        String atExamination = start(previous, caseId, FlowNodes.EXAMINATION);
        Map<String, List<Date>> timersBefore = new HashMap<>();
        Map<String, Date> dueBefore = new HashMap<>();
        for (String pi : started) {
            timersBefore.put(pi, timers(pi));
            Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
            dueBefore.put(pi, task == null ? null : task.getDueDate());
        }
        assertThat(timersBefore.get(awaitingCompletion)).hasSize(1);
        assertThat(timersBefore.get(atAssessment)).hasSize(1);

        ProcessDefinition current = deployCurrent();
        assertThat(latest().getId()).isEqualTo(current.getId());

        ProcessUpgrade.Result result = upgrade.upgrade();
        assertThat(result.migrated()).isGreaterThanOrEqualTo(4);
        assertThat(result.left()).isGreaterThanOrEqualTo(1);

        Map<String, String> waitsAt = Map.of(atInitialReview, FlowNodes.INITIAL_REVIEW, awaitingCompletion, FlowNodes.GATEWAY_AWAIT_COMPLETION,
                atAssessment, FlowNodes.ASSESSMENT, atPlenary, FlowNodes.PLENARY_DECISION);
        for (var e : waitsAt.entrySet()) {
            String pi = e.getKey();
            assertThat(instance(pi).getProcessDefinitionId()).as(e.getValue() + " moved").isEqualTo(current.getId());
            assertThat(runtimeService.getActiveActivityIds(pi)).as(e.getValue()).containsExactly(e.getValue());
            assertThat(timers(pi)).as("timers of " + e.getValue() + " keep their dates").isEqualTo(timersBefore.get(pi));
            Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
            if (task != null) {
                assertThat(task.getProcessDefinitionId()).isEqualTo(current.getId());
                assertThat(task.getDueDate()).isEqualTo(dueBefore.get(pi));
            }
        }
        assertThat(managementService.createJobQuery().processInstanceId(atAssessment).timers().singleResult().getProcessDefinitionId())
                .isEqualTo(current.getId());
        // The reporter can still complete or withdraw: the message subscriptions moved along.
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(awaitingCompletion).count()).isEqualTo(2);
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(atInitialReview).count()).isEqualTo(1);

        assertThat(instance(atExamination).getProcessDefinitionId()).as("past the forwarding: stays").isEqualTo(previous.getId());
        assertThat(runtimeService.getActiveActivityIds(atExamination)).containsExactly(FlowNodes.EXAMINATION);

        // Again: nothing more to move, the examination still stays.
        ProcessUpgrade.Result again = upgrade.upgrade();
        assertThat(again.migrated()).isZero();
        assertThat(again.left()).isEqualTo(result.left());
        assertThat(instance(atExamination).getProcessDefinitionId()).isEqualTo(previous.getId());
    }

    private String start(ProcessDefinition definition, String caseId, String activity) {
        ProcessInstance pi = runtimeService.createProcessInstanceById(definition.getId())
                .businessKey(UUID.randomUUID().toString())
                .setVariable(ProcessVariables.CASE_ID.name(), caseId)
                .setVariable(ProcessVariables.OFFICE.name(), "upgrade-test")
                .setVariable(ProcessVariables.AGENCY.name(), "upgrade-test")
                .setVariable(ProcessVariables.SOURCE.name(), "REPORT")
                .startBeforeActivity(activity)
                .execute();
        started.add(pi.getId());
        assertThat(runtimeService.getActiveActivityIds(pi.getId())).contains(activity);
        return pi.getId();
    }

    private List<Date> timers(String pi) {
        return managementService.createJobQuery().processInstanceId(pi).timers().orderByJobDuedate().asc().list().stream()
                .map(Job::getDuedate).toList();
    }

    private ProcessInstance instance(String pi) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY).latestVersion().singleResult();
    }

    private boolean isPrevious(ProcessDefinition definition) {
        return repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getName() != null
                && repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getName()
                .contains("previous release");
    }

    private ProcessDefinition deployCurrent() throws IOException {
        try (InputStream in = new FileInputStream("bpmn/asn-neutrality-case.bpmn")) {
            return repositoryService.createDeployment().name("ProcessUpgradeIT current model")
                    .addInputStream("bpmn/asn-neutrality-case.bpmn", in).deployWithResult().getDeployedProcessDefinitions().get(0);
        }
    }
}
