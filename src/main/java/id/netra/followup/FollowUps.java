package id.netra.followup;

import id.netra.platform.Today;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * The PPK's data per person, written only here: the follow-up it reports ({@code follow_up}, per kind of sanction
 * {@code follow_up_sanction}) and the block of the
 * person's personnel data while the PPK is past its deadline ({@code personnel_data_block}).
 */
@Repository
public class FollowUps {

    /**
     * The PPK's report on one person: whether it imposed any sanction, and its report on each kind ({@code sanctions}:
     * each recommended kind, and any it imposed unrecommended).
     */
    public record FollowUp(UUID personId, boolean sanctionImposed, Map<Kind, Reported> sanctions, String reportedBy,
                           Instant reportedAt) {

        /** The earlier releases' one reported sanction (the case answer's fields): the disciplinary one, else the moral one. */
        public Reported first() {
            Reported discipline = sanctions.get(Kind.DISCIPLINARY);
            return discipline != null && discipline.imposed() ? discipline
                    : sanctions.values().stream().filter(Reported::imposed).findFirst().orElse(null);
        }
    }

    /** One kind of sanction as the PPK reports it: imposed or not, and if imposed which and by which decree (SK). */
    public record Reported(Kind kind, boolean imposed, String sanctionClass, String penalty, String decreeNumber,
                           LocalDate decreeDate) {

        public Sanction sanction() {
            return imposed ? new Sanction(sanctionClass, penalty) : null;
        }
    }

    private final JdbcClient jdbc;

    public FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The PPK's report, replacing an earlier one the verification sent back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID personId, UUID caseId, Collection<Reported> sanctions, String by) {
        boolean imposed = sanctions.stream().anyMatch(Reported::imposed);
        jdbc.sql("""
                        INSERT INTO follow_up (person_id, case_id, sanction_imposed, reported_by, reported_at)
                        VALUES (:p, :c, :i, :by, :now)
                        ON CONFLICT (person_id) DO UPDATE SET sanction_imposed = :i, reported_by = :by, reported_at = :now""")
                .param("now", Today.timestamp()).param("p", personId).param("c", caseId).param("i", imposed).param("by", by).update();
        jdbc.sql("DELETE FROM follow_up_sanction WHERE person_id = :p").param("p", personId).update();
        for (Reported r : sanctions) {
            jdbc.sql("""
                            INSERT INTO follow_up_sanction (person_id, kind, imposed, sanction_class, penalty, decree_number, decree_date)
                            VALUES (:p, :k, :i, :s, :pen, :n, :d)""")
                    .param("p", personId).param("k", r.kind().name()).param("i", r.imposed()).param("s", r.sanctionClass())
                    .param("pen", r.penalty()).param("n", r.decreeNumber()).param("d", r.decreeDate()).update();
        }
    }

    public Optional<FollowUp> find(UUID personId) {
        return Optional.ofNullable(findAll(List.of(personId)).get(personId));
    }

    /** The PPK's reports on these persons, each with its sanctions: two statements for all of them. */
    public Map<UUID, FollowUp> findAll(Collection<UUID> personIds) {
        Map<UUID, FollowUp> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        Map<UUID, Map<Kind, Reported>> sanctions = new HashMap<>();
        jdbc.sql("""
                        SELECT person_id, kind, imposed, sanction_class, penalty, decree_number, decree_date
                        FROM follow_up_sanction WHERE person_id IN (:p)""")
                .param("p", personIds)
                .query(rs -> {
                    Kind kind = Kind.valueOf(rs.getString(2));
                    sanctions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(Kind.class))
                            .put(kind, new Reported(kind, rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getObject(7, LocalDate.class)));
                });
        jdbc.sql("SELECT person_id, sanction_imposed, reported_by, reported_at FROM follow_up WHERE person_id IN (:p)")
                .param("p", personIds)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new FollowUp(id, rs.getBoolean(2), sanctions.getOrDefault(id, new EnumMap<>(Kind.class)),
                            rs.getString(3), rs.getTimestamp(4).toInstant()));
                });
        return out;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void blockPersonnelData(UUID personId, UUID caseId) {
        jdbc.sql("""
                        INSERT INTO personnel_data_block (person_id, case_id, blocked, blocked_at) VALUES (:p, :c, TRUE, :now)
                        ON CONFLICT (person_id) DO UPDATE SET blocked = TRUE, blocked_at = :now, released_at = NULL""")
                .param("now", Today.timestamp()).param("p", personId).param("c", caseId).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void releasePersonnelData(UUID personId) {
        jdbc.sql("UPDATE personnel_data_block SET blocked = FALSE, released_at = :now WHERE person_id = :p AND blocked")
                .param("now", Today.timestamp()).param("p", personId).update();
    }

    /** Whether the person's personnel data was ever blocked (released since or not). */
    public boolean everBlocked(UUID personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM personnel_data_block WHERE person_id = :p)").param("p", personId)
                .query(Boolean.class).single();
    }

    public boolean personnelDataBlocked(UUID personId) {
        return blockedOf(List.of(personId)).contains(personId);
    }

    /** Those of these persons whose personnel data is blocked now: one statement for all of them. */
    public Set<UUID> blockedOf(Collection<UUID> personIds) {
        Set<UUID> out = new HashSet<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT person_id FROM personnel_data_block WHERE person_id IN (:p) AND blocked").param("p", personIds)
                    .query(rs -> {
                        out.add(rs.getObject(1, UUID.class));
                    });
        }
        return out;
    }
}
