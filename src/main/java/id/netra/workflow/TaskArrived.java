package id.netra.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task was created on a case (on a person's track: {@code personId}) for these candidate groups, published in the
 * creating transaction by {@link TaskSubjects}: the case or the track reached a group's desk.
 */
public record TaskArrived(String taskId, UUID caseId, UUID personId, String taskKey, List<String> groups, Instant at) {
}
