package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.NetraUser;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case's audit trail for the case page, read by whom {@code GET /api/v1/cases/{id}/audit} lets read it: the
 * handling office and administrators. The {@code audit} module owns the trail and answers it (it reads the case file;
 * the case file does not import it).
 */
public interface CaseAuditTrail {

    /**
     * One row of the trail: who did what, when, from where, with the details recorded; for a task's completion the
     * outcome its decision routed (the codes of {@code case.outcome.*}: approved or rejected, the conclusion...).
     */
    record Entry(Instant at, String actor, String action, String client, JsonNode detail, List<String> outcomes) {
    }

    /** The trail, newest first; empty when the case is unknown, outside the user's scope, or not theirs to audit. */
    Optional<List<Entry>> readableBy(NetraUser user, UUID caseId);

    /** Its newest {@code limit} rows at most, like {@link #readableBy(NetraUser, UUID)}. */
    Optional<List<Entry>> readableBy(NetraUser user, UUID caseId, int limit);
}
