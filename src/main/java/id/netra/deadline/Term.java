package id.netra.deadline;

import java.util.Objects;

/** How long one clock of a rule set runs: a number of days and how they are counted. */
public record Term(int days, DayUnit unit) {

    public Term {
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * The term as a deadline's basis states it on the case ("7 hari kerja", "2 hari"), in Indonesian as the stored
     * basis always was; the law's own word for a calendar day is "hari".
     */
    public String inWords() {
        return days + (unit == DayUnit.WORKING ? " hari kerja" : " hari");
    }
}
