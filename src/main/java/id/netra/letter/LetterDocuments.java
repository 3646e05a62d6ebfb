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

    /** What a letter's verification page shows: its number, the day it was issued, its issuer and its SHA-256. */
    record Verified(String number, Instant issuedAt, String issuer, String sha256) {
    }

    void insert(long letterId, UUID caseId, byte[] pdf, String sha256, Instant at, String verificationCode, String issuer) {
        jdbc.sql("""
                        INSERT INTO letter_document (letter_id, case_id, pdf, sha256, generated_at, verification_code, issuer)
                        VALUES (:id, :case, :pdf, :sha, :at, :code, :issuer)
                        ON CONFLICT (letter_id) DO NOTHING""")
                .param("id", letterId).param("case", caseId).param("pdf", pdf).param("sha", sha256).param("at", Timestamp.from(at))
                .param("code", verificationCode).param("issuer", issuer)
                .update();
    }

    /** The letter whose document carries this verification code. */
    Optional<Verified> verified(String verificationCode) {
        return jdbc.sql("""
                        SELECT l.number, l.issued_at, d.issuer, d.sha256
                        FROM letter_document d JOIN case_letter l ON l.id = d.letter_id WHERE d.verification_code = :code""")
                .param("code", verificationCode)
                .query((rs, n) -> new Verified(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
                .optional();
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
