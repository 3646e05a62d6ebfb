package id.netra.examination;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's recommendation was sent on to another agency's PPK (the person moved), published in the readdressing
 * transaction: the new PPK inherits the running deadline and is told (by mail, the recommendation attached).
 */
public record RecommendationReaddressed(UUID caseId, UUID personId, String fromAgency, String toAgency, String actor, Instant at) {
}
