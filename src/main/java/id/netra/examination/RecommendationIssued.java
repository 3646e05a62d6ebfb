package id.netra.examination;

import id.netra.casefile.CaseDomainEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The examining agency issued its numbered recommendation to the PPK, whose clock starts. */
public record RecommendationIssued(UUID caseId, String recommendationNumber, String agencyCode, String followUpDueOn,
                                   String actor, Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "RECOMMENDATION_ISSUED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("recommendationNumber", recommendationNumber, "agency", agencyCode, "followUpDueOn", followUpDueOn);
    }
}
