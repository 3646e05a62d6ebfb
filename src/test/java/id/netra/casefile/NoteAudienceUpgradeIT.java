package id.netra.casefile;

import id.netra.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The previous release's database (schema V10) upgrades in place: the notes it wrote into the status history get
 * their audience (what a report was missing and the reporter's withdrawal reason: the handling office only), the
 * history stays append-only, and notes longer than 400 characters fit afterwards.
 */
class NoteAudienceUpgradeIT extends IntegrationTest {

    private final String database = "netra_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private DriverManagerDataSource upgraded() throws SQLException {
        String url;
        String user;
        try (Connection c = ownerDataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        String current = owner.sql("SELECT current_database()").query(String.class).single();
        DriverManagerDataSource ds = new DriverManagerDataSource(url.replaceFirst("/" + current + "(?=\\?|$)", "/" + database), user, "");
        ds.setDriverClassName("org.postgresql.Driver");
        return ds;
    }

    private Flyway flyway(DriverManagerDataSource ds, String target) {
        String appRole = jdbc.sql("SELECT current_user").query(String.class).single();
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole));
        return (target == null ? config : config.target(target)).load();
    }

    @AfterEach
    void dropDatabase() {
        owner.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
    }

    @Test
    void notesOfThePreviousReleaseGetTheirAudienceAndTheHistoryStaysAppendOnly() throws SQLException {
        owner.sql("CREATE DATABASE " + database).update();
        DriverManagerDataSource ds = upgraded();
        flyway(ds, "10").migrate();
        JdbcClient old = JdbcClient.create(ds);
        assertThat(old.sql("SELECT max(version::int) FROM flyway_schema_history WHERE version IS NOT NULL")
                .query(Integer.class).single()).isEqualTo(10);

        UUID completed = oldCase(old, "LPR-UPGRADE-1", "UNDER_EXAMINATION");
        history(old, completed, null, "RECEIVED", "pelapor", null);
        history(old, completed, "RECEIVED", "AWAITING_COMPLETION", "bawaslu.serang", "Lampirkan KTP pelapor dan tangkapan layar.");
        history(old, completed, "AWAITING_COMPLETION", "RECEIVED", "pelapor", "Pelapor melengkapi laporan");
        history(old, completed, "RECEIVED", "REGISTERED", "bawaslu.serang", "Nomor registrasi 001/Reg/LP/PB/Kab/36.04/XI/2026");
        history(old, completed, "REGISTERED", "UNDER_ASSESSMENT", "bawaslu.serang", "2 klarifikasi dicatat");
        history(old, completed, "UNDER_ASSESSMENT", "AWAITING_PLENARY", "bawaslu.serang", null);
        history(old, completed, "AWAITING_PLENARY", "UNDER_ASSESSMENT", "komisioner.serang", "Pleno meminta kajian ulang: perjelas kronologi.");
        history(old, completed, "UNDER_ASSESSMENT", "AWAITING_PLENARY", "bawaslu.serang", null);
        history(old, completed, "AWAITING_PLENARY", "UNDER_EXAMINATION", "komisioner.serang", "Diteruskan dengan surat 001/PP.01.02/36.04/XI/2026");
        UUID withdrawn = oldCase(old, "LPR-UPGRADE-2", "WITHDRAWN");
        history(old, withdrawn, null, "RECEIVED", "pelapor", null);
        history(old, withdrawn, "RECEIVED", "WITHDRAWN", "pelapor", "Dicabut oleh pelapor: sudah berdamai.");
        UUID closed = oldCase(old, "LPR-UPGRADE-3", "CLOSED_NO_VIOLATION");
        history(old, closed, "AWAITING_PLENARY", "CLOSED_NO_VIOLATION", "komisioner.serang", "Diputus dalam rapat pleno: bukan pelanggaran");

        flyway(ds, null).migrate();

        assertThat(audiences(old, completed)).containsExactly(
                "RECEIVED ALL", "AWAITING_COMPLETION HANDLING", "RECEIVED ALL", "REGISTERED ALL", "UNDER_ASSESSMENT EXAMINING",
                "AWAITING_PLENARY ALL", "UNDER_ASSESSMENT EXAMINING", "AWAITING_PLENARY ALL", "UNDER_EXAMINATION ALL");
        assertThat(audiences(old, withdrawn)).containsExactly("RECEIVED ALL", "WITHDRAWN HANDLING");
        assertThat(audiences(old, closed)).containsExactly("CLOSED_NO_VIOLATION EXAMINING");
        // Nothing of the old notes was lost on the way.
        assertThat(old.sql("SELECT note FROM case_status_history WHERE case_id = :id AND to_status = 'AWAITING_COMPLETION'")
                .param("id", completed).query(String.class).single()).isEqualTo("Lampirkan KTP pelapor dan tangkapan layar.");

        // Still append-only, even for the owner; a note now fits whatever its field allowed; and every new row must
        // say who reads its note.
        assertThatThrownBy(() -> old.sql("UPDATE case_status_history SET audience = 'ALL' WHERE case_id = :id").param("id", withdrawn).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        String longNote = "Dicabut oleh pelapor: " + "x".repeat(2000);
        old.sql("INSERT INTO case_status_history (case_id, from_status, to_status, changed_by, note, audience) "
                + "VALUES (:id, 'WITHDRAWN', 'WITHDRAWN', 'pelapor', :note, 'HANDLING')").param("id", withdrawn).param("note", longNote).update();
        assertThatThrownBy(() -> old.sql("INSERT INTO case_status_history (case_id, to_status, changed_by) VALUES (:id, 'RECEIVED', 'x')")
                .param("id", withdrawn).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("audience");
        assertThatThrownBy(() -> old.sql("INSERT INTO case_status_history (case_id, to_status, changed_by, audience) VALUES (:id, 'RECEIVED', 'x', 'PUBLIC')")
                .param("id", withdrawn).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("audience");
    }

    private static UUID oldCase(JdbcClient db, String trackingNumber, String status) {
        UUID id = UUID.randomUUID();
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, source, election_type, status, office_code, reported_name,
                                               agency_code, incident_date, known_on, incident_place, region_code, description)
                        VALUES (:id, :tn, 'REPORT', 'PILKADA', :status, '36.04', 'Budi Santoso', 'PEMDA-36.04',
                                current_date - 3, current_date - 2, 'Kantor Kecamatan Ciruas', '36.04', 'Unggahan dukungan.')""")
                .param("id", id).param("tn", trackingNumber).param("status", status).update();
        return id;
    }

    /** A history row as the previous release wrote it: no audience column yet. */
    private static void history(JdbcClient db, UUID caseId, String from, String to, String by, String note) {
        db.sql("INSERT INTO case_status_history (case_id, from_status, to_status, changed_by, note) VALUES (:id, :f, :t, :by, :note)")
                .param("id", caseId).param("f", from).param("t", to).param("by", by).param("note", note).update();
    }

    private static java.util.List<String> audiences(JdbcClient db, UUID caseId) {
        return db.sql("SELECT to_status || ' ' || audience FROM case_status_history WHERE case_id = :id ORDER BY id")
                .param("id", caseId).query(String.class).list();
    }
}
