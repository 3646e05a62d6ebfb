package id.netra.upgrade;

import id.netra.support.UpgradeTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V30 on a database of the release before it (V29): every existing track takes its case's creation time, so that a
 * PPK's cases come newest first from the agency's index of its tracks (two tracks of one case, both the agency's, give
 * the case once); a case's creation time changed afterwards moves its tracks' copy. On a database of its own in the
 * same server. V31 on a database of V30: the agency's index of its tracks carries each track's person, and the persons'
 * index by id what a person criterion tests, so that a PPK's search by a name reads both indexes alone.
 */
class OrderedScopeUpgradeIT extends UpgradeTest {

    @Test
    void existingTracksTakeTheirCasesCreationTimeAndFollowIt() {
        flyway("29").migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        for (UUID c : new UUID[]{older, newer}) {
            db.sql("""
                            INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                                incident_date, known_on, incident_place, region_code, description, created_at)
                            VALUES (:id, :tn, 'x', 'FINDING', 'PILKADA', 'RECOMMENDATION_ISSUED', '36.04', DATE '2026-06-01',
                                DATE '2026-06-02', 'Ciruas', '36.04', 'Unggahan.', :at)""")
                    .param("id", c).param("tn", c.equals(older) ? "TMN-2026-000881" : "TMN-2026-000882")
                    .param("at", java.sql.Timestamp.from(java.time.Instant.parse(c.equals(older)
                            ? "2026-06-03T02:00:00Z" : "2026-06-04T02:00:00Z"))).update();
            for (int ordinal = 1; ordinal <= 2; ordinal++) {
                UUID person = UUID.randomUUID();
                db.sql("""
                                INSERT INTO case_person (id, case_id, ordinal, name, employment_type, position, agency_code)
                                VALUES (:p, :c, :o, 'Budi Santoso', 'PNS', 'Lurah', 'PEMDA-36.73')""")
                        .param("p", person).param("c", c).param("o", ordinal).update();
                db.sql("""
                                INSERT INTO person_track (person_id, case_id, status, opened_at, ppk_agency)
                                VALUES (:p, :c, 'RECOMMENDATION_ISSUED', TIMESTAMPTZ '2026-06-10 09:00:00+07', 'PEMDA-36.73')""")
                        .param("p", person).param("c", c).update();
            }
        }

        flyway("latest").migrate();

        assertThat(db.sql("SELECT count(*) FROM person_track t JOIN case_file c ON c.id = t.case_id "
                + "WHERE t.case_id IN (:a, :b) AND t.case_created_at = c.created_at").param("a", older).param("b", newer)
                .query(Long.class).single()).isEqualTo(4);
        // The agency's cases, newest first, each once: as a PPK's search chooses its page.
        String page = """
                SELECT DISTINCT ON (pk.case_created_at, pk.case_id) pk.case_id FROM person_track pk
                WHERE pk.ppk_agency = 'PEMDA-36.73' AND pk.case_id IN (:a, :b) ORDER BY pk.case_created_at DESC, pk.case_id""";
        assertThat(db.sql(page).param("a", older).param("b", newer).query(UUID.class).list()).containsExactly(newer, older);
        db.sql("UPDATE case_file SET created_at = created_at + INTERVAL '2 days' WHERE id = :c").param("c", older).update();
        assertThat(db.sql(page).param("a", older).param("b", newer).query(UUID.class).list()).containsExactly(older, newer);
    }

    @Test
    void aPpksTracksAndTheirPersonsAreReadFromIndexesAloneAfterV31() {
        flyway("30").migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        UUID c = UUID.randomUUID();
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            incident_date, known_on, incident_place, region_code, description)
                        VALUES (:id, 'TMN-2026-000883', 'x', 'FINDING', 'PILKADA', 'RECOMMENDATION_ISSUED', '36.04', DATE '2026-06-01',
                            DATE '2026-06-02', 'Ciruas', '36.04', 'Unggahan.')""").param("id", c).update();
        String[] names = {"Rina Marlina", "Dedi Kurniawan"};
        for (int ordinal = 1; ordinal <= 2; ordinal++) {
            UUID person = UUID.randomUUID();
            db.sql("""
                            INSERT INTO case_person (id, case_id, ordinal, name, employment_type, position, agency_code)
                            VALUES (:p, :c, :o, :n, 'PNS', 'Lurah', 'PEMDA-36.73')""")
                    .param("p", person).param("c", c).param("o", ordinal).param("n", names[ordinal - 1]).update();
            db.sql("""
                            INSERT INTO person_track (person_id, case_id, status, opened_at, ppk_agency, case_created_at)
                            SELECT :p, :c, 'RECOMMENDATION_ISSUED', now(), 'PEMDA-36.73', created_at FROM case_file WHERE id = :c""")
                    .param("p", person).param("c", c).update();
        }

        flyway("latest").migrate();

        assertThat(db.sql("SELECT pg_get_indexdef('person_track_ppk_created_idx'::regclass)").query(String.class).single())
                .contains("(ppk_agency, case_created_at DESC, case_id) INCLUDE (person_id)").contains("WHERE (ppk_agency IS NOT NULL)");
        assertThat(db.sql("SELECT pg_get_indexdef('case_person_id_tested_idx'::regclass)").query(String.class).single())
                .contains("UNIQUE").contains("(id) INCLUDE (name, nip, agency_code)");
        assertThat(db.sql("SELECT pg_get_indexdef('case_decision_rejected_idx'::regclass)").query(String.class).single())
                .contains("(person_id, case_id)").contains("WHERE ((outcome)::text = 'REJECTED'::text)");
        // A PPK's count by a name (CaseQueries): the agency's tracks, each testing its own person; the case once.
        db.sql("VACUUM ANALYZE person_track").update();
        db.sql("VACUUM ANALYZE case_person").update();
        String count = """
                SELECT count(*) FROM (SELECT DISTINCT ON (pk.case_created_at, pk.case_id) pk.case_id FROM person_track pk
                WHERE pk.ppk_agency = 'PEMDA-36.73' AND EXISTS (SELECT 1 FROM case_person qp WHERE qp.id = pk.person_id
                AND qp.name ILIKE :name) ORDER BY pk.case_created_at DESC, pk.case_id LIMIT 101) matches""";
        assertThat(db.sql(count).param("name", "%r%").query(Long.class).single()).isEqualTo(1);
        // ... read from the two indexes alone (on V30 the tracks' index carried no person, the persons' was the key alone).
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(upgraded)).executeWithoutResult(tx -> {
            db.sql("SET LOCAL enable_seqscan = off").update();
            db.sql("SET LOCAL enable_bitmapscan = off").update();
            String plan = String.join("\n", db.sql("EXPLAIN " + count).param("name", "%r%").query(String.class).list());
            assertThat(plan).contains("Index Only Scan using person_track_ppk_created_idx",
                    "Index Only Scan using case_person_id_tested_idx");
        });
        assertThat(db.sql(count).param("name", "%kurniawan%").query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql(count).param("name", "%budi%").query(Long.class).single()).isZero();
    }
}
