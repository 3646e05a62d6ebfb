package id.netra.workflow;

import java.util.List;

/**
 * The one catalogue of process variables. The process carries the case id (also its business key) and the few
 * routing values its gateways, candidate groups and timers read; everything else lives in the case file. The names
 * of the model's elements are in {@link FlowNodes}.
 */
public final class ProcessVariables {

    public record Var<T>(String name, Class<T> type) {
    }

    public static final Var<String> CASE_ID = new Var<>("caseId", String.class);
    /** {@code REPORT} or {@code FINDING}. */
    public static final Var<String> SOURCE = new Var<>("source", String.class);
    public static final Var<String> ELECTION_TYPE = new Var<>("electionType", String.class);
    /** The handling Bawaslu office: candidate groups {@code bawaslu-officer:<office>}, {@code bawaslu-commissioner:<office>}. */
    public static final Var<String> OFFICE = new Var<>("office", String.class);
    /** The reported ASN's agency: candidate group {@code ppk:<agency>}. */
    public static final Var<String> AGENCY = new Var<>("agency", String.class);
    /** {@code REGISTER}, {@code INCOMPLETE} or {@code TRANSFER}. */
    public static final Var<String> REVIEW_OUTCOME = new Var<>("reviewOutcome", String.class);
    public static final Var<String> CONCLUSION = new Var<>("conclusion", String.class);
    public static final Var<Boolean> PLENARY_APPROVED = new Var<>("plenaryApproved", Boolean.class);
    public static final Var<String> EXAMINATION_OUTCOME = new Var<>("examinationOutcome", String.class);
    public static final Var<Boolean> RECOMMENDATION_APPROVED = new Var<>("recommendationApproved", Boolean.class);
    public static final Var<Boolean> FOLLOW_UP_REPORTED = new Var<>("followUpReported", Boolean.class);
    public static final Var<Boolean> FOLLOW_UP_ACCEPTED = new Var<>("followUpAccepted", Boolean.class);
    /** The PPK declared it will not impose the recommended sanction: non-compliance at once. */
    public static final Var<Boolean> FOLLOW_UP_REFUSED = new Var<>("followUpRefused", Boolean.class);
    /** The PPK objected to the recommendation (sanggahan): the examining agency answers. */
    public static final Var<Boolean> FOLLOW_UP_OBJECTED = new Var<>("followUpObjected", Boolean.class);
    /** The examining agency's answer to the objection: the recommendation stands (else it is examined again). */
    public static final Var<Boolean> OBJECTION_UPHELD = new Var<>("objectionUpheld", Boolean.class);

    public static final List<Var<?>> ALL = List.of(CASE_ID, SOURCE, ELECTION_TYPE, OFFICE, AGENCY, REVIEW_OUTCOME,
            CONCLUSION, PLENARY_APPROVED, EXAMINATION_OUTCOME, RECOMMENDATION_APPROVED, FOLLOW_UP_REPORTED,
            FOLLOW_UP_ACCEPTED, FOLLOW_UP_REFUSED, FOLLOW_UP_OBJECTED, OBJECTION_UPHELD);

    private ProcessVariables() {
    }
}
