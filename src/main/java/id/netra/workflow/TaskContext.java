package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;

/** What a form component is given when its task is completed. */
public record TaskContext(String taskId, String taskKey, CaseFile caseFile, NetraUser user) {
}
