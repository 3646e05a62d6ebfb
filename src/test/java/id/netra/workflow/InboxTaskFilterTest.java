package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's task filter offers each role exactly the tasks the model offers its groups. */
class InboxTaskFilterTest {

    @Test
    void eachRoleIsOfferedTheTasksOfItsGroupsInTheModel() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/asn-neutrality-case.bpmn"));
        for (Role role : Role.values()) {
            // Group names as the model writes them: per office or agency with an expression after the colon.
            List<String> groups = new NetraUser("u", "U", role, "36.04", "PEMDA-36.04").groups().stream()
                    .map(g -> g.contains(":") ? g.substring(0, g.indexOf(':') + 1) : g).toList();
            List<String> offered = new ArrayList<>();
            for (String key : InboxPage.TASK_KEYS) {
                UserTask task = model.getModelElementById(key);
                boolean theirs = java.util.Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim)
                        .map(g -> g.contains(":") ? g.substring(0, g.indexOf(':') + 1) : g).anyMatch(groups::contains);
                if (theirs) {
                    offered.add(key);
                }
            }
            assertThat(InboxPage.tasksOf(role)).as(role.name()).isEqualTo(offered);
        }
    }
}
