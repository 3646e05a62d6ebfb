package id.netra.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter was issued on a case (its row in {@code case_letter}, {@code letterId}), published in the issuing
 * transaction; its document is made by an after-commit listener (the {@code letter} package), kept in the event
 * publication registry until it has run.
 */
public record LetterIssued(long letterId, UUID caseId, UUID personId, String kind, String number, String issuedBy,
                           Instant issuedAt) {
}
