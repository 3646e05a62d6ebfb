package id.netra.upgrade;

import id.netra.support.UpgradeTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V22 on a database of the release before it (V21), row by row: each person's one recommended and one imposed
 * sanction ({@code examination.recommended_sanction}, {@code follow_up.imposed_sanction} and its decree) become the
 * sanction of their kind — a moral code the moral one, a disciplinary or dismissal code the disciplinary one — and a
 * follow-up that imposed nothing imposed none of the recommended sanctions; the dismissal's basis is UU 20/2023. On a
 * database of its own in the same server.
 */
class SanctionsUpgradeIT extends UpgradeTest {

    private JdbcClient db;

    /** A case of V21 with one person examined as proven with that sanction (null: not proven). */
    private UUID examined(String sanction) {
        UUID caseId = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            incident_date, known_on, incident_place, region_code, description)
                        VALUES (:id, :t, 'x', 'FINDING', 'PILKADA', 'RECOMMENDATION_ISSUED', '36.04', DATE '2025-11-01',
                            DATE '2025-11-02', 'Ciruas', '36.04', 'Unggahan.')""")
                .param("id", caseId).param("t", "TMN-2025-" + String.valueOf(Math.abs(caseId.hashCode() % 1000000) + 1000000).substring(1)).update();
        db.sql("""
                        INSERT INTO case_person (id, case_id, ordinal, name, employment_type, position, agency_code)
                        VALUES (:p, :c, 1, 'Budi Santoso', 'PNS', 'Camat Ciruas', 'PEMDA-36.04')""")
                .param("p", person).param("c", caseId).update();
        db.sql("""
                        INSERT INTO examination (person_id, case_id, outcome, recommended_sanction, reasoning, examined_by)
                        VALUES (:p, :c, :o, :s, 'Terbukti.', 'examiner')""")
                .param("p", person).param("c", caseId).param("o", sanction == null ? "NOT_PROVEN" : "PROVEN").param("s", sanction).update();
        return person;
    }

    private void followedUp(UUID person, String imposed, String decree) {
        db.sql("""
                        INSERT INTO follow_up (person_id, case_id, sanction_imposed, imposed_sanction, decree_number, decree_date, reported_by)
                        SELECT :p, case_id, :i, :s, :n, :d, 'ppk.serang' FROM case_person WHERE id = :p""")
                .param("p", person).param("i", imposed != null).param("s", imposed).param("n", decree)
                .param("d", decree == null ? null : java.time.LocalDate.of(2025, 12, 20)).update();
    }

    private String recommended(UUID person) {
        return String.join(";", db.sql("SELECT kind || ' ' || sanction_class || ' ' || COALESCE(penalty, '-') FROM examination_sanction "
                + "WHERE person_id = :p ORDER BY kind").param("p", person).query(String.class).list());
    }

    private String reported(UUID person) {
        return String.join(";", db.sql("""
                        SELECT kind || ' ' || imposed || ' ' || COALESCE(sanction_class, '-') || ' ' || COALESCE(decree_number, '-')
                            || ' ' || COALESCE(decree_date::text, '-')
                        FROM follow_up_sanction WHERE person_id = :p ORDER BY kind""").param("p", person).query(String.class).list());
    }

    @Test
    void eachPersonsOneSanctionBecomesTheSanctionOfItsKind() {
        flyway("21").migrate();
        db = JdbcClient.create(upgraded);
        UUID moral = examined("MORAL_OPEN");
        followedUp(moral, "MORAL_OPEN", "800/1/2025");
        UUID discipline = examined("DISCIPLINE_MEDIUM");
        followedUp(discipline, "DISCIPLINE_LIGHT", "800/2/2025");
        UUID dismissal = examined("DISMISSAL");
        followedUp(dismissal, null, null);
        UUID waiting = examined("DISCIPLINE_HEAVY");
        UUID notProven = examined(null);

        flyway("latest").migrate();

        assertThat(recommended(moral)).isEqualTo("MORAL MORAL_OPEN -");
        assertThat(reported(moral)).isEqualTo("MORAL true MORAL_OPEN 800/1/2025 2025-12-20");
        assertThat(recommended(discipline)).isEqualTo("DISCIPLINARY DISCIPLINE_MEDIUM -");
        assertThat(reported(discipline)).isEqualTo("DISCIPLINARY true DISCIPLINE_LIGHT 800/2/2025 2025-12-20");
        assertThat(recommended(dismissal)).isEqualTo("DISCIPLINARY DISMISSAL -");
        assertThat(reported(dismissal)).as("nothing imposed: none of what was recommended").isEqualTo("DISCIPLINARY false - - -");
        assertThat(recommended(waiting)).isEqualTo("DISCIPLINARY DISCIPLINE_HEAVY -");
        assertThat(reported(waiting)).isEmpty();
        assertThat(recommended(notProven)).isEmpty();
        assertThat(db.sql("SELECT sanction_imposed FROM follow_up WHERE person_id = :p").param("p", discipline)
                .query(Boolean.class).single()).isTrue();

        // The single columns are gone; the catalogue knows each class's kind and the dismissal's basis is UU 20/2023.
        assertThat(db.sql("SELECT count(*) FROM information_schema.columns WHERE (table_name = 'examination' AND column_name = "
                + "'recommended_sanction') OR (table_name = 'follow_up' AND column_name IN ('imposed_sanction', 'decree_number', "
                + "'decree_date'))").query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT kind || ' ' || severity || ' ' || basis FROM sanction_class WHERE code = 'DISMISSAL'")
                .query(String.class).single()).isEqualTo("DISCIPLINARY 4 UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)");
        assertThat(db.sql("SELECT count(*) FROM sanction_class WHERE basis LIKE '%5/2014%'").query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT count(*) FROM sanction_penalty WHERE employment_type = 'PPPK'").query(Long.class).single()).isEqualTo(10);
        // A sanction of the wrong kind, or a penalty of another class, is refused by the tables themselves.
        assertThatThrownBy(() -> db.sql("INSERT INTO examination_sanction (person_id, kind, sanction_class) VALUES (:p, 'MORAL', "
                + "'DISCIPLINE_LIGHT')").param("p", notProven).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.sql("INSERT INTO examination_sanction (person_id, kind, sanction_class, penalty) VALUES (:p, "
                + "'DISCIPLINARY', 'DISCIPLINE_LIGHT', 'PNS_DISMISSAL')").param("p", notProven).update()).isInstanceOf(DataAccessException.class);
    }
}
