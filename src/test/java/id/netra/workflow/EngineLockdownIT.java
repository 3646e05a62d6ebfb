package id.netra.workflow;

import id.netra.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §7: the engine refuses scripts, unlisted beans, Java serialization and query expressions; authorization is on. */
class EngineLockdownIT extends IntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;

    private Deployment deploy(String name, BpmnModelInstance model) {
        return repository.createDeployment().name(name).addModelInstance(name + ".bpmn", model).deploy();
    }

    @Test
    void aModelWithAScriptIsRefusedAtDeployment() {
        BpmnModelInstance script = Bpmn.createExecutableProcess("withScript").camundaHistoryTimeToLive(1).startEvent()
                .scriptTask().scriptFormat("javascript").scriptText("java.lang.System.exit(1)").endEvent().done();
        assertThatThrownBy(() -> deploy("withScript", script)).hasMessageContaining("skrip");
        String scriptListener = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="test">
                  <process id="withScriptListener" isExecutable="true" camunda:historyTimeToLive="1">
                    <extensionElements>
                      <camunda:executionListener event="start">
                        <camunda:script scriptFormat="groovy">System.exit(1)</camunda:script>
                      </camunda:executionListener>
                    </extensionElements>
                    <startEvent id="s"/>
                    <sequenceFlow id="f" sourceRef="s" targetRef="e"/>
                    <endEvent id="e"/>
                  </process>
                </definitions>
                """.strip();
        assertThatThrownBy(() -> repository.createDeployment().addString("withScriptListener.bpmn", scriptListener).deploy())
                .hasMessageContaining("skrip");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("withScript").count()).isZero();
    }

    @Test
    void expressionsReachOnlyWhitelistedBeans() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("reachesForBeans").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask().camundaExpression("${userRepository.find('admin')}").endEvent().done();
        Deployment d = deploy("reachesForBeans", model);
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("reachesForBeans"))
                    .hasMessageContaining("userRepository");
        } finally {
            repository.deleteDeployment(d.getId(), true);
        }
        assertThat(config().getBeans()).containsKey("caseDeadlines").containsKey("registerCaseDelegate")
                .doesNotContainKey("userRepository").doesNotContainKey("dataSource");
    }

    @Test
    void javaSerializationOfVariablesIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("holdsVariables").camundaHistoryTimeToLive(1).startEvent()
                .userTask("wait").endEvent().done();
        Deployment d = deploy("holdsVariables", model);
        try {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey("holdsVariables");
            String serialized = java.util.Base64.getEncoder().encodeToString(javaSerialized(new ArrayList<>(java.util.List.of("x"))));
            assertThatThrownBy(() -> runtimeService.setVariable(pi.getId(), "payload",
                    Variables.serializedObjectValue(serialized).serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                            .objectTypeName(ArrayList.class.getName()).create()))
                    .hasMessageContaining("Java serialization");
        } finally {
            repository.deleteDeployment(d.getId(), true);
        }
    }

    @Test
    void authorizationIsOnAndAnEngineUserWithoutGrantsSeesNothing() {
        ProcessEngineConfigurationImpl config = config();
        assertThat(config.isAuthorizationEnabled()).isTrue();
        assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(config.getQueryMaxResultsLimit()).isEqualTo(2000);
        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
        var filed = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String key = filed.caseId().toString();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
        // An engine user sees a task only through a grant: the engine grants a task's candidate group, nobody else.
        identity.setAuthentication("bawaslu.serang", java.util.List.of("bawaslu-officer:36.04"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
        } finally {
            identity.clearAuthentication();
        }
        identity.setAuthentication("bawaslu.pandeglang", java.util.List.of("bawaslu-officer:36.01"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
            assertThatThrownBy(() -> taskService.createTaskQuery().taskCandidateGroupExpression("${currentUserGroups()}").count())
                    .hasMessageContaining("xpression");
            // queryMaxResultsLimit: an engine user may not ask for an unbounded list.
            assertThatThrownBy(() -> taskService.createTaskQuery().list()).hasMessageContaining("unbound number of results");
        } finally {
            identity.clearAuthentication();
        }
    }

    private static byte[] javaSerialized(java.io.Serializable value) {
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessEngineConfigurationImpl config() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
