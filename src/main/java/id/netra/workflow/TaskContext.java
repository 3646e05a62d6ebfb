package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;

import java.util.UUID;

/**
 * What a form component is given when its task is completed. {@code personId} is the person whose track the task
 * belongs to (null for a task on the whole case).
 */
public record TaskContext(String taskId, String taskKey, CaseFile caseFile, UUID personId, NetraUser user) {
}
