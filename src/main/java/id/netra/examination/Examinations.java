package id.netra.examination;

import id.netra.platform.Today;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The examining agency's data per person: the examination ({@code examination}, its recommended sanctions in
 * {@code examination_sanction}) and the recommendation to the
 * person's PPK ({@code recommendation}), written only here.
 */
@Repository
public class Examinations {

    /** One person's examination; {@code sanctions} holds the recommended sanction of each kind (none when not proven). */
    public record Examination(UUID personId, String outcome, Map<Kind, Sanction> sanctions, List<String> violationTypes,
                              String reasoning, String examinedBy, Instant examinedAt) {

        public Sanction sanction(Kind kind) {
            return sanctions.get(kind);
        }

        /**
         * The earlier releases' one recommended sanction (the case answer's {@code recommendedSanction}): the
         * disciplinary one, else the moral one.
         */
        public String recommendedSanction() {
            Sanction s = sanctions.containsKey(Kind.DISCIPLINARY) ? sanctions.get(Kind.DISCIPLINARY) : sanctions.get(Kind.MORAL);
            return s == null ? null : s.sanctionClass();
        }
    }

    public record Recommendation(UUID personId, String number, String agencyCode, String issuedBy, Instant issuedAt) {
    }

    private final JdbcClient jdbc;

    public Examinations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The examination of one person's track, replacing an earlier one the approval sent back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID personId, UUID caseId, ExaminationForm.Outcome outcome, Map<Kind, Sanction> sanctions,
                       List<String> violationTypes, String reasoning, String by) {
        jdbc.sql("""
                        INSERT INTO examination (person_id, case_id, outcome, violation_types, reasoning, examined_by, examined_at)
                        VALUES (:p, :c, :o, :t, :r, :by, :now)
                        ON CONFLICT (person_id) DO UPDATE SET outcome = :o, violation_types = :t,
                            reasoning = :r, examined_by = :by, examined_at = :now""")
                .param("now", Today.timestamp()).param("p", personId).param("c", caseId).param("o", outcome.name())
                .param("t", violationTypes.toArray(new String[0])).param("r", reasoning).param("by", by).update();
        jdbc.sql("DELETE FROM examination_sanction WHERE person_id = :p").param("p", personId).update();
        sanctions.forEach((kind, s) -> jdbc.sql("""
                        INSERT INTO examination_sanction (person_id, kind, sanction_class, penalty) VALUES (:p, :k, :s, :pen)""")
                .param("p", personId).param("k", kind.name()).param("s", s.sanctionClass()).param("pen", s.penalty()).update());
    }

    /** The sanctions recommended for one person, by kind (none for an examination not proven, or none yet). */
    public Map<Kind, Sanction> sanctions(UUID personId) {
        Map<Kind, Sanction> out = new EnumMap<>(Kind.class);
        jdbc.sql("SELECT kind, sanction_class, penalty FROM examination_sanction WHERE person_id = :p").param("p", personId)
                .query(rs -> {
                    out.put(Kind.valueOf(rs.getString(1)), new Sanction(rs.getString(2), rs.getString(3)));
                });
        return out;
    }

    /**
     * The authority the examination addresses its recommendation to, when not the person's own PPK, with the
     * examiner's reason; {@code null} agency: the person's PPK (what a new examination of the person says again).
     */
    public void addressTo(UUID personId, String agencyCode, String reason) {
        jdbc.sql("UPDATE examination SET authority_agency = :a, authority_reason = :r WHERE person_id = :p")
                .param("a", agencyCode).param("r", agencyCode == null ? null : reason).param("p", personId).update();
    }

    /** The recommendation is addressed to another agency's PPK now (the person moved there). */
    public void readdress(UUID personId, String agencyCode) {
        jdbc.sql("UPDATE recommendation SET agency_code = :a WHERE person_id = :p").param("a", agencyCode).param("p", personId).update();
    }

    /** The authority chosen for the person's recommendation, if the examiner chose one other than the person's PPK. */
    public Optional<Authority> authority(UUID personId) {
        return jdbc.sql("SELECT authority_agency, authority_reason FROM examination WHERE person_id = :p AND authority_agency IS NOT NULL")
                .param("p", personId).query((rs, n) -> new Authority(rs.getString(1), rs.getString(2))).optional();
    }

    /** A sanctioning authority other than the person's PPK, and why the law makes it the one. */
    public record Authority(String agencyCode, String reason) {
    }

    public Optional<Examination> find(UUID personId) {
        return jdbc.sql("""
                        SELECT person_id, outcome, violation_types, reasoning, examined_by, examined_at
                        FROM examination WHERE person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> {
                    Array types = rs.getArray(3);
                    return new Examination(rs.getObject(1, UUID.class), rs.getString(2), Map.<Kind, Sanction>of(),
                            types == null ? List.of() : Arrays.asList((String[]) types.getArray()), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant());
                }).optional()
                .map(e -> new Examination(e.personId(), e.outcome(), sanctions(personId), e.violationTypes(), e.reasoning(),
                        e.examinedBy(), e.examinedAt()));
    }

    /**
     * The person's recommendation; a revised one (after the PPK's objection was accepted) replaces the earlier, whose
     * number stays among the case's letters.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recommend(UUID personId, UUID caseId, String number, String agencyCode, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO recommendation (person_id, case_id, number, agency_code, issued_by, issued_at)
                        VALUES (:p, :c, :n, :a, :by, :at)
                        ON CONFLICT (person_id) DO UPDATE SET number = :n, agency_code = :a, issued_by = :by, issued_at = :at""")
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
