package id.netra.deadline;

import id.netra.platform.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule set's numbers and units as given, over the rule set in force: what a first-release client keeps, what is refused. */
class RuleNumbersTest {

    private static final RuleSet IN_FORCE = BusinessCalendarTest.rules("7W 5W 2C 3C 7C 14W 14W 14W 3W");

    /** The eight numbers a client of the first release sends, no unit, no finding. */
    private static RuleNumbers firstRelease(int reportFiling, int initialReview, int completion, int assessment, int extended,
                                            int examination, int followUp, int reminder) {
        return new RuleNumbers(reportFiling, null, null, null, initialReview, null, completion, null, assessment, null,
                extended, null, examination, null, followUp, null, reminder, null);
    }

    private static RuleNumbers with(RuleSet base, Map<RuleClock, Term> changed) {
        Map<RuleClock, Term> terms = new java.util.EnumMap<>(base.terms());
        terms.putAll(changed);
        return RuleNumbers.of(new RuleSet(terms));
    }

    @Test
    void aFirstReleaseBodyKeepsEveryUnitAndTheFindingsClockInForce() {
        RuleNumbers body = firstRelease(8, 2, 3, 6, 14, 14, 14, 3);
        assertThat(body.problems(IN_FORCE)).isEmpty();
        RuleSet after = body.over(IN_FORCE);
        assertThat(after).isEqualTo(BusinessCalendarTest.rules("8W 5W 2C 3C 6C 14W 14W 14W 3W"));
    }

    @Test
    void aFirstReleaseNumberLeftOutIsStillRequired() {
        RuleNumbers body = firstRelease(8, 2, 3, 6, 14, 14, 14, 3);
        RuleNumbers noExamination = new RuleNumbers(body.reportFilingWorkingDays(), null, null, null, 2, null, 3, null, 6, null,
                14, null, null, null, 14, null, 3, null);
        assertThat(noExamination.problems(IN_FORCE)).extracting(FieldError::field).containsExactly("examinationWorkingDays");
    }

    @Test
    void fromTheConfigurationEveryNumberAndUnitMustBeThere() {
        RuleNumbers body = firstRelease(7, 2, 3, 7, 14, 14, 14, 3);
        assertThat(body.problems(null)).extracting(FieldError::field).containsExactly("reportFilingUnit", "findingDays",
                "findingUnit", "initialReviewUnit", "completionUnit", "assessmentUnit", "assessmentExtendedUnit",
                "examinationUnit", "ppkFollowUpUnit", "ppkReminderUnit");
        assertThat(body.problems(null).get(0).code()).isEqualTo("deadline.rules.unit.required");
    }

    @Test
    void aConfigurationWithoutAUnitStopsTheStartNamingTheProperty() {
        RuleNumbers complete = RuleNumbers.of(IN_FORCE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RulesProperties(java.time.ZoneId.of("Asia/Jakarta"),
                        firstRelease(7, 2, 3, 7, 14, 14, 14, 3), complete))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("netra.rules.pemilu.report-filing-unit: ")
                .hasMessageContaining("netra.rules.pemilu.finding-days: ");
        assertThat(new RulesProperties(java.time.ZoneId.of("Asia/Jakarta"), complete, complete).forElection(ElectionType.PILKADA))
                .isEqualTo(IN_FORCE);
    }

    @Test
    void anExtensionInCalendarDaysAfterAnAssessmentInWorkingDaysIsRefusedNamingItsUnit() {
        RuleNumbers body = with(IN_FORCE, Map.of(RuleClock.ASSESSMENT, new Term(3, DayUnit.WORKING),
                RuleClock.ASSESSMENT_EXTENDED, new Term(10, DayUnit.CALENDAR)));
        assertThat(body.problems(IN_FORCE)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("assessmentExtendedUnit", "deadline.rules.extension.unit"));
        // The other way round an extension is never shorter: n working days span at least n calendar days.
        RuleNumbers longer = with(IN_FORCE, Map.of(RuleClock.ASSESSMENT, new Term(7, DayUnit.CALENDAR),
                RuleClock.ASSESSMENT_EXTENDED, new Term(7, DayUnit.WORKING)));
        assertThat(longer.problems(IN_FORCE)).isEmpty();
        RuleNumbers shorter = with(IN_FORCE, Map.of(RuleClock.ASSESSMENT_EXTENDED, new Term(6, DayUnit.WORKING)));
        assertThat(shorter.problems(IN_FORCE)).extracting(FieldError::field).containsExactly("assessmentExtendedWorkingDays");
    }

    @Test
    void aReminderInWorkingDaysBeforeADeadlineInCalendarDaysIsRefusedNamingItsUnit() {
        RuleNumbers body = with(IN_FORCE, Map.of(RuleClock.PPK_FOLLOW_UP, new Term(14, DayUnit.CALENDAR)));
        assertThat(body.problems(IN_FORCE)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ppkReminderUnit", "deadline.rules.reminder.unit"));
        RuleNumbers calendarBoth = with(IN_FORCE, Map.of(RuleClock.PPK_FOLLOW_UP, new Term(14, DayUnit.CALENDAR),
                RuleClock.PPK_REMINDER, new Term(3, DayUnit.CALENDAR)));
        assertThat(calendarBoth.problems(IN_FORCE)).isEmpty();
        RuleNumbers tooLate = with(IN_FORCE, Map.of(RuleClock.PPK_REMINDER, new Term(14, DayUnit.WORKING)));
        assertThat(tooLate.problems(IN_FORCE)).extracting(FieldError::field).containsExactly("ppkReminderWorkingDays");
    }

    @Test
    void aRuleSetReadsBackAsItself() {
        assertThat(RuleNumbers.of(IN_FORCE).over(null)).isEqualTo(IN_FORCE);
        assertThat(IN_FORCE.fields()).containsEntry("findingDays", 5).containsEntry("findingUnit", DayUnit.WORKING)
                .containsEntry("assessmentWorkingDays", 7).containsEntry("assessmentUnit", DayUnit.CALENDAR)
                .hasSize(2 * RuleClock.values().length);
    }
}
