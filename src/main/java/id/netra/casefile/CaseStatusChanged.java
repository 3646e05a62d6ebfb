package id.netra.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * The case's status changed (every change, the closing ones too), published by {@link CaseStatusService} in the
 * changing transaction: what the reporter's status page shows changed. Not an audited step of its own (the steps that
 * change a status are).
 */
public record CaseStatusChanged(UUID caseId, CaseStatus from, CaseStatus to, Instant at) {
}
