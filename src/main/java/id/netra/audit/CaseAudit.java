package id.netra.audit;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseAuditTrail;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRepository;
import id.netra.platform.ForbiddenException;
import id.netra.platform.NotFoundException;
import id.netra.workflow.ProcessVariables;
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

    /**
     * The trail's newest {@value #MAX_ROWS} rows (the API's answer; the case page pages through the whole trail):
     * 404 for an unknown case or one outside the user's scope, 403 for another reader.
     */
    public List<AuditLog.Event> read(NetraUser user, UUID caseId) {
        mayRead(user, caseId);
        return audit.search(null, caseId, null, null, MAX_ROWS);
    }

    private void mayRead(NetraUser user, UUID caseId) {
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
    }

    @Override
    public Optional<Rows> readableBy(NetraUser user, UUID caseId, int offset, int limit) {
        try {
            mayRead(user, caseId);
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
        List<Entry> rows = audit.search(null, caseId, null, null, Math.max(0, offset), Math.min(limit, MAX_ROWS)).stream()
                .map(e -> new Entry(e.at(), e.actor(), e.action(), e.client(), e.detail(), outcomes(e.detail()))).toList();
        return Optional.of(new Rows(rows, audit.count(caseId)));
    }

    /**
     * The outcome of a task's completion as its decision routed it — the routing variables recorded with it, never its
     * free text — in the case file's words ({@code case.outcome.*}): the initial review's outcome, the assessment's
     * conclusion, the plenary's or the approval's approved or rejected, the examination's outcome, the verification's
     * accepted or rejected. None for any other row, or a task that routes nothing (the hearings, the PPK's report).
     */
    static List<String> outcomes(com.fasterxml.jackson.databind.JsonNode detail) {
        com.fasterxml.jackson.databind.JsonNode decision = detail == null ? null : detail.path("decision");
        if (decision == null || !decision.isObject()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (ProcessVariables.Var<String> chosen : List.of(ProcessVariables.REVIEW_OUTCOME, ProcessVariables.CONCLUSION,
                ProcessVariables.EXAMINATION_OUTCOME)) {
            if (decision.path(chosen.name()).isTextual()) {
                out.add(decision.path(chosen.name()).asText());
            }
        }
        for (ProcessVariables.Var<Boolean> approved : List.of(ProcessVariables.PLENARY_APPROVED, ProcessVariables.RECOMMENDATION_APPROVED)) {
            if (decision.path(approved.name()).isBoolean()) {
                out.add(decision.path(approved.name()).booleanValue() ? "APPROVED" : "REJECTED");
            }
        }
        if (decision.path(ProcessVariables.FOLLOW_UP_ACCEPTED.name()).isBoolean()) {
            out.add(decision.path(ProcessVariables.FOLLOW_UP_ACCEPTED.name()).booleanValue() ? "ACCEPTED" : "REJECTED");
        }
        return out;
    }
}
