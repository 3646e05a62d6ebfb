package id.netra.followup;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The person's personnel data blocked: by the escalation's second step, with its letter's number; or, on a case left on
 * the first release's model, at the PPK's deadline, with no letter ({@code letterNumber} null).
 */
public record PersonnelDataBlocked(UUID caseId, UUID personId, String letterNumber, String actor, Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "PERSONNEL_DATA_BLOCKED";
    }

    @Override
    public Map<String, Object> detail() {
        return letterNumber == null ? Map.of("personId", personId.toString(), "personnelDataBlocked", true)
                : Map.of("personId", personId.toString(), "letterNumber", letterNumber, "personnelDataBlocked", true);
    }
}
