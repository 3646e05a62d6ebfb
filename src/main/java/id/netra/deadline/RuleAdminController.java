package id.netra.deadline;

import id.netra.access.CurrentUser;
import id.netra.platform.AdminChanges;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Administrators set the numbers of SPEC §3 per election type, or return them to the configuration. A change holds
 * for deadlines computed after it (a case's running deadlines keep their dates).
 */
@RestController
@RequestMapping("/api/v1/admin/rules")
public class RuleAdminController {

    public record Rules(ZoneId zone, List<RuleSets.InForce> ruleSets) {
    }

    private final RuleSets ruleSets;
    private final RulesProperties configured;
    private final AdminChanges changes;

    public RuleAdminController(RuleSets ruleSets, RulesProperties configured, AdminChanges changes) {
        this.ruleSets = ruleSets;
        this.configured = configured;
        this.changes = changes;
    }

    @GetMapping
    public Rules list() {
        return new Rules(configured.zone(), Arrays.stream(ElectionType.values()).map(ruleSets::inForce).toList());
    }

    @PutMapping("/{electionType}")
    @Transactional
    public RuleSets.InForce set(@PathVariable String electionType, @RequestBody RuleSets.Numbers body) {
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

    @DeleteMapping("/{electionType}")
    @Transactional
    public ResponseEntity<Void> reset(@PathVariable String electionType) {
        ElectionType type = type(electionType);
        RuleSet before = ruleSets.forElection(type);
        if (!ruleSets.reset(type)) {
            throw new NotFoundException("Aturan ini sudah mengikuti konfigurasi.");
        }
        changes.record("RULES_RESET", type.name(), Map.of("before", RuleSets.asMap(before),
                "after", RuleSets.asMap(configured.forElection(type))));
        return ResponseEntity.noContent().build();
    }

    private static ElectionType type(String value) {
        return RuleSets.electionType(value).orElseThrow(() -> new NotFoundException("Jenis pemilihan tidak dikenal: PEMILU atau PILKADA."));
    }

}
