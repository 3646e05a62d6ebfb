package id.netra.casefile;

import id.netra.platform.Today;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Decisions and letters of a case and of its persons' tracks. */
@Component
public class CaseRecords {

    /** A decision as entered; {@code personId} names the person whose track it belongs to (null: the case's). */
    public record Decision(String taskKey, String decidedBy, Instant decidedAt, String outcome, JsonNode payload,
                           UUID personId) {
    }

    /**
     * A letter of the case. {@code supersededBy}: for a recommendation replaced by a later one on the same person (an
     * objection answered by a revision), the number of the one that replaced it; else null.
     */
    public record Letter(String kind, String number, Instant issuedAt, String issuedBy, UUID personId, String supersededBy) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    private final org.springframework.context.ApplicationEventPublisher events;

    public CaseRecords(JdbcClient jdbc, ObjectMapper json, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decision(UUID caseId, String taskKey, String taskId, String by, String outcome, Object payload) {
        decision(caseId, null, taskKey, taskId, by, outcome, payload);
    }

    /** A decision on one person's track ({@code personId} null: on the case). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decision(UUID caseId, UUID personId, String taskKey, String taskId, String by, String outcome, Object payload) {
        try {
            jdbc.sql("INSERT INTO case_decision (case_id, person_id, task_key, task_id, decided_by, outcome, payload, decided_at) VALUES (:id, :person, :key, :tid, :by, :outcome, CAST(:payload AS jsonb), :now)")
                    .param("now", Today.timestamp()).param("id", caseId).param("person", personId).param("key", taskKey).param("tid", taskId).param("by", by).param("outcome", outcome)
                    .param("payload", json.writeValueAsString(payload)).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> lastDecider(UUID caseId, String taskKey) {
        return jdbc.sql("SELECT decided_by FROM case_decision WHERE case_id = :id AND task_key = :key ORDER BY id DESC LIMIT 1")
                .param("id", caseId).param("key", taskKey).query(String.class).optional();
    }

    /** The outcome recorded by the completion of this task (its code), if its form recorded one. */
    public Optional<String> outcomeOf(UUID caseId, String taskId) {
        return jdbc.sql("SELECT outcome FROM case_decision WHERE case_id = :id AND task_id = :task ORDER BY id DESC LIMIT 1")
                .param("id", caseId).param("task", taskId).query(String.class).optional();
    }

    /** Who last decided this task on this person's track ({@code personId} null: on the case). */
    public Optional<String> lastDecider(UUID caseId, UUID personId, String taskKey) {
        if (personId == null) {
            return lastDecider(caseId, taskKey);
        }
        return jdbc.sql("SELECT decided_by FROM case_decision WHERE case_id = :id AND person_id = :person AND task_key = :key ORDER BY id DESC LIMIT 1")
                .param("id", caseId).param("person", personId).param("key", taskKey).query(String.class).optional();
    }

    /** Whether this task was decided with this outcome on the person's track at or after {@code since} (null: ever). */
    public boolean decidedSince(UUID caseId, UUID personId, String taskKey, String outcome, java.time.Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM case_decision WHERE case_id = :case AND person_id = :person AND task_key = :key
                                       AND outcome = :outcome AND (CAST(:since AS timestamptz) IS NULL OR decided_at >= :since))""")
                .param("case", caseId).param("person", personId).param("key", taskKey).param("outcome", outcome)
                .param("since", since == null ? null : java.sql.Timestamp.from(since)).query(Boolean.class).single();
    }

    /** A task's decision on a person's track, by its task key and outcome. */
    public record Outcome(String taskKey, String outcome) {
    }

    /** Which of these tasks was last decided on the person's track, and how. */
    public Optional<Outcome> lastOf(UUID personId, List<String> taskKeys) {
        return Optional.ofNullable(lastOfEach(List.of(personId), taskKeys).get(personId));
    }

    /** {@link #lastOf} for each of these persons who has such a decision: one statement for all of them. */
    public Map<UUID, Outcome> lastOfEach(Collection<UUID> personIds, List<String> taskKeys) {
        Map<UUID, Outcome> out = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                            SELECT DISTINCT ON (person_id) person_id, task_key, outcome FROM case_decision
                            WHERE person_id IN (:persons) AND task_key IN (:keys) ORDER BY person_id, id DESC""")
                    .param("persons", personIds).param("keys", taskKeys)
                    .query(rs -> {
                        out.put(rs.getObject(1, UUID.class), new Outcome(rs.getString(2), rs.getString(3)));
                    });
        }
        return out;
    }

    public List<Decision> decisions(UUID caseId) {
        return jdbc.sql("SELECT task_key, decided_by, decided_at, outcome, payload::text, person_id FROM case_decision WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new Decision(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        readTree(rs.getString(5)), rs.getObject(6, UUID.class))).list();
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void letter(UUID caseId, String kind, String number, String by) {
        letter(caseId, null, kind, number, by);
    }

    /**
     * A letter about one person's track ({@code personId} null: about the case). {@link LetterIssued} is published with
     * it: its document is made after the transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void letter(UUID caseId, UUID personId, String kind, String number, String by) {
        java.sql.Timestamp now = Today.timestamp();
        long id = jdbc.sql("""
                        INSERT INTO case_letter (case_id, person_id, kind, number, issued_by, issued_at)
                        VALUES (:id, :person, :kind, :num, :by, :now) RETURNING id""")
                .param("now", now).param("id", caseId).param("person", personId).param("kind", kind).param("num", number)
                .param("by", by).query(Long.class).single();
        events.publishEvent(new LetterIssued(id, caseId, personId, kind, number, by, now.toInstant()));
    }

    /** The case's letters in the order issued, each recommendation marked with the one that replaced it, if any. */
    public List<Letter> letters(UUID caseId) {
        return jdbc.sql("""
                        SELECT kind, number, issued_at, issued_by, person_id,
                               CASE WHEN kind = 'RECOMMENDATION' AND person_id IS NOT NULL THEN
                                   LEAD(number) OVER (PARTITION BY kind, person_id ORDER BY id) END
                        FROM case_letter WHERE case_id = :id ORDER BY id""")
                .param("id", caseId)
                .query((rs, n) -> new Letter(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getString(6)))
                .list();
    }
}
