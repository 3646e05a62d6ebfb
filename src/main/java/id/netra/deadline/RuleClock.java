package id.netra.deadline;

/**
 * The clocks of a rule set (SPEC §3), in its order, each with the names its number and unit have in the API, the
 * administration's form, {@code netra.rules.*} (in kebab case) and the {@code rule_set} table (in snake case). The
 * numbers of the first release keep their names, which said the one unit they had ({@code assessmentWorkingDays}):
 * a client of that release still reads and sends them; what unit a number counts in is its unit's field now.
 */
public enum RuleClock {
    REPORT_FILING("reportFilingWorkingDays", "reportFilingUnit"),
    FINDING("findingDays", "findingUnit"),
    INITIAL_REVIEW("initialReviewDays", "initialReviewUnit"),
    COMPLETION("completionDays", "completionUnit"),
    ASSESSMENT("assessmentWorkingDays", "assessmentUnit"),
    ASSESSMENT_EXTENDED("assessmentExtendedWorkingDays", "assessmentExtendedUnit"),
    EXAMINATION("examinationWorkingDays", "examinationUnit"),
    PPK_FOLLOW_UP("ppkFollowUpWorkingDays", "ppkFollowUpUnit"),
    PPK_REMINDER("ppkReminderWorkingDays", "ppkReminderUnit");

    private final String daysField;
    private final String unitField;

    RuleClock(String daysField, String unitField) {
        this.daysField = daysField;
        this.unitField = unitField;
    }

    /** The number's name in the API and the form. */
    public String daysField() {
        return daysField;
    }

    /** The unit's name in the API and the form. */
    public String unitField() {
        return unitField;
    }

    /**
     * Whether a request may leave the number out, the one in force then holding: only for a clock a client of the first
     * release did not know (the finding's), so that its requests keep working. The first release's eight are required.
     */
    public boolean mayBeLeftOut() {
        return this == FINDING;
    }

    /** A field's name as a column of {@code rule_set}: {@code assessmentWorkingDays} → {@code assessment_working_days}. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
