package id.netra.deadline;

/**
 * How a clock of a rule set counts its days (SPEC §3): every day ({@code CALENDAR}), or only the days that are not a
 * Saturday, a Sunday or in the holiday table ({@code WORKING}).
 */
public enum DayUnit {
    CALENDAR, WORKING
}
