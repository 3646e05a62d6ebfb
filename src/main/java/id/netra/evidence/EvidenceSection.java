package id.netra.evidence;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The case's evidence files its reader reads ({@code evidence}), each with its address: in the case's answer and in a
 * task's summary ({@code GET /api/v1/tasks/{id}}), so that whoever works a task sees what is attached.
 */
@Component
@Order(40)
class EvidenceSection implements CaseSection {

    private final EvidenceFiles files;

    EvidenceSection(EvidenceFiles files) {
        this.files = files;
    }

    @Override
    public void contribute(Rendering r) {
        Set<UUID> shown = r.persons().stream().map(CasePerson::id).collect(Collectors.toSet());
        r.out().put("evidence", files.ofCase(r.caseFile().id()).stream().filter(f -> f.readBy(r.view(), shown))
                .map(f -> EvidenceService.EvidenceItem.of(f, r.view())).toList());
    }
}
