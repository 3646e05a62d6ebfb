package id.netra.deadline;

import id.netra.access.CurrentUser;
import id.netra.platform.AdminChangeEvent;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators set the numbers of SPEC §3 per election type, or return them to the configuration. A change holds
 * for deadlines computed after it (a case's running deadlines keep their dates).
 */
@RestController
@RequestMapping("/api/v1/admin/rules")
public class RuleAdminController {

    public record RuleNumbers(Integer reportFilingWorkingDays, Integer initialReviewDays, Integer completionDays,
                              Integer assessmentWorkingDays, Integer assessmentExtendedWorkingDays,
                              Integer examinationWorkingDays, Integer ppkFollowUpWorkingDays, Integer ppkReminderWorkingDays) {
    }

    public record Rules(ZoneId zone, List<RuleSets.InForce> ruleSets) {
    }

    private final RuleSets ruleSets;
    private final RulesProperties configured;
    private final ApplicationEventPublisher events;

    public RuleAdminController(RuleSets ruleSets, RulesProperties configured, ApplicationEventPublisher events) {
        this.ruleSets = ruleSets;
        this.configured = configured;
        this.events = events;
    }

    @GetMapping
    public Rules list() {
        return new Rules(configured.zone(), Arrays.stream(ElectionType.values()).map(ruleSets::inForce).toList());
    }

    @PutMapping("/{electionType}")
    @Transactional
    public RuleSets.InForce set(@PathVariable String electionType, @RequestBody RuleNumbers body) {
        ElectionType type = type(electionType);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        numbers.put("reportFilingWorkingDays", body.reportFilingWorkingDays());
        numbers.put("initialReviewDays", body.initialReviewDays());
        numbers.put("completionDays", body.completionDays());
        numbers.put("assessmentWorkingDays", body.assessmentWorkingDays());
        numbers.put("assessmentExtendedWorkingDays", body.assessmentExtendedWorkingDays());
        numbers.put("examinationWorkingDays", body.examinationWorkingDays());
        numbers.put("ppkFollowUpWorkingDays", body.ppkFollowUpWorkingDays());
        numbers.put("ppkReminderWorkingDays", body.ppkReminderWorkingDays());
        var errors = RuleSets.problems(numbers);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RuleSet before = ruleSets.forElection(type);
        RuleSet after = new RuleSet(body.reportFilingWorkingDays(), body.initialReviewDays(), body.completionDays(),
                body.assessmentWorkingDays(), body.assessmentExtendedWorkingDays(), body.examinationWorkingDays(),
                body.ppkFollowUpWorkingDays(), body.ppkReminderWorkingDays());
        ruleSets.set(type, after, CurrentUser.get().username());
        audit("RULES_SET", type.name(), Map.of("before", RuleSets.asMap(before), "after", RuleSets.asMap(after)));
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
        audit("RULES_RESET", type.name(), Map.of("before", RuleSets.asMap(before),
                "after", RuleSets.asMap(configured.forElection(type))));
        return ResponseEntity.noContent().build();
    }

    private static ElectionType type(String value) {
        return RuleSets.electionType(value).orElseThrow(() -> new NotFoundException("Jenis pemilihan tidak dikenal: PEMILU atau PILKADA."));
    }

    private void audit(String what, String target, Map<String, Object> detail) {
        events.publishEvent(new AdminChangeEvent(CurrentUser.get().username(), what, target, detail));
    }
}
