package id.netra.followup;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The PPK let the follow-up deadline pass without reporting: the track is overdue and the escalation begins with a
 * written warning ({@link PersonnelDataBlocked} follows it).
 */
public record PpkDeadlinePassed(UUID caseId, UUID personId, String followUpDueOn, String actor, Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "PPK_DEADLINE_PASSED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("personId", personId.toString(), "followUpDueOn", followUpDueOn);
    }
}
