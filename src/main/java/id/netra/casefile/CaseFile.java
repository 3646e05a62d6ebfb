package id.netra.casefile;

import id.netra.deadline.ElectionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One case's own data: the report or finding, its office and register number. The reported persons are
 * {@link CasePerson}s, the reporter's identity is {@link Reporter}, and each step keeps its own data in its own tables.
 */
public record CaseFile(
        UUID id, String trackingNumber, String source, ElectionType electionType, CaseStatus status,
        String officeCode, String registerNumber, Instant registeredAt,
        LocalDate incidentDate, LocalDate knownOn, LocalDate discoveredOn, String incidentPlace, String regionCode,
        String description, boolean lateFiling, String missingItems, Instant createdAt, Instant forwardedAt, Instant closedAt) {

    public boolean isReport() {
        return "REPORT".equals(source);
    }
}
