package id.netra.casefile;

import id.netra.deadline.ElectionType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The case file's tables. Each feature updates the columns of its own step through {@link #update}. */
@Repository
public class CaseRepository {

    static final String COLUMNS = """
            c.id, c.tracking_number, c.source, c.election_type, c.status, c.office_code, c.register_number,
            c.registered_at, c.reported_name, c.reported_nip, c.reported_position, c.agency_code, c.incident_date,
            c.known_on, c.incident_place, c.region_code, c.description, c.late_filing, c.conclusion, c.violation_types,
            c.other_route, c.analysis, c.missing_items, c.assessment_extended, c.extension_reason, c.assessment_overdue,
            c.examination_outcome, c.recommended_sanction, c.examination_reasoning, c.imposed_sanction,
            c.decree_number, c.decree_date, c.personnel_data_blocked, c.created_at, c.forwarded_at, c.recommended_at,
            c.closed_at""";

    static final RowMapper<CaseFile> MAPPER = CaseRepository::map;

    private static final java.util.Set<String> UPDATABLE = java.util.Set.of(
            "office_code", "missing_items", "conclusion", "violation_types", "other_route", "analysis",
            "assessment_extended", "extension_reason", "assessment_overdue", "examination_outcome",
            "recommended_sanction", "examination_reasoning", "imposed_sanction", "decree_number", "decree_date",
            "personnel_data_blocked", "forwarded_at", "recommended_at", "closed_at", "register_number", "registered_at",
            "description", "incident_place");

    private final JdbcClient jdbc;

