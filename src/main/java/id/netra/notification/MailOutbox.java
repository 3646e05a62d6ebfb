package id.netra.notification;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The messages to send and sent ({@code mail_message}): one per event and recipient, composed once (its event key is
 * unique), delivered by {@link MailDelivery}.
 */
@Repository
class MailOutbox {

    /** A message as kept. */
    record Message(long id, String eventKey, UUID caseId, String recipient, String subject, String body, Long letterId,
                   String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
    }

    private static final String COLUMNS = """
            id, event_key, case_id, recipient, subject, body, letter_id, status, attempts, next_attempt_at, last_error,
            created_at, sent_at""";

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message composed for an event and recipient; nothing when that one was composed before. */
    boolean compose(String eventKey, UUID caseId, String recipient, String subject, String body, Long letterId) {
        return jdbc.sql("""
                        INSERT INTO mail_message (event_key, case_id, recipient, subject, body, letter_id, next_attempt_at, created_at)
                        VALUES (:key, :case, :to, :subject, :body, :letter, :now, :now) ON CONFLICT (event_key) DO NOTHING""")
                .param("key", eventKey).param("case", caseId).param("to", recipient).param("subject", subject).param("body", body)
                .param("letter", letterId, java.sql.Types.BIGINT).param("now", Today.timestamp()).update() == 1;
    }

    /** The next message due, locked for this transaction (another node skips it): none when nothing is due. */
    java.util.Optional<Message> nextDue() {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM mail_message WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", Today.timestamp()).query(MailOutbox::row).optional();
    }

    /** Sent ({@code SENT}: one more attempt, the last), or kept without a server ({@code KEPT}: no attempt made). */
    void sent(long id, String status) {
        jdbc.sql("""
                        UPDATE mail_message SET status = :status, attempts = attempts + CASE WHEN :status = 'SENT' THEN 1 ELSE 0 END,
                               sent_at = :now, last_error = NULL WHERE id = :id""")
                .param("status", status).param("now", Today.timestamp()).param("id", id).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up ({@code FAILED}) when {@code next} is null. */
    void failed(long id, String error, Instant next) {
        String said = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (next == null) {
            jdbc.sql("UPDATE mail_message SET attempts = attempts + 1, last_error = :error, status = 'FAILED' WHERE id = :id")
                    .param("error", said).param("id", id).update();
        } else {
            jdbc.sql("UPDATE mail_message SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next WHERE id = :id")
                    .param("error", said).param("next", Timestamp.from(next)).param("id", id).update();
        }
    }

    /** Deferred without an attempt (its letter's document is not made yet). */
    void deferred(long id, Instant next) {
        jdbc.sql("UPDATE mail_message SET next_attempt_at = :next WHERE id = :id").param("next", Timestamp.from(next)).param("id", id).update();
    }

    /** The latest messages, newest first. */
    List<Message> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_message ORDER BY created_at DESC, id DESC LIMIT :n")
                .param("n", limit).query(MailOutbox::row).list();
    }

    java.util.Optional<Message> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_message WHERE id = :id").param("id", id).query(MailOutbox::row).optional();
    }

    private static Message row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long letter = rs.getObject(7) == null ? null : rs.getLong(7);
        return new Message(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                rs.getString(6), letter, rs.getString(8), rs.getInt(9), rs.getTimestamp(10).toInstant(),
                rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant());
    }
}
