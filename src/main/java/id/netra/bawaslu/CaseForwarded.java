package id.netra.bawaslu;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The plenary's neutrality violation went to the examining agency with a forwarding letter. */
public record CaseForwarded(UUID caseId, String letterNumber, String officeCode, String examinationDueOn, String actor,
                            Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "CASE_FORWARDED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("letterNumber", letterNumber, "office", officeCode, "examinationDueOn", examinationDueOn);
    }
}
