package id.netra.casefile;

import id.netra.deadline.ElectionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One case's own data, without the reporter's identity (see {@link Reporter}). */
public record CaseFile(
        UUID id, String trackingNumber, String source, ElectionType electionType, CaseStatus status,
        String officeCode, String registerNumber, Instant registeredAt,
        String reportedName, String reportedNip, String reportedPosition, String agencyCode,
        LocalDate incidentDate, LocalDate knownOn, String incidentPlace, String regionCode, String description,
        boolean lateFiling, String conclusion, List<String> violationTypes, String otherRoute, String analysis,
        String missingItems, boolean assessmentExtended, String extensionReason, boolean assessmentOverdue,
        String examinationOutcome, String recommendedSanction, String examinationReasoning,
        String imposedSanction, String decreeNumber, LocalDate decreeDate, boolean personnelDataBlocked,
        Instant createdAt, Instant forwardedAt, Instant recommendedAt, Instant closedAt) {

    public boolean isReport() {
        return "REPORT".equals(source);
    }
}
