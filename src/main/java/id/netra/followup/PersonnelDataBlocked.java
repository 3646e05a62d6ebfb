package id.netra.followup;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The escalation's second step: the examining agency blocked the person's personnel data (the letter's number). */
public record PersonnelDataBlocked(UUID caseId, UUID personId, String letterNumber, String actor, Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "PERSONNEL_DATA_BLOCKED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("personId", personId.toString(), "letterNumber", letterNumber, "personnelDataBlocked", true);
    }
}
