package id.netra.audit;

import id.netra.access.CurrentUser;
import id.netra.access.Role;
import id.netra.platform.FieldError;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The audit trail of one case (the handling office and administrators) and its search (administrators). */
@RestController
public class AuditController {

    static final int MAX_ROWS = CaseAudit.MAX_ROWS;

    private final AuditLog audit;
    private final CaseAudit caseAudit;

    public AuditController(AuditLog audit, CaseAudit caseAudit) {
        this.audit = audit;
        this.caseAudit = caseAudit;
    }

    @GetMapping("/api/v1/cases/{id}/audit")
    public List<AuditLog.Event> caseAudit(@PathVariable UUID id) {
        return caseAudit.read(CurrentUser.get(), id);
    }

    @GetMapping("/api/v1/audit")
    public List<AuditLog.Event> search(@RequestParam(required = false) String user,
                                       @RequestParam(name = "case", required = false) UUID caseId,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        if (CurrentUser.get().role() != Role.ADMIN) {
            throw ForbiddenException.of("audit.search.adminOnly");
        }
        // Account names as sign-in reads them (trimmed, lower case); the trail's other actors are written so already.
        return audit.search(user == null ? null : id.netra.access.UserRepository.normalise(user), caseId,
                instant("from", from), instant("to", to), MAX_ROWS);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                at = java.time.LocalDate.parse(value.trim()).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant();
            } catch (java.time.DateTimeException e2) {
                throw InvalidInputException.of(FieldError.of(field, "audit.search.instant"));
            }
        }
        // The database's timestamps span years 4713 BC to 294276 AD; the trail begins with Netra.
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw InvalidInputException.of(FieldError.of(field, "input.yearRange"));
        }
        return at;
    }

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");
}
