package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;

import java.util.List;

/**
 * One user task's form (one Spring component per task definition key): it declares its fields, validates the
 * input, applies the decision to the case and returns the routing variables the process continues with.
 */
public interface TaskForm {

    String key();

    List<FormField> fields();

    /**
     * The fields this task offers now, on this case and person: its declared fields less those that can no longer be
     * used (an objection already spent). The page and {@code GET /tasks/{id}} show these; a completion is still read
     * against every declared field, so a field not offered is refused with its reason, not ignored.
     */
    default List<FormField> offered(CaseFile caseFile, java.util.UUID personId) {
        return fields();
    }

    /**
     * The values the task's page opens with where nothing was typed and no rejected answer comes back (a field's
     * default that is not the usual one: the recommendation's addressee after the person moved). None by default.
     */
    default java.util.Map<String, String> defaults(CaseFile caseFile, java.util.UUID personId) {
        return java.util.Map.of();
    }

    /** Refuses a user who may see the task but must not decide it (e.g. the four-eyes rule). */
    default void checkMayDecide(CaseFile caseFile, java.util.UUID personId, NetraUser user) {
    }

    /**
     * The task this form checks and, rejecting it (outcome {@code REJECTED}), sends back to be done again — a four-eyes
     * approval, a verification; null for a form that checks no other. The returned task's page says why it is back
     * ({@link SentBack}).
     */
    default String sendsBackTo() {
        return null;
    }

    /**
     * A request of an earlier release's shape in this form's fields, before it is validated: an old client may still
     * send a field the form has since replaced ({@code /api/v1} keeps accepting it). Most forms have none: the body as
     * sent.
     */
    default com.fasterxml.jackson.databind.JsonNode fromEarlierRelease(com.fasterxml.jackson.databind.JsonNode body,
                                                                       java.util.UUID personId) {
        return body;
    }

    /** Validates and applies the decision; returns the variables to complete the task with. */
    Variables complete(TaskContext context, FormInput input);
}
