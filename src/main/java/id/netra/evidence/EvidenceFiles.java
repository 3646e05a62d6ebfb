package id.netra.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The evidence files' rows ({@code evidence_file}), written only here. */
@Repository
class EvidenceFiles {

    private static final String COLUMNS = """
            id, case_id, person_id, origin, kind, task_key, file_name, media_type, size_bytes, sha256, description, shareable,
            shared_by, shared_at, uploaded_by, uploaded_at, store""";

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceFile f) {
        jdbc.sql("""
                        INSERT INTO evidence_file (id, case_id, person_id, origin, kind, task_key, file_name, media_type, size_bytes,
                            sha256, description, shareable, uploaded_by, uploaded_at, store)
                        VALUES (:id, :case, :person, :origin, :kind, :task, :name, :type, :size, :sha, :description, :shareable,
                            :by, :at, :store)""")
                .param("id", f.id()).param("case", f.caseId()).param("person", f.personId()).param("origin", f.origin().name())
                .param("kind", f.kind().name()).param("task", f.taskKey()).param("name", f.fileName()).param("type", f.mediaType())
                .param("size", f.size()).param("sha", f.sha256()).param("description", f.description())
                .param("shareable", f.shareable()).param("by", f.uploadedBy()).param("at", Timestamp.from(f.uploadedAt()))
                .param("store", f.store().name()).update();
    }

    /**
     * The bytes the case's files of one side hold: the reporter's, or the officers' (counted apart, so that what the
     * reporter sends can never leave the officers without room, for the PPK's decree say).
     */
    long total(UUID caseId, boolean reporters) {
        return jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM evidence_file WHERE case_id = :id AND (origin = 'REPORTER') = :r")
                .param("id", caseId).param("r", reporters).query(Long.class).single();
    }

    /**
     * The bytes the case's files hold, read with the case's row locked: two uploads to one case at once are counted one
     * after the other against its limit.
     */
    long totalLocked(UUID caseId, boolean reporters) {
        jdbc.sql("SELECT id FROM case_file WHERE id = :id FOR UPDATE").param("id", caseId).query(UUID.class).single();
        return total(caseId, reporters);
    }

    List<EvidenceFile> ofCase(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE case_id = :id ORDER BY uploaded_at, id")
                .param("id", caseId).query(EvidenceFiles::row).list();
    }

    Optional<EvidenceFile> find(UUID caseId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE case_id = :case AND id = :id")
                .param("case", caseId).param("id", id).query(EvidenceFiles::row).optional();
    }

    void share(UUID id, boolean shareable, String by, Instant at) {
        jdbc.sql("UPDATE evidence_file SET shareable = :s, shared_by = :by, shared_at = :at WHERE id = :id")
                .param("s", shareable).param("by", by).param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static EvidenceFile row(ResultSet rs, int n) throws SQLException {
        Timestamp sharedAt = rs.getTimestamp("shared_at");
        return new EvidenceFile(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("person_id", UUID.class), EvidenceFile.Origin.valueOf(rs.getString("origin")),
                EvidenceFile.Kind.valueOf(rs.getString("kind")), rs.getString("task_key"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("description"),
                rs.getBoolean("shareable"), rs.getString("shared_by"), sharedAt == null ? null : sharedAt.toInstant(),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                EvidenceProperties.Store.valueOf(rs.getString("store")));
    }
}
