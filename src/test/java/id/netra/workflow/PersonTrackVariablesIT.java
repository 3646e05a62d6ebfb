package id.netra.workflow;

import id.netra.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine applies a multi-instance activity's input parameters to each inner instance: the model's track declares
 * its routing variables that way, so what one person's task sets stays in that person's track. Checked on a probe
 * process carrying the track's own input parameters (the real track needs caseTracks to start).
 */
class PersonTrackVariablesIT extends IntegrationTest {

    private static final String PROBE = "netra-probe-person-track";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;

    private String deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true, true, true);
        }
    }

    @Test
    void eachTrackInstanceHasItsOwnRoutingVariables() {
        BpmnModelInstance real = Bpmn.readModelFromFile(new File("bpmn/asn-neutrality-case.bpmn"));
        SubProcess track = real.getModelElementById(FlowNodes.SUB_PROCESS_PERSON_TRACK);
        List<CamundaInputParameter> inputs = track.getExtensionElements().getElementsQuery()
                .filterByType(CamundaInputOutput.class).singleResult().getCamundaInputParameters().stream().toList();

        BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
                .startEvent()
                .subProcess("track")
                .embeddedSubProcess().startEvent().userTask("first").userTask("second").endEvent()
                .subProcessDone()
                .endEvent().done();
        SubProcess probeTrack = probe.getModelElementById("track");
        probeTrack.builder().multiInstance().parallel().camundaCollection("${execution.variableNames}")
                .camundaElementVariable("personId").multiInstanceDone();
        var io = probe.newInstance(CamundaInputOutput.class);
        for (CamundaInputParameter p : inputs) {
            CamundaInputParameter copy = probe.newInstance(CamundaInputParameter.class);
            copy.setCamundaName(p.getCamundaName());
            copy.setTextContent(p.getTextContent());
            io.addChildElement(copy);
        }
        // Also: is the element variable set before the input parameters are evaluated?
        CamundaInputParameter seen = probe.newInstance(CamundaInputParameter.class);
        seen.setCamundaName("personSeenByInput");
        seen.setTextContent("${personId}");
        io.addChildElement(seen);
        probeTrack.builder().addExtensionElement(io);
        deployment = repositoryService.createDeployment().addModelInstance(PROBE + ".bpmn", probe).deploy().getId();

        // The collection is the process's variable names: two "persons".
        Map<String, Object> persons = new LinkedHashMap<>();
        persons.put("person-1", "x");
        persons.put("person-2", "x");
        String pi = runtimeService.startProcessInstanceByKey(PROBE, persons).getId();
        List<Task> first = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("first").list();
        assertThat(first).hasSize(2);
        for (Task t : first) {
            // Parallel multi-instance: body (nrOfInstances) > concurrent execution (personId, loopCounter) > the
            // subprocess's scope (the input parameters) > the task's execution.
            List<String> chain = chain(t.getExecutionId());
            int person = indexHolding(chain, "personId");
            for (CamundaInputParameter p : inputs) {
                int declared = indexHolding(chain, p.getCamundaName());
                assertThat(declared).as(p.getCamundaName() + " declared per track, below the person's execution")
                        .isGreaterThanOrEqualTo(0).isLessThan(person);
                assertThat(runtimeService.getVariable(t.getExecutionId(), p.getCamundaName())).isNull();
            }
            assertThat(runtimeService.getVariable(t.getExecutionId(), "personSeenByInput"))
                    .as("an input parameter sees the element variable").isEqualTo(runtimeService.getVariable(t.getExecutionId(), "personId"));
        }

        // One person's decision, completed the way TaskService does (variables go to the nearest scope that has them).
        Task one = first.get(0);
        Task other = first.get(1);
        String var = ProcessVariables.RECOMMENDATION_APPROVED.name();
        taskService.complete(one.getId(), Map.of(var, true, ProcessVariables.EXAMINATION_OUTCOME.name(), "PROVEN"));

        Task oneSecond = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("second").singleResult();
        assertThat(runtimeService.getVariable(oneSecond.getExecutionId(), var)).isEqualTo(true);
        assertThat(runtimeService.getVariable(other.getExecutionId(), var)).as("the other track is untouched").isNull();
        assertThat(runtimeService.getVariable(other.getExecutionId(), ProcessVariables.EXAMINATION_OUTCOME.name())).isNull();
        assertThat(runtimeService.getVariablesLocal(pi).containsKey(var)).as("nothing set on the case").isFalse();
        assertThat(runtimeService.getVariablesLocal(pi).containsKey(ProcessVariables.EXAMINATION_OUTCOME.name())).isFalse();

        // A variable no track declares goes to the process instance (shared by all tracks).
        taskService.complete(other.getId(), Map.of("undeclared", "shared"));
        assertThat(runtimeService.getVariablesLocal(pi).containsKey("undeclared")).isTrue();
        runtimeService.deleteProcessInstance(pi, "probe done");
    }

    /** The task's execution and its ancestors, innermost first. */
    private List<String> chain(String execution) {
        List<String> chain = new java.util.ArrayList<>();
        while (execution != null) {
            chain.add(execution);
            execution = ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) runtimeService.createExecutionQuery()
                    .executionId(execution).singleResult()).getParentId();
        }
        return chain;
    }

    private int indexHolding(List<String> chain, String variable) {
        for (int i = 0; i < chain.size(); i++) {
            if (runtimeService.getVariablesLocal(chain.get(i)).containsKey(variable)) {
                return i;
            }
        }
        return -1;
    }
}
