package id.netra.casefile;

import id.netra.deadline.ElectionType;

import java.time.LocalDate;
import java.util.List;

/** What intake knows about a case when it opens it: the persons in the order they were named. */
public record NewCase(String source, ElectionType electionType, String officeCode, List<CasePerson.Named> persons,
                      LocalDate incidentDate, LocalDate knownOn, LocalDate discoveredOn, String incidentPlace,
                      String regionCode, String description, Reporter reporter, List<Witness> witnesses, String createdBy) {
}