    public CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String trackingNumber, String accessCodeHash, NewCase c, CaseStatus status, boolean lateFiling) {
        jdbc.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            reported_name, reported_nip, reported_position, agency_code, incident_date, known_on,
                            incident_place, region_code, description, late_filing, created_by)
                        VALUES (:id, :tn, :ac, :source, :et, :status, :office, :rname, :nip, :pos, :agency, :idate, :known,
                            :place, :region, :descr, :late, :by)""")
                .param("id", id).param("tn", trackingNumber).param("ac", accessCodeHash).param("source", c.source())
                .param("et", c.electionType().name()).param("status", status.name()).param("office", c.officeCode())
                .param("rname", c.reportedName()).param("nip", c.reportedNip()).param("pos", c.reportedPosition())
                .param("agency", c.agencyCode()).param("idate", c.incidentDate()).param("known", c.knownOn())
                .param("place", c.incidentPlace()).param("region", c.regionCode()).param("descr", c.description())
                .param("late", lateFiling).param("by", c.createdBy())
                .update();
        if (c.reporter() != null) {
            Reporter r = c.reporter();
            jdbc.sql("INSERT INTO case_reporter (case_id, name, nik, address, phone, email) VALUES (:id, :n, :nik, :a, :p, :e)")
                    .param("id", id).param("n", r.name()).param("nik", r.nik()).param("a", r.address())
                    .param("p", r.phone()).param("e", r.email()).update();
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

    public Optional<Reporter> reporter(UUID id) {
        return jdbc.sql("SELECT name, nik, address, phone, email FROM case_reporter WHERE case_id = :id").param("id", id)
                .query((rs, n) -> new Reporter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Replaces the current details (the handling office's view) and keeps them as a new version. */
    public void updateReporter(UUID id, Reporter r) {
        jdbc.sql("""
                        INSERT INTO case_reporter (case_id, name, nik, address, phone, email) VALUES (:id, :n, :nik, :a, :p, :e)
                        ON CONFLICT (case_id) DO UPDATE SET name = EXCLUDED.name, nik = EXCLUDED.nik,
                            address = EXCLUDED.address, phone = EXCLUDED.phone, email = EXCLUDED.email""")
                .param("id", id).param("n", r.name()).param("nik", r.nik()).param("a", r.address())
                .param("p", r.phone()).param("e", r.email()).update();
        appendReporterVersion(id, r);
    }

    private void appendReporterVersion(UUID id, Reporter r) {
        jdbc.sql("""
                        INSERT INTO case_reporter_version (case_id, version, name, nik, address, phone, email)
                        SELECT :id, COALESCE(max(version), 0) + 1, :n, :nik, :a, :p, :e
                        FROM case_reporter_version WHERE case_id = :id""")
                .param("id", id).param("n", r.name()).param("nik", r.nik()).param("a", r.address())
                .param("p", r.phone()).param("e", r.email()).update();
    }

    /**
     * Every version of the reporter's details the case has held, oldest first, and the current ones last in case
     * they were written without a version (by a node of the previous release during an upgrade, say). Empty for a
     * finding.
     */
    public List<Reporter> reporterVersions(UUID id) {
        return jdbc.sql("""
                        SELECT name, nik, address, phone, email FROM (
                            SELECT name, nik, address, phone, email, version FROM case_reporter_version WHERE case_id = :id
                            UNION ALL
                            SELECT name, nik, address, phone, email, 2147483647 FROM case_reporter WHERE case_id = :id) v
                        ORDER BY version""")
                .param("id", id)
                .query((rs, n) -> new Reporter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public List<Witness> witnesses(UUID id) {
        return jdbc.sql("SELECT name, contact FROM case_witness WHERE case_id = :id ORDER BY id").param("id", id)
                .query((rs, n) -> new Witness(rs.getString(1), rs.getString(2))).list();
    }

    public void addWitness(UUID id, Witness w) {
        jdbc.sql("INSERT INTO case_witness (case_id, name, contact) VALUES (:id, :n, :c)")
                .param("id", id).param("n", w.name()).param("c", w.contact()).update();
    }

    /** Sets the given columns of one case; column names come from code, never from input. */
    public void update(UUID id, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE case_file SET updated_at = now()");
        JdbcClient.StatementSpec spec;
        for (String column : columns.keySet()) {
            if (!UPDATABLE.contains(column)) {
                throw new IllegalArgumentException("not an updatable column: " + column);
            }
            sql.append(", ").append(column).append(" = :").append(column);
        }
        sql.append(" WHERE id = :id");
        spec = jdbc.sql(sql.toString()).param("id", id);
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            Object value = e.getValue();
            if (value instanceof Instant instant) {
                value = Timestamp.from(instant);
            } else if (value instanceof List<?> list) {
                value = list.toArray(new String[0]);
            }
            spec = spec.param(e.getKey(), value);
        }
        spec.update();
    }

    private static CaseFile map(ResultSet rs, int n) throws SQLException {
        Array types = rs.getArray("violation_types");
        List<String> violationTypes = types == null ? List.of() : Arrays.asList((String[]) types.getArray());
        return new CaseFile(
                rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("source"),
                ElectionType.valueOf(rs.getString("election_type")), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("office_code"), rs.getString("register_number"), instant(rs, "registered_at"),
                rs.getString("reported_name"), rs.getString("reported_nip"), rs.getString("reported_position"),
                rs.getString("agency_code"), rs.getObject("incident_date", java.time.LocalDate.class),
                rs.getObject("known_on", java.time.LocalDate.class), rs.getString("incident_place"),
                rs.getString("region_code"), rs.getString("description"), rs.getBoolean("late_filing"),
                rs.getString("conclusion"), violationTypes, rs.getString("other_route"), rs.getString("analysis"),
                rs.getString("missing_items"), rs.getBoolean("assessment_extended"), rs.getString("extension_reason"),
                rs.getBoolean("assessment_overdue"), rs.getString("examination_outcome"),
                rs.getString("recommended_sanction"), rs.getString("examination_reasoning"),
                rs.getString("imposed_sanction"), rs.getString("decree_number"),
                rs.getObject("decree_date", java.time.LocalDate.class), rs.getBoolean("personnel_data_blocked"),
                instant(rs, "created_at"), instant(rs, "forwarded_at"), instant(rs, "recommended_at"), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
