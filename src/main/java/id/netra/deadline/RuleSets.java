package id.netra.deadline;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule set in force for an election type: the administrator's numbers and units where set, otherwise
 * {@code netra.rules.*}. Read on each use (a deadline is computed a few times per case), so a change holds at once on
 * every node.
 */
@Service
public class RuleSets {

    /** One rule set in force and where its numbers come from ({@code configuration} or {@code administrator}). */
    public record InForce(ElectionType electionType, RuleSet numbers, String source, String changedBy, Instant changedAt) {
    }

    /** Each clock's number column and unit column, in {@link RuleClock}'s order. */
    private static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>();
        for (RuleClock clock : RuleClock.values()) {
            columns.add(RuleClock.column(clock.daysField()));
            columns.add(RuleClock.column(clock.unitField()));
        }
        COLUMNS = List.copyOf(columns);
    }

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
        return jdbc.sql("SELECT " + String.join(", ", COLUMNS) + ", changed_by, changed_at FROM rule_set WHERE election_type = :t")
                .param("t", type.name())
                .query((rs, n) -> new InForce(type, read(rs, configured.forElection(type)), "administrator",
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .optional()
                .orElseGet(() -> new InForce(type, configured.forElection(type), "configuration", null, null));
    }

    public void set(ElectionType type, RuleSet rules, String by) {
        var statement = jdbc.sql("INSERT INTO rule_set (election_type, " + String.join(", ", COLUMNS) + ", changed_by, changed_at) "
                        + "VALUES (:t, " + COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", :by, :now) "
                        + "ON CONFLICT (election_type) DO UPDATE SET "
                        + COLUMNS.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
                        + ", changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at")
                .param("now", Today.timestamp()).param("t", type.name()).param("by", by);
        for (RuleClock clock : RuleClock.values()) {
            statement = statement.param(RuleClock.column(clock.daysField()), rules.term(clock).days())
                    .param(RuleClock.column(clock.unitField()), rules.term(clock).unit().name());
        }
        statement.update();
    }

    /** Back to the configured numbers; false when none were set. */
    public boolean reset(ElectionType type) {
        return jdbc.sql("DELETE FROM rule_set WHERE election_type = :t").param("t", type.name()).update() > 0;
    }

    public static Optional<ElectionType> electionType(String value) {
        for (ElectionType t : ElectionType.values()) {
            if (t.name().equalsIgnoreCase(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A saved row. A row saved before the finding's clock existed has none (V19: null): the configuration's holds for it
     * until an administrator saves the rule set again.
     */
    private static RuleSet read(ResultSet rs, RuleSet configured) throws SQLException {
        Map<RuleClock, Term> terms = new EnumMap<>(RuleClock.class);
        for (RuleClock clock : RuleClock.values()) {
            Integer days = rs.getObject(RuleClock.column(clock.daysField()), Integer.class);
            String unit = rs.getString(RuleClock.column(clock.unitField()));
            terms.put(clock, days == null || unit == null ? configured.term(clock) : new Term(days, DayUnit.valueOf(unit)));
        }
        return new RuleSet(terms);
    }
}
