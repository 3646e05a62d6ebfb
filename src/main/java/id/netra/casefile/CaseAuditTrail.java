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

    /** Some rows of the trail, newest first, and how many rows the whole trail holds. */
    record Rows(List<Entry> rows, long total) {
    }

    /**
     * The trail's rows newest first, skipping the newest {@code offset} and at most {@code limit} of them, with the
     * trail's length (so a page can say which rows it shows and reach every one); empty when the case is unknown,
     * outside the user's scope, or not theirs to audit.
     */
    Optional<Rows> readableBy(NetraUser user, UUID caseId, int offset, int limit);
}
