package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Why a task is back on the desk: the check that rejected the work it redoes ({@code step}, the checking task's key),
 * who rejected it, when, and the rejection's notes; and the work it rejected ({@code answer}: the payload of the task's
 * last decision on its track, as the viewer reads it; null when there is none to read), which the task's page fills its
 * form with so that it is corrected rather than typed again.
 */
public record SentBack(String step, String by, Instant at, String notes, JsonNode answer) {

    static final String REJECTED = "REJECTED";

    /** The same, with the answer in another shape (an earlier release's, upgraded by the task's form). */
    SentBack withAnswer(JsonNode newAnswer) {
        return new SentBack(step, by, at, notes, newAnswer);
    }

    /**
     * The rejection that sent task {@code taskKey} back, read from the case as the viewer reads it ({@code CaseQueries.render}
     * in full): its decisions are already those the viewer may read ({@code Visibility.ofDecision}) on the persons they
     * read, and their notes scrubbed of the reporter's identity for a viewer who does not handle the case. Of the
     * decisions on the task's track ({@code personId}; null: the case's own), the last one of the task or of its
     * {@code checker} must be the checker's rejection: a first-time task has none, and work done again after the
     * rejection (or approved since) comes after it. The order is the decisions' own, not a clock: the checker decides
     * only while the task is not open, so its last decision precedes the task. {@code names} names the decider. The
     * answer sent back is the task's own last decision on the track (the one the rejection followed).
     */
    static Optional<SentBack> find(JsonNode caseDetail, String taskKey, String checker, UUID personId, UnaryOperator<String> names) {
        String track = personId == null ? null : personId.toString();
        JsonNode last = null;
        JsonNode answer = null;
        for (JsonNode d : caseDetail.path("decisions")) {
            String key = d.path("taskKey").asText();
            String person = d.path("personId").isTextual() ? d.path("personId").asText() : null;
            if ((key.equals(taskKey) || key.equals(checker)) && Objects.equals(person, track)) {
                last = d;
                if (key.equals(taskKey)) {
                    answer = d.path("payload").isObject() ? d.path("payload") : null;
                }
            }
        }
        if (last == null || !last.path("taskKey").asText().equals(checker) || !REJECTED.equals(last.path("outcome").asText())) {
            return Optional.empty();
        }
        JsonNode notes = last.path("payload").path("notes");
        JsonNode at = last.path("decidedAt");
        return Optional.of(new SentBack(checker, names.apply(last.path("decidedBy").asText()),
                at.isTextual() ? Instant.parse(at.asText()) : null, notes.isTextual() ? notes.asText() : null, answer));
    }
}
