package id.netra.access;

import java.util.ArrayList;
import java.util.List;

/**
 * A signed-in user: one role, and the office (Bawaslu) or agency (PPK) it acts for.
 * {@link #groups()} are the candidate groups of the BPMN user tasks this user may work.
 */
public record NetraUser(String username, String displayName, Role role, String officeCode, String agencyCode)
        implements java.io.Serializable {

    public static final String OFFICER_GROUP = "bawaslu-officer:";
    public static final String COMMISSIONER_GROUP = "bawaslu-commissioner:";
    public static final String EXAMINER_GROUP = "examiner";
    public static final String APPROVER_GROUP = "examiner-approver";
    public static final String PPK_GROUP = "ppk:";

    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        switch (role) {
            case BAWASLU_OFFICER -> groups.add(OFFICER_GROUP + officeCode);
            // A commissioner also may do an officer's work in their office; four-eyes keeps the plenary separate.
            case BAWASLU_COMMISSIONER -> {
                groups.add(COMMISSIONER_GROUP + officeCode);
                groups.add(OFFICER_GROUP + officeCode);
            }
            case EXAMINER -> groups.add(EXAMINER_GROUP);
            // An approver is a senior examiner; four-eyes keeps approval apart from the examination.
            case EXAMINER_APPROVER -> {
                groups.add(APPROVER_GROUP);
                groups.add(EXAMINER_GROUP);
            }
            case PPK -> groups.add(PPK_GROUP + agencyCode);
            case ADMIN -> {
            }
        }
        return groups;
    }
}
