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
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
        return sanctionsOf(List.of(personId)).getOrDefault(personId, new EnumMap<>(Kind.class));
    }

    /** The sanctions recommended for each of these persons who has any, by kind: one statement for all of them. */
    public Map<UUID, Map<Kind, Sanction>> sanctionsOf(Collection<UUID> personIds) {
        Map<UUID, Map<Kind, Sanction>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT person_id, kind, sanction_class, penalty FROM examination_sanction WHERE person_id IN (:p)")
                .param("p", personIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(Kind.class))
                            .put(Kind.valueOf(rs.getString(2)), new Sanction(rs.getString(3), rs.getString(4)));
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
        return Optional.ofNullable(authorities(List.of(personId)).get(personId));
    }

    /** The authority chosen for each of these persons for whom the examiner chose one other than their PPK. */
    public Map<UUID, Authority> authorities(Collection<UUID> personIds) {
        Map<UUID, Authority> out = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                            SELECT person_id, authority_agency, authority_reason FROM examination
                            WHERE person_id IN (:p) AND authority_agency IS NOT NULL""")
                    .param("p", personIds)
                    .query(rs -> {
                        out.put(rs.getObject(1, UUID.class), new Authority(rs.getString(2), rs.getString(3)));
                    });
        }
        return out;
    }

    /** A sanctioning authority other than the person's PPK, and why the law makes it the one. */
    public record Authority(String agencyCode, String reason) {
    }

    public Optional<Examination> find(UUID personId) {
        return Optional.ofNullable(findAll(List.of(personId)).get(personId));
    }

    /** The examinations of these persons, each with its recommended sanctions: two statements for all of them. */
    public Map<UUID, Examination> findAll(Collection<UUID> personIds) {
        Map<UUID, Examination> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        Map<UUID, Map<Kind, Sanction>> sanctions = sanctionsOf(personIds);
        jdbc.sql("""
                        SELECT person_id, outcome, violation_types, reasoning, examined_by, examined_at
                        FROM examination WHERE person_id IN (:p)""")
                .param("p", personIds)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Array types = rs.getArray(3);
                    out.put(id, new Examination(id, rs.getString(2), sanctions.getOrDefault(id, new EnumMap<>(Kind.class)),
                            types == null ? List.of() : Arrays.asList((String[]) types.getArray()), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant()));
                });
        return out;
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
        return Optional.ofNullable(recommendations(List.of(personId)).get(personId));
    }

    /** The recommendations of these persons who have one: one statement for all of them. */
    public Map<UUID, Recommendation> recommendations(Collection<UUID> personIds) {
        Map<UUID, Recommendation> out = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT person_id, number, agency_code, issued_by, issued_at FROM recommendation WHERE person_id IN (:p)")
                    .param("p", personIds)
                    .query(rs -> {
                        UUID id = rs.getObject(1, UUID.class);
                        out.put(id, new Recommendation(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getTimestamp(5).toInstant()));
                    });
        }
        return out;
    }
}
