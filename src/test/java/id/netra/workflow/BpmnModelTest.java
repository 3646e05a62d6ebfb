package id.netra.workflow;

import id.netra.support.IntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    void everyModelIsCompleteAndEveryReferenceResolves() throws java.io.IOException {
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
        // Every expression of the model (previous release's included) calls workflow's beans or a step's delegate.
        for (String path : List.of("bpmn/asn-neutrality-case.bpmn", "src/test/resources/previous-release/asn-neutrality-case.bpmn",
                "src/test/resources/previous-release/v2/asn-neutrality-case.bpmn")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{!?([A-Za-z]+)[.}(]")
                    .matcher(java.nio.file.Files.readString(java.nio.file.Path.of(path)));
            while (m.find()) {
                String name = m.group(1);
                if (!context.containsBean(name)) {
                    continue; // a process variable
                }
                assertThat(context.getType(name).getPackageName()).as(path + ": ${" + name + "...}")
                        .matches("id\\.netra\\.workflow|id\\.netra\\.(bawaslu|examination|followup|intake)\\.process");
            }
        }
        assertThat(context.containsBean("caseTracks")).isTrue();
    }

    @Test
    void theCatalogueNamesExactlyTheModelsElements() throws IllegalAccessException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/asn-neutrality-case.bpmn"));
        Set<String> modelNodes = new TreeSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> modelNodes.add(n.getId()));
        Set<String> catalogueNodes = new TreeSet<>();
        for (Field f : FlowNodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("PROCESS_KEY")
                    && !f.getName().startsWith("MESSAGE_") && !f.getName().startsWith("SIGNAL_") && !f.getName().startsWith("LANE_")) {
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

        Set<String> signals = new TreeSet<>();
        model.getModelElementsByType(Signal.class).forEach(s -> signals.add(s.getName()));
        assertThat(new TreeSet<>(FlowNodes.SIGNALS)).isEqualTo(signals);

        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly(FlowNodes.PROCESS_KEY);

        Set<String> lanes = new TreeSet<>();
        model.getModelElementsByType(Lane.class).forEach(l -> lanes.add(l.getId()));
        assertThat(lanes).isEqualTo(new TreeSet<>(FlowNodes.LANES));
        assertThat(modelNodes).containsAll(FlowNodes.PRE_FORWARDING_WAIT_STATES).containsAll(FlowNodes.TRACK_TASK_KEYS);
    }

    @Test
    void eachForwardedPersonHasTheirOwnTrack() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/asn-neutrality-case.bpmn"));
        SubProcess track = model.getModelElementById(FlowNodes.SUB_PROCESS_PERSON_TRACK);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) track.getLoopCharacteristics();
        assertThat(loop).as("the track is multi-instance").isNotNull();
        assertThat(loop.isSequential()).as("tracks run in parallel").isFalse();
        assertThat(loop.getCamundaCollection()).isEqualTo("${caseTracks.forwarded(caseId)}");
        assertThat(loop.getCamundaElementVariable()).isEqualTo("personId");
        assertThat(loop.getLoopCardinality()).isNull();
        assertThat(loop.getCompletionCondition()).as("every track runs to its end").isNull();

        // The routing values a track reads are declared on each track instance, so parallel tracks do not share them.
        Map<String, String> inputs = new HashMap<>();
        CamundaInputOutput io = track.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).singleResult();
        io.getCamundaInputParameters().forEach(p -> inputs.put(p.getCamundaName(), p.getTextContent().trim()));
        assertThat(inputs).containsOnlyKeys(ProcessVariables.EXAMINATION_OUTCOME.name(), ProcessVariables.RECOMMENDATION_APPROVED.name(),
                ProcessVariables.FOLLOW_UP_REPORTED.name(), ProcessVariables.FOLLOW_UP_ACCEPTED.name(),
                ProcessVariables.FOLLOW_UP_REFUSED.name(), ProcessVariables.FOLLOW_UP_OBJECTED.name(),
                ProcessVariables.OBJECTION_UPHELD.name());
        assertThat(inputs.values()).containsOnly("${null}");
        assertThat(io.getCamundaOutputParameters()).as("nothing of a track leaks into the case").isEmpty();

        // Exactly the track's user tasks lie inside it, each tagging its task with the person.
        Set<String> inside = new TreeSet<>();
        track.getChildElementsByType(UserTask.class).forEach(t -> inside.add(t.getId()));
        for (SubProcess nested : track.getModelInstance().getModelElementsByType(SubProcess.class)) {
            if (isInside(nested, track)) {
                nested.getChildElementsByType(UserTask.class).forEach(t -> inside.add(t.getId()));
            }
        }
        assertThat(inside).isEqualTo(new TreeSet<>(FlowNodes.TRACK_TASK_KEYS));
        for (String key : FlowNodes.TRACK_TASK_KEYS) {
            UserTask task = model.getModelElementById(key);
            List<String> listeners = task.getExtensionElements() == null ? List.of()
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                    .map(l -> l.getCamundaEvent() + " " + l.getCamundaExpression()).toList();
            assertThat(listeners).as("listeners of " + key).containsExactly("create ${caseTracks.tag(task)}");
            String due = task.getCamundaDueDate();
            if (due != null) {
                assertThat(due).as("due date of " + key).startsWith("${caseTracks.due(personId, ");
            }
        }
        assertThat(((UserTask) model.getModelElementById(FlowNodes.FOLLOW_UP_CONFIRMATION)).getCamundaCandidateGroups())
                .isEqualTo("ppk:${caseTracks.agency(personId)}");
        // A signal is broadcast to every instance: the one a track throws and catches names the track's person.
        for (Signal signal : model.getModelElementsByType(Signal.class)) {
            assertThat(signal.getName()).as("signal " + signal.getId()).contains("${personId}");
        }
        // Inside a track every timer is the person's, not the case's.
        for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
            if (isInside(date, track)) {
                assertThat(date.getTextContent()).startsWith("${caseTracks.timer(personId, ");
            }
        }

        // The track starts at its own start event; after all tracks the case ends.
        assertThat(track.getOutgoing()).singleElement().extracting(f -> f.getTarget().getId()).isEqualTo(FlowNodes.END_EVENT_TRACKS_ENDED);
        assertThat(track.getIncoming()).singleElement().extracting(f -> f.getSource().getId())
                .isEqualTo(FlowNodes.SERVICE_TASK_FORWARD_TO_EXAMINER);
        assertThat(((FlowNode) model.getModelElementById(FlowNodes.START_EVENT_PERSON_TRACK)).getParentElement()).isSameAs(track);
        for (String end : List.of(FlowNodes.END_EVENT_NOT_PROVEN, FlowNodes.END_EVENT_SANCTIONED)) {
            assertThat(((FlowNode) model.getModelElementById(end)).getParentElement()).as(end + " ends one track").isSameAs(track);
        }
    }

    @Test
    void everyFlowNodeLiesInTheLaneOfTheAgencyThatActs() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/asn-neutrality-case.bpmn"));
        Map<String, List<String>> lanesOf = new HashMap<>();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            lane.getFlowNodeRefs().forEach(n -> lanesOf.computeIfAbsent(n.getId(), x -> new ArrayList<>()).add(lane.getId()));
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(lanesOf.get(node.getId())).as("lanes of " + node.getId()).hasSize(1);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String expected = task.getCamundaCandidateGroups().startsWith("bawaslu-") ? FlowNodes.LANE_BAWASLU
                    : task.getCamundaCandidateGroups().startsWith("ppk:") ? FlowNodes.LANE_PPK : FlowNodes.LANE_EXAMINING_AGENCY;
            assertThat(lanesOf.get(task.getId())).as("lane of " + task.getId()).containsExactly(expected);
        }
        assertThat(lanesOf.get(FlowNodes.START_EVENT_PPK_REMINDER)).containsExactly(FlowNodes.LANE_PPK);
        assertThat(lanesOf.get(FlowNodes.START_EVENT_PPK_DEADLINE)).containsExactly(FlowNodes.LANE_PPK);
        assertThat(lanesOf.get(FlowNodes.SERVICE_TASK_FORWARD_TO_EXAMINER)).containsExactly(FlowNodes.LANE_BAWASLU);
        assertThat(lanesOf.get(FlowNodes.BOUNDARY_REPORT_WITHDRAWN)).containsExactly(FlowNodes.LANE_BAWASLU);

        // One pool: the participant is the process; the diagram shows the pool and its lanes, and each user task's
        // shape lies within its lane's band.
        assertThat(model.getModelElementsByType(Participant.class)).singleElement()
                .extracting(p -> p.getProcess().getId()).isEqualTo(FlowNodes.PROCESS_KEY);
        Map<String, Bounds> bounds = new HashMap<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> bounds.put(s.getBpmnElement().getId(), s.getBounds()));
        assertThat(bounds).containsKeys(FlowNodes.LANES.toArray(String[]::new));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof SubProcess) {
                continue;
            }
            Bounds lane = bounds.get(lanesOf.get(node.getId()).get(0));
            Bounds shape = bounds.get(node.getId());
            assertThat(shape.getY()).as(node.getId() + " within its lane").isBetween(lane.getY(), lane.getY() + lane.getHeight() - shape.getHeight());
        }
    }

    private static boolean isInside(org.camunda.bpm.model.xml.instance.ModelElementInstance element, SubProcess scope) {
        for (var e = element.getParentElement(); e != null; e = e.getParentElement()) {
            if (e == scope) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theDeployedProcessIsTheOneInBpmn() throws java.io.IOException {
        // The deployment the application made at startup (the starter's auto-deployment, under the engine's deployment
        // name), not merely the latest version: a test that deploys the file from bpmn/ itself (ProcessUpgradeIT) must
        // not stand in for it.
        String name = context.getBean(org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration.class).getDeploymentName();
        var startup = repositoryService().createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc().list();
        assertThat(startup).as("the application's own deployment, " + name).isNotEmpty();
        var deployed = repositoryService().createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .deploymentId(startup.get(0).getId()).singleResult();
        assertThat(deployed).as("the process in the application's deployment").isNotNull();
        assertThat(deployed.getHistoryTimeToLive()).isEqualTo(3650);
        // Its deployed text, byte for byte, is the file in bpmn/: no stale copy on the classpath.
        File source = new File("bpmn", new File(deployed.getResourceName()).getName());
        assertThat(source).exists();
        try (var text = repositoryService().getResourceAsStream(deployed.getDeploymentId(), deployed.getResourceName())) {
            assertThat(text.readAllBytes()).as("deployed at startup from " + deployed.getResourceName())
                    .isEqualTo(java.nio.file.Files.readAllBytes(source.toPath()));
        }
    }

    private org.camunda.bpm.engine.RepositoryService repositoryService() {
        return context.getBean(org.camunda.bpm.engine.RepositoryService.class);
    }
}
