package id.netra.upgrade;

import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.DayUnit;
import id.netra.deadline.ElectionType;
import id.netra.deadline.RuleClock;
import id.netra.deadline.RuleSet;
import id.netra.deadline.RuleSets;
import id.netra.deadline.RulesProperties;
import id.netra.deadline.Term;
import id.netra.support.UpgradeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule set an administrator saved in the previous release (its schema, {@link PreviousReleaseUpgradeIT#PREVIOUS_RELEASE_SCHEMA})
 * means the same after the upgrade: each number in the unit its name said (working days for the {@code *_working_days},
 * calendar days for the initial review and the completion), though the configuration now counts some of those clocks
 * in calendar days; the finding's clock, which it never set, is the configuration's. On a database of its own.
 */
class RuleUnitsUpgradeIT extends UpgradeTest {

    /** Thursday; Christmas the next day, then the weekend. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 24);

    @Autowired
    RulesProperties configured;
    @Autowired
    BusinessCalendar calendar;

    @Test
    void aRuleSetOfThePreviousReleaseKeepsItsMeaningAndIsSavedAgainWithUnits() {
        flyway(PreviousReleaseUpgradeIT.PREVIOUS_RELEASE_SCHEMA).migrate();
        JdbcClient db = JdbcClient.create(upgraded);
        db.sql("""
                INSERT INTO rule_set (election_type, report_filing_working_days, initial_review_days, completion_days,
                    assessment_working_days, assessment_extended_working_days, examination_working_days,
                    ppk_follow_up_working_days, ppk_reminder_working_days, changed_by)
                VALUES ('PILKADA', 6, 3, 2, 3, 5, 10, 12, 2, 'admin')""").update();

        flyway("latest").migrate();

        RuleSets ruleSets = new RuleSets(configured, db);
        RuleSets.InForce inForce = ruleSets.inForce(ElectionType.PILKADA);
        assertThat(inForce.source()).isEqualTo("administrator");
        assertThat(inForce.changedBy()).isEqualTo("admin");
        Map<RuleClock, Term> expected = new EnumMap<>(RuleClock.class);
        expected.put(RuleClock.REPORT_FILING, new Term(6, DayUnit.WORKING));
        expected.put(RuleClock.FINDING, configured.forElection(ElectionType.PILKADA).term(RuleClock.FINDING));
        expected.put(RuleClock.INITIAL_REVIEW, new Term(3, DayUnit.CALENDAR));
        expected.put(RuleClock.COMPLETION, new Term(2, DayUnit.CALENDAR));
        expected.put(RuleClock.ASSESSMENT, new Term(3, DayUnit.WORKING));
        expected.put(RuleClock.ASSESSMENT_EXTENDED, new Term(5, DayUnit.WORKING));
        expected.put(RuleClock.EXAMINATION, new Term(10, DayUnit.WORKING));
        expected.put(RuleClock.PPK_FOLLOW_UP, new Term(12, DayUnit.WORKING));
        expected.put(RuleClock.PPK_REMINDER, new Term(2, DayUnit.WORKING));
        assertThat(inForce.numbers()).isEqualTo(new RuleSet(expected));
        // Its assessment still ends after three working days, past Christmas and the weekend, where the configuration's
        // three calendar days would end on Sunday.
        assertThat(calendar.after(DAY, inForce.numbers().term(RuleClock.ASSESSMENT))).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.after(DAY, configured.forElection(ElectionType.PILKADA).term(RuleClock.ASSESSMENT)))
                .isEqualTo(LocalDate.of(2026, 12, 27));

        // Saved again, every clock with its unit, the finding's too.
        Map<RuleClock, Term> changed = new EnumMap<>(expected);
        changed.put(RuleClock.FINDING, new Term(5, DayUnit.WORKING));
        changed.put(RuleClock.ASSESSMENT, new Term(3, DayUnit.CALENDAR));
        ruleSets.set(ElectionType.PILKADA, new RuleSet(changed), "admin");
        assertThat(ruleSets.forElection(ElectionType.PILKADA)).isEqualTo(new RuleSet(changed));
        // The table itself refuses a unit it does not know and an extension that could end before the assessment.
        assertThatThrownBy(() -> db.sql("UPDATE rule_set SET examination_unit = 'WEEKS'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.sql("UPDATE rule_set SET assessment_unit = 'WORKING', assessment_extended_unit = 'CALENDAR'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("rule_set_extension_unit");
    }
}
