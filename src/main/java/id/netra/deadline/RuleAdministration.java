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
 * Administrators set the numbers of SPEC §3 per election type, or return them to the configuration: the rules of the
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

    /** The numbers of the configuration, which a reset returns to. */
    public RuleSet configured(String electionType) {
        return configured.forElection(type(electionType));
    }

    @Transactional
    public RuleSets.InForce set(String electionType, RuleSets.Numbers body) {
        ElectionType type = type(electionType);
        // Missing numbers are named before anything is built from them.
        var errors = RuleSets.problems(RuleSets.asMap(body));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RuleSet before = ruleSets.forElection(type);
        RuleSet after = body.toRuleSet();
        ruleSets.set(type, after, CurrentUser.get().username());
        changes.record("RULES_SET", type.name(), Map.of("before", RuleSets.asMap(before), "after", RuleSets.asMap(after)));
        return ruleSets.inForce(type);
    }

    @Transactional
    public void reset(String electionType) {
        ElectionType type = type(electionType);
        RuleSet before = ruleSets.forElection(type);
        if (!ruleSets.reset(type)) {
            throw NotFoundException.of("deadline.rules.same");
        }
        changes.record("RULES_RESET", type.name(), Map.of("before", RuleSets.asMap(before),
                "after", RuleSets.asMap(configured.forElection(type))));
    }

    private static ElectionType type(String value) {
        return RuleSets.electionType(value).orElseThrow(() -> NotFoundException.of("deadline.rules.electionType"));
    }
}
