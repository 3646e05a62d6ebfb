package id.netra.casefile;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who sees which case (SPEC §5), in one place: as a check on one case and as the SQL of every list.
 * A case outside the user's scope is answered as if it did not exist.
 */
@Component
public class CaseAccess {

    public enum View {
        /** Outside the user's scope. */
        NONE,
        /** The Bawaslu office handling the case: everything, the reporter's identity included. */
        HANDLING,
        /** A province office or RI over a case below it: read only, no reporter identity. */
        OVERSIGHT,
        /** The examining agency, from forwarding on. */
        EXAMINING,
        /** The PPK of a reported person's agency, from that person's recommendation on: only those persons. */
        PPK;

        public boolean seesReporter() {
            return this == HANDLING;
        }
    }

    /** A SQL condition on {@code case_file c} with its parameters. */
    public record Scope(String condition, Map<String, Object> params) {
    }

    private final JdbcClient jdbc;

    public CaseAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public View viewOf(NetraUser user, CaseFile c) {
        return switch (user.role()) {
            case BAWASLU_OFFICER, BAWASLU_COMMISSIONER -> {
                if (c.officeCode().equals(user.officeCode())) {
                    yield View.HANDLING;
                }
                yield oversees(user.officeCode(), c.officeCode()) ? View.OVERSIGHT : View.NONE;
            }
            case EXAMINER, EXAMINER_APPROVER -> c.forwardedAt() != null ? View.EXAMINING : View.NONE;
            case PPK -> user.agencyCode() != null && !addressedTo(c.id(), user.agencyCode()).isEmpty() ? View.PPK : View.NONE;
            case ADMIN -> View.NONE;
        };
    }

    /** The persons of the case whose recommendation is addressed to this agency's PPK. */
    private Set<UUID> addressedTo(UUID caseId, String agencyCode) {
        return Set.copyOf(jdbc.sql("SELECT person_id FROM person_track WHERE case_id = :c AND ppk_agency = :a")
                .param("c", caseId).param("a", agencyCode).query(UUID.class).list());
    }

    /**
     * The persons of the case the viewer reads: a PPK only those addressed to their agency, everyone else who sees the
     * case all of them.
     */
    public List<CasePerson> visiblePersons(NetraUser user, View view, List<CasePerson> persons) {
        if (view == View.NONE) {
            return List.of();
        }
        if (view != View.PPK) {
            return persons;
        }
        if (persons.isEmpty()) {
            return persons;
        }
        Set<UUID> addressed = addressedTo(persons.get(0).caseId(), user.agencyCode());
        return persons.stream().filter(p -> addressed.contains(p.id())).collect(Collectors.toList());
    }

    static boolean oversees(String userOffice, String caseOffice) {
        if ("RI".equals(userOffice)) {
            return true;
        }
        return userOffice.length() == 2 && caseOffice.startsWith(userOffice + ".");
    }

    public Scope scope(NetraUser user) {
        Role role = user.role();
        if (role.isBawaslu()) {
            if ("RI".equals(user.officeCode())) {
                return new Scope("TRUE", Map.of());
            }
            if (user.officeCode().length() == 2) {
                // The province's own office (PP) and its regencies/cities (PP.RR): the province index (V10).
                return new Scope("left(c.office_code, 2) = :scopeProvince", Map.of("scopeProvince", user.officeCode()));
            }
            return new Scope("c.office_code = :scopeOffice", Map.of("scopeOffice", user.officeCode()));
        }
        if (role.isExaminingAgency()) {
            return new Scope("c.forwarded_at IS NOT NULL", Map.of());
        }
        if (role == Role.PPK) {
            return new Scope("EXISTS (SELECT 1 FROM person_track st WHERE st.case_id = c.id AND st.ppk_agency = :scopeAgency)",
                    Map.of("scopeAgency", user.agencyCode() == null ? "" : user.agencyCode()));
        }
        return new Scope("FALSE", Map.of());
    }

    /**
     * The same scope as {@link #scope} over the statistics summaries (V37, V38), whose rows carry each case's
     * {@code office_code}, whether it was forwarded ({@code case_forwarded}) and the PPK's agency ({@code ppk_agency}: of
     * a person's track, or of a PPK's own summary of its cases): a PPK reads the rows of its agency.
     */
    public Scope summaryScope(NetraUser user) {
        Role role = user.role();
        if (role == Role.PPK) {
            return new Scope("ppk_agency = :scopeAgency", Map.of("scopeAgency", user.agencyCode() == null ? "" : user.agencyCode()));
        }
        // As scope(user), over the summaries' columns (statistics.StatisticsSummariesIT holds the two to the same figures).
        if (role.isBawaslu()) {
            if ("RI".equals(user.officeCode())) {
                return new Scope("TRUE", Map.of());
            }
            if (user.officeCode().length() == 2) {
                return new Scope("left(office_code, 2) = :scopeProvince", Map.of("scopeProvince", user.officeCode()));
            }
            return new Scope("office_code = :scopeOffice", Map.of("scopeOffice", user.officeCode()));
        }
        if (role.isExaminingAgency()) {
            return new Scope("case_forwarded", Map.of());
        }
        return new Scope("FALSE", Map.of());
    }

    /**
     * A SQL condition on a reported person ({@code case_person <alias>}) of {@code case_file c}: whether the user reads
     * that person. A PPK reads only the persons addressed to its agency ({@link #visiblePersons}), everyone else every
     * person of a case in their {@link #scope}.
     */
    public Scope personScope(NetraUser user, String alias) {
        if (user.role() == Role.PPK) {
            return new Scope("EXISTS (SELECT 1 FROM person_track pst WHERE pst.person_id = " + alias + ".id AND pst.ppk_agency = :scopeAgency)",
                    Map.of("scopeAgency", user.agencyCode() == null ? "" : user.agencyCode()));
        }
        return scope(user);
    }
}
