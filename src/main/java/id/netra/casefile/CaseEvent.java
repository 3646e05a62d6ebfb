package id.netra.casefile;

import java.util.Map;
import java.util.UUID;

/**
 * Something a user did to or with a case (read it, claimed, completed a task, extended a deadline), published as an
 * application event in the acting transaction; the audit trail records it.
 */
public record CaseEvent(String actor, String action, UUID caseId, Map<String, Object> detail) {

    public static final String READ = "CASE_READ";
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_UNCLAIMED = "TASK_UNCLAIMED";
    public static final String TASK_REASSIGNED = "TASK_REASSIGNED";
    public static final String TASK_COMPLETED = "TASK_COMPLETED";
    public static final String ASSESSMENT_EXTENDED = "ASSESSMENT_EXTENDED";
    /** A recommendation sent on to the PPK of the agency its person moved to. */
    public static final String RECOMMENDATION_READDRESSED = "RECOMMENDATION_READDRESSED";
    /** A person's track closed as moot: the person retired, resigned or died. */
    public static final String TRACK_CLOSED_MOOT = "TRACK_CLOSED_MOOT";
    /** The examining agency asked for clarification on a person. */
    public static final String CLARIFICATION_REQUESTED = "CLARIFICATION_REQUESTED";
    /** An evidence file was attached to the case (by the reporter, or an officer at a task). */
    public static final String EVIDENCE_ADDED = "EVIDENCE_ADDED";
    /** An evidence file's content was read (downloaded). */
    public static final String EVIDENCE_READ = "EVIDENCE_READ";
    /** An evidence file was marked shareable beyond those who read it by default, or no longer. */
    public static final String EVIDENCE_SHARED = "EVIDENCE_SHARED";
}
