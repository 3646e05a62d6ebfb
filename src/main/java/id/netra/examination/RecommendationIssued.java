package id.netra.examination;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The examining agency issued its numbered recommendation on one person to that person's PPK ({@code ppkAgencyCode}),
 * whose clock starts. {@code agencyCode} is the examining agency's.
 */
public record RecommendationIssued(UUID caseId, UUID personId, String recommendationNumber, String agencyCode,
                                   String ppkAgencyCode, String followUpDueOn, String actor, Instant at)
        implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "RECOMMENDATION_ISSUED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("personId", personId.toString(), "recommendationNumber", recommendationNumber, "agency", agencyCode,
                "ppkAgency", ppkAgencyCode, "followUpDueOn", followUpDueOn);
    }
}
