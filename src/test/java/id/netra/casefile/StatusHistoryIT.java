package id.netra.casefile;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The status history is append-only in the database itself, not only by the application's manners: even the schema's
 * owner is refused by the triggers (the application's own role has no right to try: {@code DatabaseRoleIT}).
 */
class StatusHistoryIT extends IntegrationTest {

    @Test
    void historyRowsCannotBeChangedOrDeleted() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        assertThatThrownBy(() -> owner.sql("UPDATE case_status_history SET to_status = 'CLOSED_SANCTIONED' WHERE case_id = :id")
                .param("id", f.caseId()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM case_status_history WHERE case_id = :id").param("id", f.caseId()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("TRUNCATE case_status_history CASCADE").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM case_status_history WHERE case_id = :id").param("id", f.caseId())
                .query(Long.class).single()).isEqualTo(2);
    }
}
