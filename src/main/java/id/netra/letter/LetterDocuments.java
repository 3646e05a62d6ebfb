package id.netra.letter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The letters' documents ({@code letter_document}): written once, never changed (the database refuses it). */
@Repository
class LetterDocuments {

    /** A document's row without its content. */
    record Document(long letterId, UUID caseId, UUID personId, String kind, String number, String sha256, Instant generatedAt) {
    }

    private final JdbcClient jdbc;

    LetterDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long letterId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM letter_document WHERE letter_id = :id)").param("id", letterId)
                .query(Boolean.class).single();
    }

    void insert(long letterId, UUID caseId, byte[] pdf, String sha256, Instant at) {
        jdbc.sql("""
                        INSERT INTO letter_document (letter_id, case_id, pdf, sha256, generated_at) VALUES (:id, :case, :pdf, :sha, :at)
                        ON CONFLICT (letter_id) DO NOTHING""")
                .param("id", letterId).param("case", caseId).param("pdf", pdf).param("sha", sha256).param("at", Timestamp.from(at))
                .update();
    }

    List<Document> ofCase(UUID caseId) {
        return jdbc.sql("""
                        SELECT d.letter_id, d.case_id, l.person_id, l.kind, l.number, d.sha256, d.generated_at
                        FROM letter_document d JOIN case_letter l ON l.id = d.letter_id WHERE d.case_id = :case ORDER BY d.letter_id""")
                .param("case", caseId)
                .query((rs, n) -> new Document(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    Optional<byte[]> pdf(long letterId) {
        return jdbc.sql("SELECT pdf FROM letter_document WHERE letter_id = :id").param("id", letterId).query(byte[].class).optional();
    }
}
