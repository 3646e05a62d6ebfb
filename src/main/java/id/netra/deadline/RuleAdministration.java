package id.netra.deadline;

import id.netra.access.CurrentUser;
import id.netra.platform.AdminChanges;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Administrators set the numbers and units of SPEC §3 per election type, or return them to the configuration: the rules of the
 * API ({@link RuleAdminController}) and the administration pages alike, every change audited. A change holds for
 * deadlines computed after it (a case's running deadlines keep their dates).
 */
@Service
public class RuleAdministration {

    public record Rules(ZoneId zone, List<RuleSets.InForce> ruleSets) {
    }

    private final RuleSets ruleSets;
    private final RulesProperties configured;
    private final AdminChanges changes;

    public RuleAdministration(RuleSets ruleSets, RulesProperties configured, AdminChanges changes) {
        this.ruleSets = ruleSets;
        this.configured = configured;
        this.changes = changes;
    }

    public Rules list() {
        return new Rules(configured.zone(), Arrays.stream(ElectionType.values()).map(ruleSets::inForce).toList());
    }

    /** The rule set in force for an election type named as in the API ({@code PEMILU}, {@code PILKADA}); 404 otherwise. */
    public RuleSets.InForce inForce(String electionType) {
        return ruleSets.inForce(type(electionType));
    }

    /** The numbers and units of the configuration, which a reset returns to. */
    public RuleSet configured(String electionType) {
        return configured.forElection(type(electionType));
    }

    /**
     * Sets a rule set's numbers and units; a unit left out keeps the one in force, and so does the number of a clock the
     * first release did not have ({@link RuleNumbers}).
     */
    @Transactional
    public RuleSets.InForce set(String electionType, RuleNumbers body) {
        ElectionType type = type(electionType);
        RuleSet before = ruleSets.forElection(type);
        // Missing numbers are named before anything is built from them.
        var errors = body.problems(before);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RuleSet after = body.over(before);
        ruleSets.set(type, after, CurrentUser.get().username());
        changes.record("RULES_SET", type.name(), Map.of("before", before.fields(), "after", after.fields()));
        return ruleSets.inForce(type);
    }

    @Transactional
    public void reset(String electionType) {
        ElectionType type = type(electionType);
        RuleSet before = ruleSets.forElection(type);
        if (!ruleSets.reset(type)) {
            throw NotFoundException.of("deadline.rules.same");
        }
        changes.record("RULES_RESET", type.name(), Map.of("before", before.fields(),
                "after", configured.forElection(type).fields()));
    }

    private static ElectionType type(String value) {
        return RuleSets.electionType(value).orElseThrow(() -> NotFoundException.of("deadline.rules.electionType"));
    }
}
