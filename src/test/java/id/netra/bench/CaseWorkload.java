package id.netra.bench;

import id.netra.workflow.FlowNodes;

import java.util.List;

/** One way of carrying a case from report to its sanctioned closing; returns the task completions it took. */
interface CaseWorkload {

    /** The tasks of the sanctioned path, in order: a case with k of them done waits at the k-th. */
    List<String> PATH = List.of(FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION, FlowNodes.ASSESSMENT,
            FlowNodes.PLENARY_DECISION, FlowNodes.EXAMINATION, FlowNodes.RECOMMENDATION_APPROVAL,
            FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.FOLLOW_UP_VERIFICATION);

    int TASKS_PER_CASE = PATH.size();

    int runCase(int sequence);

    String name();
}
