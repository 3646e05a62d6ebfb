package id.netra.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail: who did what, when, from where (the client's address as people write it: {@code ::1}). Rows are only ever added; the database refuses changes to them.
 * A row written inside a transaction (a task completion) commits or rolls back with it.
 */
@Service
public class AuditLog {

    public enum Action {
        LOGIN_SUCCEEDED, LOGIN_FAILED, CASE_READ, TASK_CLAIMED, TASK_UNCLAIMED, TASK_REASSIGNED, TASK_COMPLETED, ASSESSMENT_EXTENDED,
        RECOMMENDATION_READDRESSED, TRACK_CLOSED_MOOT, CLARIFICATION_REQUESTED, ADMIN_CHANGE, ACCESS_CODE_FAILED,
        EVIDENCE_ADDED, EVIDENCE_READ, EVIDENCE_SHARED,
        // The case's domain events (casefile.CaseDomainEvent), each under its own action
        CASE_REGISTERED, CASE_FORWARDED, RECOMMENDATION_ISSUED, PPK_DEADLINE_PASSED, PERSONNEL_DATA_BLOCKED, FOLLOW_UP_VERIFIED,
        CASE_CLOSED
    }

    public record Event(long id, Instant at, String actor, String action, UUID caseId, String client, JsonNode detail) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final org.springframework.transaction.support.TransactionTemplate separately;

    public AuditLog(JdbcClient jdbc, ObjectMapper json, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A row that stays even when the request's own transaction rolls back (a refusal is what it records). */
    public void recordSeparately(String actor, Action action, UUID caseId, Map<String, ?> detail) {
        separately.executeWithoutResult(status -> record(actor, action, caseId, detail));
    }

    public void record(String actor, Action action, UUID caseId, Map<String, ?> detail) {
        try {
            jdbc.sql("INSERT INTO audit_event (actor, action, case_id, client, detail) VALUES (:actor, :action, :case, :client, CAST(:detail AS jsonb))")
                    .param("actor", actor).param("action", action.name()).param("case", caseId).param("client", client())
                    .param("detail", json.writeValueAsString(detail == null ? Map.of() : detail)).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String client() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return id.netra.access.ClientAddress.canonical(request.getRemoteAddr());
        }
        return null;
    }

    /** Search, newest first; every filter optional. */
    public List<Event> search(String actor, UUID caseId, Instant from, Instant to, int limit) {
        return search(actor, caseId, from, to, 0, limit);
    }

    /** Search, newest first, skipping the newest {@code offset} rows (a page of a long trail); every filter optional. */
    public List<Event> search(String actor, UUID caseId, Instant from, Instant to, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, action, case_id, client, detail::text FROM audit_event WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (actor != null && !actor.isBlank()) {
            sql.append(" AND actor = :actor");
            params.put("actor", actor.trim());
        }
        if (caseId != null) {
            sql.append(" AND case_id = :case");
            params.put("case", caseId);
        }
        if (from != null) {
            sql.append(" AND at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND at < :to");
            params.put("to", Timestamp.from(to));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                // A row of an earlier release holds the address as the container wrote it ("0:0:0:0:0:0:0:1"): read as "::1".
                rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), id.netra.access.ClientAddress.canonical(rs.getString(6)),
                readTree(rs.getString(7)))).list();
    }

    /** How many rows a case's trail holds. */
    public long count(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id = :case").param("case", caseId).query(Long.class).single();
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
