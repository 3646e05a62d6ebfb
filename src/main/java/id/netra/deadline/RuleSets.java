package id.netra.deadline;

import id.netra.platform.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule set in force for an election type: the administrator's numbers where set, otherwise {@code netra.rules.*}.
 * Read on each use (a deadline is computed a few times per case), so a change holds at once on every node.
 */
@Service
public class RuleSets {

    /** One rule set in force and where its numbers come from ({@code configuration} or {@code administrator}). */
    public record InForce(ElectionType electionType, RuleSet numbers, String source, String changedBy, Instant changedAt) {
    }

    /** The eight numbers as an administrator sends them (any may be missing, see {@link #problems}). */
    public record Numbers(Integer reportFilingWorkingDays, Integer initialReviewDays, Integer completionDays,
                          Integer assessmentWorkingDays, Integer assessmentExtendedWorkingDays,
                          Integer examinationWorkingDays, Integer ppkFollowUpWorkingDays, Integer ppkReminderWorkingDays) {

        RuleSet toRuleSet() {
            return new RuleSet(reportFilingWorkingDays, initialReviewDays, completionDays, assessmentWorkingDays,
                    assessmentExtendedWorkingDays, examinationWorkingDays, ppkFollowUpWorkingDays, ppkReminderWorkingDays);
        }
    }

    private static final String COLUMNS = "report_filing_working_days, initial_review_days, completion_days, "
            + "assessment_working_days, assessment_extended_working_days, examination_working_days, "
            + "ppk_follow_up_working_days, ppk_reminder_working_days";

    private final RulesProperties configured;
    private final JdbcClient jdbc;

    public RuleSets(RulesProperties configured, JdbcClient jdbc) {
        this.configured = configured;
        this.jdbc = jdbc;
    }

    public RuleSet forElection(ElectionType type) {
        return inForce(type).numbers();
    }

    public InForce inForce(ElectionType type) {
        return jdbc.sql("SELECT " + COLUMNS + ", changed_by, changed_at FROM rule_set WHERE election_type = :t")
                .param("t", type.name())
                .query((rs, n) -> new InForce(type, read(rs), "administrator", rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .optional()
                .orElseGet(() -> new InForce(type, configured.forElection(type), "configuration", null, null));
    }

    public void set(ElectionType type, RuleSet numbers, String by) {
        jdbc.sql("INSERT INTO rule_set (election_type, " + COLUMNS + ", changed_by, changed_at) VALUES (:t, :a, :b, :c, :d, "
                        + ":e, :f, :g, :h, :by, now()) ON CONFLICT (election_type) DO UPDATE SET "
                        + "report_filing_working_days = :a, initial_review_days = :b, completion_days = :c, "
                        + "assessment_working_days = :d, assessment_extended_working_days = :e, examination_working_days = :f, "
                        + "ppk_follow_up_working_days = :g, ppk_reminder_working_days = :h, changed_by = :by, changed_at = now()")
                .param("t", type.name())
                .param("a", numbers.reportFilingWorkingDays()).param("b", numbers.initialReviewDays())
                .param("c", numbers.completionDays()).param("d", numbers.assessmentWorkingDays())
                .param("e", numbers.assessmentExtendedWorkingDays()).param("f", numbers.examinationWorkingDays())
                .param("g", numbers.ppkFollowUpWorkingDays()).param("h", numbers.ppkReminderWorkingDays())
                .param("by", by).update();
    }

    /** Back to the configured numbers; false when none were set. */
    public boolean reset(ElectionType type) {
        return jdbc.sql("DELETE FROM rule_set WHERE election_type = :t").param("t", type.name()).update() > 0;
    }

    /** What is wrong with a set of numbers, field by field, in the words of the admin API (the catalogue's). */
    public static List<FieldError> problems(Map<String, Integer> numbers) {
        List<FieldError> errors = new ArrayList<>();
        numbers.forEach((field, value) -> {
            if (value == null) {
                errors.add(FieldError.of(field, "deadline.rules.required"));
            } else if (value < 1 || value > 365) {
                errors.add(FieldError.of(field, "deadline.rules.range"));
            }
        });
        if (errors.isEmpty()) {
            if (numbers.get("assessmentExtendedWorkingDays") < numbers.get("assessmentWorkingDays")) {
                errors.add(FieldError.of("assessmentExtendedWorkingDays", "deadline.rules.extension"));
            }
            if (numbers.get("ppkReminderWorkingDays") >= numbers.get("ppkFollowUpWorkingDays")) {
                errors.add(FieldError.of("ppkReminderWorkingDays", "deadline.rules.reminder"));
            }
        }
        return errors;
    }

    public static Map<String, Integer> asMap(RuleSet r) {
        return asMap(new Numbers(r.reportFilingWorkingDays(), r.initialReviewDays(),
                r.completionDays(), r.assessmentWorkingDays(), r.assessmentExtendedWorkingDays(),
                r.examinationWorkingDays(), r.ppkFollowUpWorkingDays(), r.ppkReminderWorkingDays()));
    }

    /** The numbers by their JSON names, in the order of SPEC §3; a missing one maps to null. */
    static Map<String, Integer> asMap(Numbers n) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("reportFilingWorkingDays", n.reportFilingWorkingDays());
        m.put("initialReviewDays", n.initialReviewDays());
        m.put("completionDays", n.completionDays());
        m.put("assessmentWorkingDays", n.assessmentWorkingDays());
        m.put("assessmentExtendedWorkingDays", n.assessmentExtendedWorkingDays());
        m.put("examinationWorkingDays", n.examinationWorkingDays());
        m.put("ppkFollowUpWorkingDays", n.ppkFollowUpWorkingDays());
        m.put("ppkReminderWorkingDays", n.ppkReminderWorkingDays());
        return m;
    }

    public static Optional<ElectionType> electionType(String value) {
        for (ElectionType t : ElectionType.values()) {
            if (t.name().equalsIgnoreCase(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static RuleSet read(ResultSet rs) throws SQLException {
        return new RuleSet(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8));
    }
}
