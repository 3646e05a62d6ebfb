package id.netra.workflow;

import id.netra.support.IntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The models in bpmn/: diagram interchange for Modeler, a history time-to-live, and every reference resolvable. */
class BpmnModelTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskForms forms;

    @Test
    void everyModelIsCompleteAndEveryReferenceResolves() {
        File[] files = new File("bpmn").listFiles((d, n) -> n.endsWith(".bpmn"));
        assertThat(files).isNotEmpty();
        for (File file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            Bpmn.validateModel(model);
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("history TTL of " + process.getId()).isNotBlank();
                assertThat(process.isExecutable()).isTrue();
            }
            assertThat(model.getModelElementsByType(ScriptTask.class)).as("no scripts").isEmpty();

            Set<String> shapes = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
            Set<String> edges = new HashSet<>();
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(((BaseElement) e.getBpmnElement()).getId()));
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as("diagram shape for " + node.getId()).contains(node.getId());
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as("diagram edge for " + flow.getId()).contains(flow.getId());
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expr = task.getCamundaDelegateExpression();
                assertThat(expr).as(task.getId() + " uses a delegate bean").matches("\\$\\{[A-Za-z]+}");
                String bean = expr.substring(2, expr.length() - 1);
                assertThat(context.containsBean(bean)).as(expr).isTrue();
                assertThat(context.getType(bean).getPackageName()).as(bean + " sits in a step's process package")
                        .matches("id\\.netra\\.(bawaslu|examination|followup|intake)\\.process");
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(forms.get(task.getId())).as("form component for " + task.getId()).isPresent();
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
            }
        }
        assertThat(context.containsBean("caseDeadlines")).isTrue();
    }

    @Test
    void theCatalogueNamesExactlyTheModelsElements() throws IllegalAccessException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/asn-neutrality-case.bpmn"));
        Set<String> modelNodes = new TreeSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> modelNodes.add(n.getId()));
        Set<String> catalogueNodes = new TreeSet<>();
        for (Field f : FlowNodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("PROCESS_KEY")
                    && !f.getName().startsWith("MESSAGE_")) {
                catalogueNodes.add((String) f.get(null));
            }
        }
        assertThat(catalogueNodes).isEqualTo(modelNodes);

        Set<String> userTasks = new TreeSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(t.getId()));
        assertThat(new TreeSet<>(FlowNodes.TASK_KEYS)).isEqualTo(userTasks);

        Set<String> messages = new TreeSet<>();
        model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
        assertThat(new TreeSet<>(FlowNodes.MESSAGES)).isEqualTo(messages);

        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly(FlowNodes.PROCESS_KEY);
    }

    @Test
    void theDeployedProcessIsTheOneInBpmn() {
        assertThat(repositoryService().createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(3650);
    }

    private org.camunda.bpm.engine.RepositoryService repositoryService() {
        return context.getBean(org.camunda.bpm.engine.RepositoryService.class);
    }
}
