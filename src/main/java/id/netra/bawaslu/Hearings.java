package id.netra.bawaslu;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The hearings of Bawaslu's clarification ({@code case_hearing}), written only here. */
@Repository
public class Hearings {

    public record Hearing(String party, String name, LocalDate heldOn, String summary, String recordedBy) {
    }

    private final JdbcClient jdbc;

    public Hearings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID caseId, Hearing h) {
        jdbc.sql("INSERT INTO case_hearing (case_id, party, name, held_on, summary, recorded_by, recorded_at) VALUES (:id, :p, :n, :d, :s, :by, :now)")
                .param("now", Today.timestamp()).param("id", caseId).param("p", h.party()).param("n", h.name()).param("d", h.heldOn()).param("s", h.summary())
                .param("by", h.recordedBy()).update();
    }

    public List<Hearing> of(UUID caseId) {
        return jdbc.sql("SELECT party, name, held_on, summary, recorded_by FROM case_hearing WHERE case_id = :id ORDER BY held_on, id")
                .param("id", caseId)
                .query((rs, n) -> new Hearing(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
    }
}
