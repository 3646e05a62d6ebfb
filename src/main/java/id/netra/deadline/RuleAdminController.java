package id.netra.deadline;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators set the numbers and units of SPEC §3 per election type, or return them to the configuration; the
 * rules are {@link RuleAdministration}'s, shared with the pages. A body of the first release (its eight numbers, no
 * units) still sets those numbers and keeps every unit in force.
 */
@RestController
@RequestMapping("/api/v1/admin/rules")
public class RuleAdminController {

    private final RuleAdministration rules;

    public RuleAdminController(RuleAdministration rules) {
        this.rules = rules;
    }

    @GetMapping
    public RuleAdministration.Rules list() {
        return rules.list();
    }

    @PutMapping("/{electionType}")
    public RuleSets.InForce set(@PathVariable String electionType, @RequestBody RuleNumbers body) {
        return rules.set(electionType, body);
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Done, nothing to answer", useReturnTypeSchema = true)
    @DeleteMapping("/{electionType}")
    public ResponseEntity<Void> reset(@PathVariable String electionType) {
        rules.reset(electionType);
        return ResponseEntity.noContent().build();
    }
}
