package id.netra.casefile;

import id.netra.platform.Today;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The case's milestones, one row per domain event, written after the step commits: the first listener that goes
 * through the event publication registry, where statistics and notices will follow. Delivery is at least once (a
 * publication is published again at start until this has run), so a row is keyed by case, milestone and the event's
 * time and a repeated delivery writes nothing.
 */
@Service
public class CaseTimeline {

    public record Milestone(String milestone, Instant at, String detail) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public CaseTimeline(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @ApplicationModuleListener
    public void on(CaseDomainEvent event) {
        String detail;
        try {
            detail = json.writeValueAsString(event.detail());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("""
                        INSERT INTO case_timeline (case_id, milestone, occurred_at, detail, recorded_at)
                        VALUES (:case, :milestone, :at, CAST(:detail AS jsonb), :now)
                        ON CONFLICT DO NOTHING""")
                .param("now", Today.timestamp()).param("case", event.caseId()).param("milestone", event.auditAction())
                .param("at", Timestamp.from(event.at())).param("detail", detail).update();
    }

    public List<Milestone> of(UUID caseId) {
        return jdbc.sql("SELECT milestone, occurred_at, detail::text FROM case_timeline WHERE case_id = :case ORDER BY occurred_at, milestone")
                .param("case", caseId)
                .query((rs, n) -> new Milestone(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
    }
}
