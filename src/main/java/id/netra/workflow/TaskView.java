package id.netra.workflow;

import java.time.Instant;
import java.util.UUID;

/** A task in an inbox. */
public record TaskView(String id, String key, String name, UUID caseId, String registerNumber, String assignee,
                       Instant created, Instant due) {
}
