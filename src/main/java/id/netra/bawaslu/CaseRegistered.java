package id.netra.bawaslu;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The case got its register number and its assessment clock. */
public record CaseRegistered(UUID caseId, String registerNumber, String officeCode, String assessmentDueOn, String actor,
                             Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "CASE_REGISTERED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("registerNumber", registerNumber, "office", officeCode, "assessmentDueOn", assessmentDueOn);
    }
}
