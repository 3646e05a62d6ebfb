package id.netra.casefile;

import id.netra.platform.EmbeddedPostgresConfiguration;
import id.netra.support.UpgradeTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the previous release (migrated to V10), with a case and its reporter written as that release wrote
 * them, upgrades to this one with the reporter's details as version 1. On a database of its own in the same server.
 */
class ReporterVersionsUpgradeIT extends UpgradeTest {

    @Test
    void theReporterOfThePreviousReleaseBecomesVersionOne() {
        flyway("10").migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        assertThat(db.sql("SELECT to_regclass('case_reporter_version') IS NULL").query(Boolean.class).single()).isTrue();
        UUID id = UUID.randomUUID();
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            reported_name, reported_nip, reported_position, agency_code, incident_date, known_on,
                            incident_place, region_code, description, late_filing, created_by)
                        VALUES (:id, 'LPR-2025-000001', 'x', 'REPORT', 'PILKADA', 'AWAITING_COMPLETION', '36.04', 'Budi Santoso',
                            '198609262015051001', 'Camat Ciruas', 'PEMDA-36.04', DATE '2025-11-01', DATE '2025-11-02',
                            'Kantor Kecamatan Ciruas', '36.04', 'Unggahan dukungan.', FALSE, NULL)""")
                .param("id", id).update();
        db.sql("INSERT INTO case_reporter (case_id, name, nik, address, phone, email) VALUES (:id, 'Ahmad Fauzi Rahman', "
                        + "'3604011505850003', 'Jl. Raya Serang-Jakarta KM 5 No. 17, Ciruas', '0812-3456-7890', NULL)")
                .param("id", id).update();

        flyway("latest").migrate();

        Map<String, Object> v1 = db.sql("SELECT version, name, nik, address, phone, email, recorded_at FROM case_reporter_version "
                + "WHERE case_id = :id").param("id", id).query().singleRow();
        assertThat(v1).containsEntry("version", 1).containsEntry("name", "Ahmad Fauzi Rahman").containsEntry("nik", "3604011505850003")
                .containsEntry("address", "Jl. Raya Serang-Jakarta KM 5 No. 17, Ciruas").containsEntry("phone", "0812-3456-7890")
                .containsEntry("email", null);
        assertThat(v1.get("recorded_at")).isNotNull();
        // The current details stay where they were; the application may add versions and read them, not change them.
        assertThat(db.sql("SELECT name FROM case_reporter WHERE case_id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Ahmad Fauzi Rahman");
        String app = EmbeddedPostgresConfiguration.APPLICATION_ROLE;
        assertThat(db.sql("SELECT has_table_privilege(:app, 'case_reporter_version', 'SELECT') "
                + "AND has_table_privilege(:app, 'case_reporter_version', 'INSERT')").param("app", app).query(Boolean.class).single()).isTrue();
        assertThat(db.sql("SELECT has_table_privilege(:app, 'case_reporter_version', 'UPDATE') "
                + "OR has_table_privilege(:app, 'case_reporter_version', 'DELETE')").param("app", app).query(Boolean.class).single()).isFalse();
    }
}
