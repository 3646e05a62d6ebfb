package id.netra.casefile;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A step of the case's path happened. Each step publishes its own record (in its package) in the transaction that
 * changes the case, so the event exists only if the change commits. The audit trail records every one in that
 * transaction; after-commit listeners ({@code @ApplicationModuleListener}, kept in the event publication registry
 * until they have run) build on them. The contract lives here because {@code casefile} is what every step and the
 * audit trail already share; it cannot be sealed across packages.
 */
public interface CaseDomainEvent {

    UUID caseId();

    /** Who made it happen: an account, or {@code sistem} for a timer. */
    String actor();

    Instant at();

    /** The audit trail's action for it: a constant of {@code audit.AuditLog.Action} ({@code casefile} cannot import audit). */
    String auditAction();

    /** What the trail and the timeline keep of it: numbers, statuses, dates; never the reporter's identity. */
    Map<String, Object> detail();
}
