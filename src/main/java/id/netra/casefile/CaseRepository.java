package id.netra.casefile;

import id.netra.platform.Today;
import id.netra.deadline.ElectionType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The case file's own tables: the case, its reporter and witnesses; each change through a named method. */
@Repository
public class CaseRepository {

    static final String COLUMNS = """
            c.id, c.tracking_number, c.source, c.election_type, c.status, c.office_code, c.register_number,
            c.registered_at, c.incident_date, c.known_on, c.discovered_on, c.incident_place, c.region_code, c.description, c.late_filing,
            c.missing_items, c.created_at, c.forwarded_at, c.closed_at""";

    static final RowMapper<CaseFile> MAPPER = CaseRepository::map;

    private final JdbcClient jdbc;

    private final CasePersons persons;

    public CaseRepository(JdbcClient jdbc, CasePersons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    public void insert(UUID id, String trackingNumber, String accessCodeHash, NewCase c, CaseStatus status, boolean lateFiling) {
        jdbc.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            incident_date, known_on, discovered_on, incident_place, region_code, description, late_filing, created_by,
                            created_at, updated_at)
                        VALUES (:id, :tn, :ac, :source, :et, :status, :office, :idate, :known, :discovered, :place, :region, :descr,
                            :late, :by, :now, :now)""")
                .param("id", id).param("tn", trackingNumber).param("ac", accessCodeHash).param("source", c.source())
                .param("et", c.electionType().name()).param("status", status.name()).param("office", c.officeCode())
                .param("idate", c.incidentDate()).param("known", c.knownOn()).param("discovered", c.discoveredOn())
                .param("place", c.incidentPlace()).param("region", c.regionCode()).param("descr", c.description())
                .param("late", lateFiling).param("by", c.createdBy()).param("now", Today.timestamp())
                .update();
        persons.insert(id, c.persons());
        if (c.reporter() != null) {
            Reporter r = c.reporter();
            reporterParams(jdbc.sql("INSERT INTO case_reporter (case_id, " + REPORTER_COLUMNS + ") VALUES (:id, " + REPORTER_PARAMS + ")"), id, r)
                    .update();
            appendReporterVersion(id, r);
        }
        for (Witness w : c.witnesses() == null ? List.<Witness>of() : c.witnesses()) {
            jdbc.sql("INSERT INTO case_witness (case_id, name, contact) VALUES (:id, :n, :c)")
                    .param("id", id).param("n", w.name()).param("c", w.contact()).update();
        }
    }

    public Optional<CaseFile> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_file c WHERE c.id = :id").param("id", id).query(MAPPER).optional();
    }

    public CaseFile get(UUID id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no case " + id));
    }

    public Optional<CaseFile> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_file c WHERE c.tracking_number = :tn")
                .param("tn", trackingNumber).query(MAPPER).optional();
    }

    public Optional<String> accessCodeHash(UUID id) {
        return jdbc.sql("SELECT access_code_hash FROM case_file WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** The reporter's columns, in {@link Reporter}'s order, in case_reporter and case_reporter_version alike. */
    private static final String REPORTER_COLUMNS = "name, nik, address, phone, email, birth_place, birth_date, sex, occupation, citizenship";
    private static final String REPORTER_PARAMS = ":n, :nik, :a, :p, :e, :bp, :bd, :sex, :occ, :cit";
    private static final RowMapper<Reporter> REPORTER = (rs, n) -> new Reporter(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, java.time.LocalDate.class),
            rs.getString(8) == null ? null : Reporter.Sex.valueOf(rs.getString(8)), rs.getString(9),
            rs.getString(10) == null ? null : Reporter.Citizenship.valueOf(rs.getString(10)));

    private static JdbcClient.StatementSpec reporterParams(
            JdbcClient.StatementSpec sql, UUID id, Reporter r) {
        return sql.param("id", id).param("n", r.name()).param("nik", r.nik()).param("a", r.address())
                .param("p", r.phone()).param("e", r.email()).param("bp", r.birthPlace()).param("bd", r.birthDate())
                .param("sex", r.sex() == null ? null : r.sex().name()).param("occ", r.occupation())
                .param("cit", r.citizenship() == null ? null : r.citizenship().name());
    }

    public Optional<Reporter> reporter(UUID id) {
        return jdbc.sql("SELECT " + REPORTER_COLUMNS + " FROM case_reporter WHERE case_id = :id").param("id", id)
                .query(REPORTER).optional();
    }

    /** Replaces the current details (the handling office's view) and keeps them as a new version. */
    public void updateReporter(UUID id, Reporter r) {
        reporterParams(jdbc.sql("INSERT INTO case_reporter (case_id, " + REPORTER_COLUMNS + ") VALUES (:id, " + REPORTER_PARAMS + """
                        ) ON CONFLICT (case_id) DO UPDATE SET name = EXCLUDED.name, nik = EXCLUDED.nik,
                            address = EXCLUDED.address, phone = EXCLUDED.phone, email = EXCLUDED.email,
                            birth_place = EXCLUDED.birth_place, birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex,
                            occupation = EXCLUDED.occupation, citizenship = EXCLUDED.citizenship"""), id, r).update();
        appendReporterVersion(id, r);
    }

    private void appendReporterVersion(UUID id, Reporter r) {
        reporterParams(jdbc.sql("INSERT INTO case_reporter_version (case_id, version, " + REPORTER_COLUMNS + ", recorded_at)"
                + " SELECT :id, COALESCE(max(version), 0) + 1, " + REPORTER_PARAMS + ", :now FROM case_reporter_version WHERE case_id = :id"),
                id, r).param("now", Today.timestamp()).update();
    }

    /**
     * Every version of the reporter's details the case has held, oldest first, and the current ones last in case
     * they were written without a version (by a node of the previous release during an upgrade, say). Empty for a
     * finding.
     */
    public List<Reporter> reporterVersions(UUID id) {
        return jdbc.sql("SELECT " + REPORTER_COLUMNS + " FROM ("
                        + " SELECT " + REPORTER_COLUMNS + ", version FROM case_reporter_version WHERE case_id = :id"
                        + " UNION ALL"
                        + " SELECT " + REPORTER_COLUMNS + ", 2147483647 FROM case_reporter WHERE case_id = :id) v"
                        + " ORDER BY version")
                .param("id", id).query(REPORTER).list();
    }

    public List<Witness> witnesses(UUID id) {
        return jdbc.sql("SELECT name, contact FROM case_witness WHERE case_id = :id ORDER BY id").param("id", id)
                .query((rs, n) -> new Witness(rs.getString(1), rs.getString(2))).list();
    }

    public void addWitness(UUID id, Witness w) {
        jdbc.sql("INSERT INTO case_witness (case_id, name, contact) VALUES (:id, :n, :c)")
                .param("id", id).param("n", w.name()).param("c", w.contact()).update();
    }

    /** The initial review moved the case to another office of jurisdiction. */
    public void assignOffice(UUID id, String officeCode) {
        set(id, "office_code = :v", officeCode);
    }

    /** What the initial review found missing, which the reporter is asked to complete. */
    public void recordMissingItems(UUID id, String missingItems) {
        set(id, "missing_items = :v", missingItems);
    }

    /** The case's register number, given once on registration. */
    public void register(UUID id, String registerNumber, Instant at) {
        jdbc.sql("UPDATE case_file SET register_number = :n, registered_at = :at, updated_at = :now WHERE id = :id")
                .param("now", Today.timestamp()).param("n", registerNumber).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Bawaslu forwarded the case to the examining agency: from now on the agency sees it. */
    public void markForwarded(UUID id, Instant at) {
        set(id, "forwarded_at = :v", Timestamp.from(at));
    }

    /** The reporter's completion: the description with the statement appended, and the place if given. */
    public void recordCompletion(UUID id, String description, String place) {
        jdbc.sql("UPDATE case_file SET description = :d, incident_place = COALESCE(:p, incident_place), updated_at = :now WHERE id = :id")
                .param("now", Today.timestamp()).param("d", description).param("p", place).param("id", id).update();
    }

    private void set(UUID id, String assignment, Object value) {
        jdbc.sql("UPDATE case_file SET " + assignment + ", updated_at = :now WHERE id = :id").param("v", value).param("now", Today.timestamp())
                .param("id", id).update();
    }

    private static CaseFile map(ResultSet rs, int n) throws SQLException {
        return new CaseFile(
                rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("source"),
                ElectionType.valueOf(rs.getString("election_type")), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("office_code"), rs.getString("register_number"), instant(rs, "registered_at"),
                rs.getObject("incident_date", java.time.LocalDate.class),
                rs.getObject("known_on", java.time.LocalDate.class), rs.getObject("discovered_on", java.time.LocalDate.class),
                rs.getString("incident_place"),
                rs.getString("region_code"), rs.getString("description"), rs.getBoolean("late_filing"),
                rs.getString("missing_items"), instant(rs, "created_at"), instant(rs, "forwarded_at"), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
