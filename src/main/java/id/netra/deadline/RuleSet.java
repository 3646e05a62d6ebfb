package id.netra.deadline;

import jakarta.validation.constraints.Min;

/**
 * The numbers of one rule set (SPEC §3). Working days skip weekends and holidays; "days" are calendar days.
 */
public record RuleSet(
        @Min(1) int reportFilingWorkingDays,
        @Min(1) int initialReviewDays,
        @Min(1) int completionDays,
        @Min(1) int assessmentWorkingDays,
        @Min(1) int assessmentExtendedWorkingDays,
        @Min(1) int examinationWorkingDays,
        @Min(1) int ppkFollowUpWorkingDays,
        @Min(1) int ppkReminderWorkingDays) {
}
