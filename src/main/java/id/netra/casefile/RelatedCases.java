package id.netra.casefile;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.platform.Messages;
import id.netra.platform.SqlStatement;
import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The other cases naming a NIP that one case names (issue 12, item 7: a duplicate report, or a person reported again):
 * those still open, and those closed within {@code netra.related-cases.closed-within} (365 days by default), matched on
 * the NIPs of the persons the viewer reads in this case, as stored (digits only: intake drops the spaces people type).
 *
 * <p>What a viewer learns of them follows their scope ({@link CaseAccess}). A related case they may open is listed —
 * register number, status as they read it, when it was received, which NIPs it shares, a link —; nothing more of it,
 * so its reporter, whom only its own handling office reads, is never named here. A related case outside their scope is
 * never identified. Only a Bawaslu officer is told how many such cases there are: Bawaslu is one body whose offices
 * coordinate a report made twice (a transfer to the office handling the first), and a bare count names no case, office,
 * status or reporter. The examining agency and a PPK are told nothing of cases outside their scope, not even a count:
 * for them the cases they do not see are Bawaslu's unforwarded work (or another PPK's persons), and a count would tell
 * them an allegation against their person exists that Bawaslu has not forwarded — perhaps one it found unproven.
 * A PPK, who reads only the persons of a case addressed to it, is matched on those persons alone, on both sides.
 */
@Component
public class RelatedCases {

    /** A related case as its viewer reads it. {@code nips}: the NIPs of this case it names too; {@code href}: its page. */
    public record RelatedCase(UUID caseId, String registerNumber, CaseStatus status, String statusLabel, Instant receivedAt,
                              Instant closedAt, List<String> nips, String href) {
    }

    /**
     * The related cases of a case for one viewer: the newest {@code netra.related-cases.listed} of those they read, how
     * many they read in all ({@code inScope}), and how many others there are ({@code outsideScope}; null when the viewer
     * is not told).
     */
    public record Found(List<RelatedCase> listed, int inScope, Integer outsideScope) {

        static Found none(boolean tellsOutside) {
            return new Found(List.of(), 0, tellsOutside ? 0 : null);
        }
    }

    private static final String CLOSED_STATUSES = String.join(", ", Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::closed).map(s -> "'" + s.name() + "'").toList());

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final RelatedCasesProperties properties;

    public RelatedCases(JdbcClient jdbc, CaseAccess access, RelatedCasesProperties properties) {
        this.jdbc = jdbc;
        this.access = access;
        this.properties = properties;
    }

    /**
     * One query for the case, whatever the number of its persons: the persons' NIPs together against the NIP index
     * ({@code case_person_nip_idx}), each other case once.
     */
    public Found of(NetraUser user, UUID caseId, List<CasePerson> readPersons) {
        boolean tellsOutside = user.role().isBawaslu();
        List<String> nips = readPersons.stream().map(CasePerson::nip).filter(Objects::nonNull).distinct().toList();
        if (nips.isEmpty() || user.role() == Role.ADMIN) {
            return Found.none(tellsOutside);
        }
        SqlStatement statement = statement(user, caseId, nips);
        Locale locale = Messages.currentLocale();
        List<RelatedCase> listed = new ArrayList<>();
        int[] counts = {0, 0};
        jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
            counts[0] = rs.getInt("in_scope");
            counts[1] = rs.getInt("outside_scope");
            if (rs.getBoolean("readable")) {
                UUID id = rs.getObject("id", UUID.class);
                CaseStatus st = CaseStatus.valueOf(rs.getString("status"));
                List<String> shared = new ArrayList<>(Arrays.asList((String[]) rs.getArray("nips").getArray()));
                // In the order this case names its persons.
                shared.sort(java.util.Comparator.comparingInt(nips::indexOf));
                listed.add(new RelatedCase(id, rs.getString("register_number"), st, st.label(locale),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        List.copyOf(shared), "/perkara/" + id));
            }
        });
        return new Found(List.copyOf(listed), counts[0], tellsOutside ? counts[1] : null);
    }

    /**
     * What {@link #of} runs for these NIPs (at least one), so that its plan can be read with the values it runs with:
     * the NIPs' rows through the NIP index, then their cases by id.
     */
    public SqlStatement statement(NetraUser user, UUID caseId, List<String> nips) {
        boolean tellsOutside = user.role().isBawaslu();
        CaseAccess.Scope readable = access.personScope(user, "op");
        Map<String, Object> params = new HashMap<>(readable.params());
        params.put("nips", nips);
        params.put("caseId", caseId);
        params.put("since", java.sql.Timestamp.from(Today.now().minus(properties.closedWithin())));
        params.put("listed", properties.listed());
        // A PPK reads a case's status as its own persons' tracks make it (as in the case answer and the search).
        String status = user.role() == Role.PPK
                ? "COALESCE(" + PersonTracks.summariseSql("person_track t WHERE t.case_id = c.id AND t.ppk_agency = :scopeAgency")
                        + ", c.status)"
                : "c.status";
        return new SqlStatement("""
                SELECT r.id, r.register_number, r.status, r.created_at, r.closed_at, r.nips, r.readable,
                       count(*) FILTER (WHERE r.readable) OVER () AS in_scope,
                       count(*) FILTER (WHERE NOT r.readable) OVER () AS outside_scope
                FROM (SELECT c.id, c.register_number, %s AS status, c.created_at, c.closed_at,
                             array_agg(DISTINCT op.nip) AS nips, bool_or(%s) AS readable
                      FROM case_person op JOIN case_file c ON c.id = op.case_id
                      WHERE op.nip IN (:nips) AND op.case_id <> :caseId
                        AND (c.status NOT IN (%s) OR c.closed_at >= :since)%s
                      GROUP BY c.id) r
                ORDER BY r.readable DESC, r.created_at DESC, r.id
                LIMIT :listed""".formatted(status, readable.condition(), CLOSED_STATUSES,
                // Those who are not told of the others do not have them counted either.
                tellsOutside ? "" : " AND " + readable.condition()), params);
    }
}
