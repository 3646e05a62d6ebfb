package id.netra.casefile;

import id.netra.deadline.ElectionType;

import java.time.LocalDate;
import java.util.List;

/** What intake knows about a case when it opens it. */
public record NewCase(String source, ElectionType electionType, String officeCode,
                      String reportedName, String reportedNip, String reportedPosition, String agencyCode,
                      LocalDate incidentDate, LocalDate knownOn, String incidentPlace, String regionCode,
                      String description, Reporter reporter, List<Witness> witnesses, String createdBy) {
}
