package id.netra.deadline;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eight numbers of a rule set as typed into the page's form, by their API names: digits become a number, a blank
 * stays missing (for {@link RuleSets#problems} to name), anything else is not a number, refused by the page before the
 * rules are asked. Never throws, whatever was typed.
 */
record RuleForm(Map<String, String> typed) {

    /** The numbers' names, in the order of SPEC §3. */
    static final List<String> FIELDS = List.copyOf(RuleSets.asMap(new RuleSets.Numbers(null, null, null, null, null, null,
            null, null)).keySet());

    RuleForm {
        Map<String, String> own = new LinkedHashMap<>();
        for (String f : FIELDS) {
            own.put(f, typed.get(f) == null ? "" : typed.get(f));
        }
        typed = own;
    }

    /** The form showing a rule set's numbers. */
    static RuleForm of(RuleSet numbers) {
        Map<String, String> typed = new LinkedHashMap<>();
        RuleSets.asMap(numbers).forEach((field, value) -> typed.put(field, String.valueOf(value)));
        return new RuleForm(typed);
    }

    /** The fields whose text is neither blank nor a whole number of at most nine digits. */
    Set<String> notNumbers() {
        Set<String> wrong = new LinkedHashSet<>();
        typed.forEach((field, text) -> {
            if (!text.isBlank() && number(text) == null) {
                wrong.add(field);
            }
        });
        return wrong;
    }

    /** The numbers as the API takes them: null where blank or not a number. */
    RuleSets.Numbers numbers() {
        Map<String, Integer> n = new LinkedHashMap<>();
        typed.forEach((field, text) -> n.put(field, number(text)));
        return new RuleSets.Numbers(n.get("reportFilingWorkingDays"), n.get("initialReviewDays"), n.get("completionDays"),
                n.get("assessmentWorkingDays"), n.get("assessmentExtendedWorkingDays"), n.get("examinationWorkingDays"),
                n.get("ppkFollowUpWorkingDays"), n.get("ppkReminderWorkingDays"));
    }

    /** ASCII digits only: {@code Integer.parseInt} would also take "+7" and other scripts' digits. */
    private static Integer number(String text) {
        String t = text.strip();
        return t.matches("[0-9]{1,9}") ? Integer.valueOf(t) : null;
    }
}
