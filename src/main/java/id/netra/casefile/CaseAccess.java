package id.netra.casefile;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import org.springframework.stereotype.Component;

import java.util.Map;

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
        /** The reported ASN's agency, from the recommendation on. */
        PPK;

        public boolean seesReporter() {
            return this == HANDLING;
        }
    }

    /** A SQL condition on {@code case_file c} with its parameters. */
    public record Scope(String condition, Map<String, Object> params) {
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
            case PPK -> c.recommendedAt() != null && c.agencyCode().equals(user.agencyCode()) ? View.PPK : View.NONE;
            case ADMIN -> View.NONE;
        };
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
            return new Scope("(c.agency_code = :scopeAgency AND c.recommended_at IS NOT NULL)",
                    Map.of("scopeAgency", user.agencyCode()));
        }
        return new Scope("FALSE", Map.of());
    }
}
