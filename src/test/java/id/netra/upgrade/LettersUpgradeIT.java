package id.netra.upgrade;

import id.netra.support.UpgradeTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V28 on a database of the release before it (V27): the requests for clarification and the answers to objections
 * recorded then join the case's letters, each under its kind with its number, date and author; a second objection
 * answer with the number of the first (one letter answering two persons' objections) is kept too. On a database of its
 * own in the same server.
 */
class LettersUpgradeIT extends UpgradeTest {

    /** A finding of Kabupaten Serang, as the release before stored it, in this status. */
    private static void finding(JdbcClient db, UUID caseId, String trackingNumber, String status) {
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            incident_date, known_on, incident_place, region_code, description)
                        VALUES (:id, :tn, 'x', 'FINDING', 'PILKADA', :status, '36.04', DATE '2026-06-01',
                            DATE '2026-06-02', 'Ciruas', '36.04', 'Unggahan.')""")
                .param("id", caseId).param("tn", trackingNumber).param("status", status).update();
    }

    @Test
    void clarificationRequestsAndObjectionAnswersOfTheReleaseBeforeBecomeLetters() {
        flyway("27").migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        UUID caseId = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        finding(db, caseId, "TMN-2026-000777", "RECOMMENDATION_ISSUED");
        for (UUID p : new UUID[]{person, other}) {
            db.sql("""
                            INSERT INTO case_person (id, case_id, ordinal, name, employment_type, position, agency_code)
                            VALUES (:p, :c, :o, 'Budi Santoso', 'PNS', 'Camat Ciruas', 'PEMDA-36.04')""")
                    .param("p", p).param("c", caseId).param("o", p.equals(person) ? 1 : 2).update();
        }
        db.sql("""
                        INSERT INTO examination_clarification (id, person_id, case_id, addressee, letter_number, questions, requested_by,
                            requested_on, requested_at)
                        VALUES (:id, :p, :c, 'PPK', 'B-101/BKN/2026', 'Mohon penjelasan.', 'examiner', DATE '2026-07-01',
                            TIMESTAMPTZ '2026-07-01 09:00:00+07')""")
                .param("id", UUID.randomUUID()).param("p", person).param("c", caseId).update();
        for (UUID p : new UUID[]{person, other}) {
            db.sql("""
                            INSERT INTO case_decision (case_id, person_id, task_key, decided_by, decided_at, outcome, payload)
                            VALUES (:c, :p, 'objectionAnswer', 'examiner', TIMESTAMPTZ '2026-07-10 10:00:00+07', 'UPHELD',
                                '{"objectionDecision": "UPHELD", "answer": "Tetap.", "answerLetterNumber": "S-10/BKN/2026"}')""")
                    .param("c", caseId).param("p", p).update();
        }
        db.sql("""
                        INSERT INTO case_decision (case_id, person_id, task_key, decided_by, outcome, payload)
                        VALUES (:c, :p, 'examination', 'examiner', 'PROVEN', '{"outcome": "PROVEN"}')""")
                .param("c", caseId).param("p", person).update();

        flyway("latest").migrate();

        assertThat(db.sql("""
                        SELECT kind || ' ' || number || ' ' || issued_by || ' ' || to_char(issued_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')
                            || ' ' || CASE WHEN person_id = :p THEN 'first' ELSE 'second' END
                        FROM case_letter WHERE case_id = :c ORDER BY id""")
                .param("c", caseId).param("p", person).query(String.class).list())
                .containsExactly("CLARIFICATION_REQUEST B-101/BKN/2026 examiner 2026-07-01 first",
                        "OBJECTION_ANSWER S-10/BKN/2026 examiner 2026-07-10 first",
                        "OBJECTION_ANSWER S-10/BKN/2026 examiner 2026-07-10 second");
    }

    /** V29 on a database of the release before it (V28): the Gakkumdu letters the plenaries recorded join the letters. */
    @Test
    void theGakkumduLettersOfEarlierPlenariesBecomeLetters() {
        flyway("28").migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        UUID caseId = UUID.randomUUID();
        finding(db, caseId, "TMN-2026-000778", "UNDER_EXAMINATION");
        for (String payload : new String[]{
                "{\"approved\": false, \"notes\": \"Kaji ulang.\"}",
                "{\"approved\": true, \"gakkumduForwarded\": true, \"gakkumduLetterNumber\": \"002/PP.01/K.BT-04/XI/2026\"}"}) {
            db.sql("""
                            INSERT INTO case_decision (case_id, task_key, decided_by, decided_at, outcome, payload)
                            VALUES (:c, 'plenaryDecision', 'komisioner.serang', TIMESTAMPTZ '2026-07-10 10:00:00+07', :o, CAST(:p AS jsonb))""")
                    .param("c", caseId).param("o", payload.contains("false") ? "REJECTED" : "APPROVED").param("p", payload).update();
        }

        flyway("latest").migrate();

        assertThat(db.sql("""
                        SELECT kind || ' ' || number || ' ' || issued_by || ' ' || to_char(issued_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')
                        FROM case_letter WHERE case_id = :c ORDER BY id""")
                .param("c", caseId).query(String.class).list())
                .containsExactly("GAKKUMDU_FORWARDING 002/PP.01/K.BT-04/XI/2026 komisioner.serang 2026-07-10");
    }
}
