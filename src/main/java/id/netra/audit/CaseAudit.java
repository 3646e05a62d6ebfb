package id.netra.audit;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseAuditTrail;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRepository;
import id.netra.platform.ForbiddenException;
import id.netra.platform.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One case's audit trail and who reads it: the Bawaslu office handling the case and administrators. The API
 * ({@link AuditController}) and the case page ({@link CaseAuditTrail}) ask the same rule and the same query.
 */
@Service
public class CaseAudit implements CaseAuditTrail {

    static final int MAX_ROWS = 1000;

    private final AuditLog audit;
    private final CaseRepository cases;
    private final CaseAccess access;

    public CaseAudit(AuditLog audit, CaseRepository cases, CaseAccess access) {
        this.audit = audit;
        this.cases = cases;
        this.access = access;
    }

    /** The trail, newest first: 404 for an unknown case or one outside the user's scope, 403 for another reader. */
    public List<AuditLog.Event> read(NetraUser user, UUID caseId) {
        CaseFile c = cases.find(caseId).orElseThrow(() -> NotFoundException.of("casefile.notFound"));
        if (user.role() != Role.ADMIN) {
            CaseAccess.View view = access.viewOf(user, c);
            if (view == CaseAccess.View.NONE) {
                throw NotFoundException.of("casefile.notFound");
            }
            if (view != CaseAccess.View.HANDLING) {
                throw ForbiddenException.of("audit.case.handlingOnly");
            }
        }
        return audit.search(null, caseId, null, null, MAX_ROWS);
    }

    @Override
    public Optional<List<Entry>> readableBy(NetraUser user, UUID caseId) {
        try {
            return Optional.of(read(user, caseId).stream()
                    .map(e -> new Entry(e.at(), e.actor(), e.action(), e.client(), e.detail())).toList());
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
    }
}
