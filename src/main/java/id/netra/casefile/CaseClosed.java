package id.netra.casefile;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The case reached a closed status ({@link CaseStatus#closed()}), whichever step closed it; published by {@link CaseStatusService}. */
public record CaseClosed(UUID caseId, CaseStatus status, CaseStatus from, String actor, Instant at) implements CaseDomainEvent {

    @Override
    public String auditAction() {
        return "CASE_CLOSED";
    }

    @Override
    public Map<String, Object> detail() {
        return Map.of("status", status.name(), "from", from.name());
    }
}
