package id.netra.followup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The PPK's data per person, written only here: the follow-up it reports ({@code follow_up}) and the block of the
 * person's personnel data while the PPK is past its deadline ({@code personnel_data_block}).
 */
@Repository
public class FollowUps {

    public record FollowUp(UUID personId, boolean sanctionImposed, String imposedSanction, String decreeNumber,
                           LocalDate decreeDate, String reportedBy, Instant reportedAt) {
    }

    private final JdbcClient jdbc;

    public FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The PPK's report, replacing an earlier one the verification sent back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID personId, UUID caseId, boolean imposed, String sanction, String decreeNumber, LocalDate decreeDate,
                       String by) {
        jdbc.sql("""
                        INSERT INTO follow_up (person_id, case_id, sanction_imposed, imposed_sanction, decree_number, decree_date, reported_by)
                        VALUES (:p, :c, :i, :s, :n, :d, :by)
                        ON CONFLICT (person_id) DO UPDATE SET sanction_imposed = :i, imposed_sanction = :s, decree_number = :n,
                            decree_date = :d, reported_by = :by, reported_at = now()""")
                .param("p", personId).param("c", caseId).param("i", imposed).param("s", sanction).param("n", decreeNumber)
                .param("d", decreeDate).param("by", by).update();
    }

    public Optional<FollowUp> find(UUID personId) {
        return jdbc.sql("""
                        SELECT person_id, sanction_imposed, imposed_sanction, decree_number, decree_date, reported_by, reported_at
                        FROM follow_up WHERE person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> new FollowUp(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getTimestamp(7).toInstant())).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void blockPersonnelData(UUID personId, UUID caseId) {
        jdbc.sql("""
                        INSERT INTO personnel_data_block (person_id, case_id, blocked) VALUES (:p, :c, TRUE)
                        ON CONFLICT (person_id) DO UPDATE SET blocked = TRUE, blocked_at = now(), released_at = NULL""")
                .param("p", personId).param("c", caseId).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void releasePersonnelData(UUID personId) {
        jdbc.sql("UPDATE personnel_data_block SET blocked = FALSE, released_at = now() WHERE person_id = :p AND blocked")
                .param("p", personId).update();
    }

    public boolean personnelDataBlocked(UUID personId) {
        return jdbc.sql("SELECT blocked FROM personnel_data_block WHERE person_id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }
}
