package id.netra.platform;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessException;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database role the application runs as cannot rewrite the audit trail or the status history, nor take their
 * protection away: it is not their owner, so PostgreSQL refuses before any trigger is asked.
 */
class DatabaseRoleIT extends IntegrationTest {

    private static void refused(Runnable statement, String... reason) {
        assertThatThrownBy(statement::run).isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(PSQLException.class)
                .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).isEqualTo("42501"))
                .message().containsAnyOf(reason);
    }

    @Test
    void theApplicationIsNeitherOwnerNorSuperuser() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("netra_app");
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(owner.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'").query(String.class).single())
                .isEqualTo("postgres");
        refused(() -> jdbc.sql("SET ROLE postgres").update(), "permission denied");
        // The engine creates its own tables as the application, after the migrations granted it the right to.
        assertThat(owner.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'act_ru_task'").query(String.class).single())
                .isEqualTo("netra_app");
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_event", "case_status_history"})
    void appendOnlyTablesCanBeAddedToAndReadButNotChanged(String table) {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId());
        long before = owner.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        assertThat(before).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).isEqualTo(before);

        refused(() -> jdbc.sql("UPDATE " + table + " SET id = id").update(), "permission denied");
        refused(() -> jdbc.sql("DELETE FROM " + table).update(), "permission denied");
        refused(() -> jdbc.sql("TRUNCATE " + table + " CASCADE").update(), "permission denied");
        // Nor can it take the triggers away, or the table, or the function they call.
        refused(() -> jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER ALL").update(), "must be owner");
        refused(() -> jdbc.sql("DROP TABLE " + table).update(), "must be owner");
        refused(() -> jdbc.sql("CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql "
                + "AS 'BEGIN RETURN NEW; END'").update(), "must be owner");
        refused(() -> jdbc.sql("ALTER TABLE " + table + " OWNER TO netra_app").update(), "must be owner");

        assertThat(owner.sql("SELECT count(*) FROM " + table).query(Long.class).single()).isEqualTo(before);
        assertThat(owner.sql("SELECT count(*) FROM pg_trigger WHERE tgrelid = '" + table + "'::regclass AND NOT tgisinternal AND tgenabled = 'O'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void referenceDataAndTheMigrationHistoryAreTheMigrationsAlone() {
        refused(() -> jdbc.sql("UPDATE region SET name = 'X' WHERE code = '36.04'").update(), "permission denied");
        refused(() -> jdbc.sql("DELETE FROM sanction_class").update(), "permission denied");
        refused(() -> jdbc.sql("SELECT count(*) FROM flyway_schema_history").query(Long.class).single(), "permission denied");
        assertThat(jdbc.sql("SELECT name FROM region WHERE code = '36.04'").query(String.class).single()).isEqualTo("Kabupaten Serang");
    }
}
