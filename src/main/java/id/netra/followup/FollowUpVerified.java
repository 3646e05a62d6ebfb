package id.netra.followup;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The examiner accepted the PPK's follow-up: the personnel data is released and the case closes sanctioned. */
public record FollowUpVerified(UUID caseId, UUID personId, String actor, Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "FOLLOW_UP_VERIFIED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("personId", personId.toString(), "personnelDataBlocked", false);
    }
}
