package id.netra.casefile;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reported persons of cases ({@code case_person}), in the order the report or finding named them. */
@Repository
public class CasePersons {

    /** A case names at most this many persons. */
    public static final int MAX_PERSONS = 50;

    private static final String COLUMNS = "p.id, p.case_id, p.ordinal, p.name, p.employment_type, p.nip, p.position, "
            + "p.position_category, p.agency_code";

    private static final RowMapper<CasePerson> MAPPER = (rs, n) -> new CasePerson(
            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
            CasePerson.EmploymentType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
            rs.getString(8) == null ? null : CasePerson.PositionCategory.valueOf(rs.getString(8)), rs.getString(9));

    private final JdbcClient jdbc;

    public CasePersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID caseId, List<CasePerson.Named> persons) {
        int ordinal = 0;
        for (CasePerson.Named p : persons) {
            ordinal++;
            jdbc.sql("""
                            INSERT INTO case_person (id, case_id, ordinal, name, employment_type, nip, position, position_category, agency_code)
                            VALUES (:id, :case, :ord, :name, :type, :nip, :pos, :cat, :agency)""")
                    .param("id", UUID.randomUUID()).param("case", caseId).param("ord", ordinal).param("name", p.name())
                    .param("type", p.employmentType().name()).param("nip", p.nip()).param("pos", p.position())
                    .param("cat", p.positionCategory() == null ? null : p.positionCategory().name())
                    .param("agency", p.agencyCode()).update();
        }
    }

    /** The case's persons, in the order they were named. */
    public List<CasePerson> of(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_person p WHERE p.case_id = :id ORDER BY p.ordinal")
                .param("id", caseId).query(MAPPER).list();
    }

    public Optional<CasePerson> find(UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_person p WHERE p.id = :id").param("id", personId)
                .query(MAPPER).optional();
    }

    public CasePerson get(UUID personId) {
        return find(personId).orElseThrow(() -> new IllegalStateException("no person " + personId));
    }

    /** The first person a case named: the one person of a case opened by the first release. */
    public CasePerson first(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_person p WHERE p.case_id = :id ORDER BY p.ordinal LIMIT 1")
                .param("id", caseId).query(MAPPER).optional()
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " names no person"));
    }
}
