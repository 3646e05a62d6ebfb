package id.netra.casefile;

import id.netra.platform.EmbeddedPostgresConfiguration;
import id.netra.support.UpgradeTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V16 on a database of the previous release (V15), row by row: a case examined, recommended, past its PPK deadline
 * and reported, as that release wrote it into {@code case_file}, becomes one person with a track and the steps' own
 * rows, and the moved columns leave {@code case_file}. On a database of its own in the same server.
 */
class CaseModelUpgradeIT extends UpgradeTest {

    @Test
    void aCaseOfThePreviousReleaseBecomesOnePersonWithATrackAndEachStepsRows() {
        flyway("15").migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        UUID id = UUID.randomUUID();
        // As the previous release left it: the examination overwrote the assessment's violation types with its own.
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            register_number, registered_at, reported_name, reported_nip, reported_position, agency_code,
                            incident_date, known_on, incident_place, region_code, description, conclusion, violation_types,
                            analysis, examination_outcome, recommended_sanction, examination_reasoning, imposed_sanction,
                            decree_number, decree_date, personnel_data_blocked, forwarded_at, recommended_at)
                        VALUES (:id, 'LPR-2025-000002', 'x', 'REPORT', 'PILKADA', 'FOLLOW_UP_REPORTED', '36.04',
                            '001/Reg/LP/PB/Kab/36.04/XI/2025', now() - interval '40 days', 'Budi Santoso', '198609262015051001',
                            'Camat Ciruas', 'PEMDA-36.04', DATE '2025-11-01', DATE '2025-11-02', 'Ciruas', '36.04', 'Unggahan.',
                            'NEUTRALITY_VIOLATION', '{PHOTO_WITH_CANDIDATE}', 'Terpenuhi.', 'PROVEN', 'DISCIPLINE_MEDIUM',
                            'Terbukti.', 'DISCIPLINE_LIGHT', '800/7/2025', DATE '2025-12-20', TRUE,
                            now() - interval '30 days', now() - interval '20 days')""")
                .param("id", id).update();
        db.sql("""
                        INSERT INTO case_decision (case_id, task_key, decided_by, outcome, payload) VALUES
                        (:id, 'assessment', 'bawaslu.serang', 'NEUTRALITY_VIOLATION',
                            '{"conclusion": "NEUTRALITY_VIOLATION", "violationTypes": ["SOCIAL_MEDIA", "PHOTO_WITH_CANDIDATE"]}'),
                        (:id, 'plenaryDecision', 'komisioner.serang', 'APPROVED', '{"approved": true}'),
                        (:id, 'examination', 'examiner', 'PROVEN', '{"outcome": "PROVEN", "violationTypes": ["PHOTO_WITH_CANDIDATE"]}'),
                        (:id, 'recommendationApproval', 'examiner.approver', 'APPROVED', '{"approved": true}'),
                        (:id, 'ppkDeadlinePassed', 'sistem', 'PERSONNEL_DATA_BLOCKED', '{}'),
                        (:id, 'followUpConfirmation', 'ppk.serang', 'IMPOSED', '{"sanctionImposed": true}')""")
                .param("id", id).update();
        db.sql("""
                        INSERT INTO case_letter (case_id, kind, number, issued_by) VALUES
                        (:id, 'FORWARDING', '001/PP.01.02/36.04/XI/2025', 'komisioner.serang'),
                        (:id, 'RECOMMENDATION', 'R-7/BKN/12/2025', 'examiner.approver')""").param("id", id).update();
        db.sql("""
                        INSERT INTO case_deadline (case_id, kind, starts_on, due_on, rule) VALUES
                        (:id, 'ASSESSMENT', DATE '2025-11-05', DATE '2025-11-08', 'r'),
                        (:id, 'EXAMINATION', DATE '2025-11-10', DATE '2025-11-28', 'r'),
                        (:id, 'PPK_FOLLOW_UP', DATE '2025-12-01', DATE '2025-12-19', 'r'),
                        (:id, 'PPK_REMINDER', DATE '2025-12-01', DATE '2025-12-16', 'r')""").param("id", id).update();
        db.sql("""
                        INSERT INTO case_status_history (case_id, from_status, to_status, changed_by, note, audience) VALUES
                        (:id, NULL, 'RECEIVED', 'pelapor', NULL, 'ALL'),
                        (:id, 'AWAITING_PLENARY', 'UNDER_EXAMINATION', 'komisioner.serang', 'Diteruskan', 'ALL'),
                        (:id, 'UNDER_EXAMINATION', 'RECOMMENDATION_ISSUED', 'examiner.approver', 'Rekomendasi R-7/BKN/12/2025', 'ALL'),
                        (:id, 'RECOMMENDATION_ISSUED', 'FOLLOW_UP_OVERDUE', 'sistem', 'Lewat', 'ALL'),
                        (:id, 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_REPORTED', 'ppk.serang', 'SK 800/7/2025', 'ALL')""")
                .param("id", id).update();

        flyway("latest").migrate();

        Map<String, Object> person = db.sql("SELECT id, ordinal, name, employment_type, nip, position, agency_code FROM case_person "
                + "WHERE case_id = :id").param("id", id).query().singleRow();
        assertThat(person).containsEntry("ordinal", 1).containsEntry("name", "Budi Santoso").containsEntry("employment_type", "PNS")
                .containsEntry("nip", "198609262015051001").containsEntry("position", "Camat Ciruas").containsEntry("agency_code", "PEMDA-36.04");
        UUID p = (UUID) person.get("id");
        assertThat(db.sql("SELECT status || ' ' || ppk_agency FROM person_track WHERE person_id = :p").param("p", p).query(String.class)
                .single()).isEqualTo("FOLLOW_UP_REPORTED PEMDA-36.04");
        assertThat(db.sql("SELECT to_status FROM person_track_history WHERE person_id = :p ORDER BY id").param("p", p)
                .query(String.class).list()).containsExactly("UNDER_EXAMINATION", "RECOMMENDATION_ISSUED", "FOLLOW_UP_OVERDUE", "FOLLOW_UP_REPORTED");
        assertThat(db.sql("SELECT array_to_string(violation_types, ',') FROM assessment WHERE case_id = :id").param("id", id)
                .query(String.class).single()).as("the assessment's own types, from its decision").isEqualTo("SOCIAL_MEDIA,PHOTO_WITH_CANDIDATE");
        // The one sanction of then is, since V22, the sanction of its kind.
        assertThat(db.sql("SELECT outcome || ' ' || s.kind || ' ' || s.sanction_class || ' ' || array_to_string(violation_types, ',') "
                + "|| ' ' || examined_by FROM examination e JOIN examination_sanction s USING (person_id) WHERE person_id = :p")
                .param("p", p).query(String.class).single())
                .isEqualTo("PROVEN DISCIPLINARY DISCIPLINE_MEDIUM PHOTO_WITH_CANDIDATE examiner");
        assertThat(db.sql("SELECT number || ' ' || agency_code FROM recommendation WHERE person_id = :p").param("p", p)
                .query(String.class).single()).isEqualTo("R-7/BKN/12/2025 PEMDA-36.04");
        assertThat(db.sql("SELECT violation FROM plenary_finding WHERE person_id = :p").param("p", p).query(Boolean.class).single()).isTrue();
        assertThat(db.sql("SELECT sanction_imposed::text || ' ' || s.kind || ' ' || s.sanction_class || ' ' || s.decree_number || ' ' "
                + "|| s.decree_date FROM follow_up f JOIN follow_up_sanction s USING (person_id) WHERE person_id = :p")
                .param("p", p).query(String.class).single())
                .isEqualTo("true DISCIPLINARY DISCIPLINE_LIGHT 800/7/2025 2025-12-20");
        assertThat(db.sql("SELECT blocked FROM personnel_data_block WHERE person_id = :p").param("p", p).query(Boolean.class).single()).isTrue();
        assertThat(db.sql("SELECT kind FROM track_deadline WHERE person_id = :p ORDER BY kind").param("p", p).query(String.class).list())
                .containsExactly("EXAMINATION", "PPK_FOLLOW_UP", "PPK_REMINDER");
        assertThat(db.sql("SELECT kind FROM case_deadline WHERE case_id = :id").param("id", id).query(String.class).list())
                .containsExactly("ASSESSMENT");
        assertThat(db.sql("SELECT count(*) FROM case_decision WHERE case_id = :id AND person_id = :p").param("id", id).param("p", p)
                .query(Long.class).single()).as("examination, approval, deadline, confirmation").isEqualTo(4);
        assertThat(db.sql("SELECT kind FROM case_letter WHERE case_id = :id AND person_id = :p").param("id", id).param("p", p)
                .query(String.class).list()).containsExactly("RECOMMENDATION");
        assertThat(db.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'case_file' AND column_name IN "
                + "('reported_name', 'agency_code', 'conclusion', 'examination_outcome', 'personnel_data_blocked', 'recommended_at')")
                .query(Long.class).single()).as("the moved columns left case_file").isZero();
        assertThat(db.sql("SELECT count(*) FROM pg_proc WHERE proname = 'v16_decided_types'").query(Long.class).single()).isZero();
        String app = EmbeddedPostgresConfiguration.APPLICATION_ROLE;
        assertThat(db.sql("SELECT has_table_privilege(:app, 'person_track_history', 'UPDATE') "
                + "OR has_table_privilege(:app, 'person_track_history', 'DELETE')").param("app", app).query(Boolean.class).single()).isFalse();
        assertThat(db.sql("SELECT has_table_privilege(:app, 'case_person', 'INSERT') AND has_table_privilege(:app, 'person_track', 'UPDATE')")
                .param("app", app).query(Boolean.class).single()).isTrue();
    }
}
