package id.netra.bawaslu;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The plenary's decision per reported person ({@code plenary_finding}): a neutrality violation proven or not. */
@Repository
public class PlenaryFindings {

    private final JdbcClient jdbc;

    public PlenaryFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID caseId, Map<UUID, Boolean> violationByPerson, String by) {
        violationByPerson.forEach((person, violation) -> jdbc.sql("""
                        INSERT INTO plenary_finding (person_id, case_id, violation, decided_by, decided_at) VALUES (:p, :c, :v, :by, :now)
                        ON CONFLICT (person_id) DO UPDATE SET violation = :v, decided_by = :by, decided_at = :now""")
                .param("now", Today.timestamp()).param("p", person).param("c", caseId).param("v", violation).param("by", by).update());
    }

    /** The persons the plenary found in violation, in the order the case names them. */
    public List<UUID> proven(UUID caseId) {
        return jdbc.sql("""
                        SELECT f.person_id FROM plenary_finding f JOIN case_person p ON p.id = f.person_id
                        WHERE f.case_id = :c AND f.violation ORDER BY p.ordinal""")
                .param("c", caseId).query(UUID.class).list();
    }

    /** Each person's finding, by person id. */
    public Map<UUID, Boolean> of(UUID caseId) {
        Map<UUID, Boolean> out = new LinkedHashMap<>();
        jdbc.sql("SELECT person_id, violation FROM plenary_finding WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        return out;
    }
}
