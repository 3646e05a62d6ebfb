package id.netra.examination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The examining agency's data per person: the examination ({@code examination}) and the recommendation to the
 * person's PPK ({@code recommendation}), written only here.
 */
@Repository
public class Examinations {

    public record Examination(UUID personId, String outcome, String recommendedSanction, List<String> violationTypes,
                              String reasoning, String examinedBy, Instant examinedAt) {
    }

    public record Recommendation(UUID personId, String number, String agencyCode, String issuedBy, Instant issuedAt) {
    }

    private final JdbcClient jdbc;

    public Examinations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The examination of one person's track, replacing an earlier one the approval sent back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID personId, UUID caseId, ExaminationForm.Outcome outcome, String recommendedSanction,
                       List<String> violationTypes, String reasoning, String by) {
        jdbc.sql("""
                        INSERT INTO examination (person_id, case_id, outcome, recommended_sanction, violation_types, reasoning, examined_by)
                        VALUES (:p, :c, :o, :s, :t, :r, :by)
                        ON CONFLICT (person_id) DO UPDATE SET outcome = :o, recommended_sanction = :s, violation_types = :t,
                            reasoning = :r, examined_by = :by, examined_at = now()""")
                .param("p", personId).param("c", caseId).param("o", outcome.name()).param("s", recommendedSanction)
                .param("t", violationTypes.toArray(new String[0])).param("r", reasoning).param("by", by).update();
    }

    public Optional<Examination> find(UUID personId) {
        return jdbc.sql("""
                        SELECT person_id, outcome, recommended_sanction, violation_types, reasoning, examined_by, examined_at
                        FROM examination WHERE person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> {
                    Array types = rs.getArray(4);
                    return new Examination(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            types == null ? List.of() : Arrays.asList((String[]) types.getArray()), rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant());
                }).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recommend(UUID personId, UUID caseId, String number, String agencyCode, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO recommendation (person_id, case_id, number, agency_code, issued_by, issued_at)
                        VALUES (:p, :c, :n, :a, :by, :at)""")
                .param("p", personId).param("c", caseId).param("n", number).param("a", agencyCode).param("by", by)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public Optional<Recommendation> recommendation(UUID personId) {
        return jdbc.sql("SELECT person_id, number, agency_code, issued_by, issued_at FROM recommendation WHERE person_id = :p")
                .param("p", personId)
                .query((rs, n) -> new Recommendation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).optional();
    }
}
