package id.netra.bawaslu;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bawaslu's assessment of a case ({@code assessment}): its conclusion, analysis, and the clock's one extension. */
@Repository
public class Assessments {

    public record Assessment(String conclusion, List<String> violationTypes, String otherRoute, String analysis,
                             boolean extended, String extensionReason, boolean overdue) {
    }

    private final JdbcClient jdbc;

    public Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID caseId, String conclusion, List<String> violationTypes, String otherRoute, String analysis) {
        jdbc.sql("""
                        INSERT INTO assessment (case_id, conclusion, violation_types, other_route, analysis, updated_at)
                        VALUES (:id, :c, :t, :r, :a, :now)
                        ON CONFLICT (case_id) DO UPDATE SET conclusion = :c, violation_types = :t, other_route = :r,
                            analysis = :a, updated_at = :now""")
                .param("now", Today.timestamp()).param("id", caseId).param("c", conclusion).param("t", violationTypes.toArray(new String[0]))
                .param("r", otherRoute).param("a", analysis).update();
    }

    /** The assessment's deadline passed before the plenary decided. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markOverdue(UUID caseId) {
        jdbc.sql("""
                        INSERT INTO assessment (case_id, overdue, updated_at) VALUES (:id, TRUE, :now)
                        ON CONFLICT (case_id) DO UPDATE SET overdue = TRUE, updated_at = :now""")
                .param("now", Today.timestamp()).param("id", caseId).update();
    }

    /** The one extension, with its reason; {@code stillOverdue} if the extended deadline has passed as well. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void extend(UUID caseId, String reason, boolean stillOverdue) {
        jdbc.sql("""
                        INSERT INTO assessment (case_id, extended, extension_reason, overdue, updated_at) VALUES (:id, TRUE, :r, :o, :now)
                        ON CONFLICT (case_id) DO UPDATE SET extended = TRUE, extension_reason = :r,
                            overdue = assessment.overdue AND :o, updated_at = :now""")
                .param("now", Today.timestamp()).param("id", caseId).param("r", reason).param("o", stillOverdue).update();
    }

    public Optional<Assessment> find(UUID caseId) {
        return jdbc.sql("""
                        SELECT conclusion, violation_types, other_route, analysis, extended, extension_reason, overdue
                        FROM assessment WHERE case_id = :id""")
                .param("id", caseId)
                .query((rs, n) -> {
                    Array types = rs.getArray(2);
                    return new Assessment(rs.getString(1), types == null ? List.of() : Arrays.asList((String[]) types.getArray()),
                            rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getBoolean(7));
                }).optional();
    }

    public Assessment get(UUID caseId) {
        return find(caseId).orElse(new Assessment(null, List.of(), null, null, false, null, false));
    }
}
