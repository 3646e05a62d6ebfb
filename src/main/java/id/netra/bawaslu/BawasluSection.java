package id.netra.bawaslu;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import id.netra.casefile.Visibility;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Bawaslu's part of the case detail: the hearings (read by the examining agency and the offices above; the
 * reporter heard is named "Pelapor" outside the handling office), the assessment, and the plenary's finding on each
 * person.
 */
@Component
@Order(10)
class BawasluSection implements CaseSection {

    private final Assessments assessments;
    private final PlenaryFindings findings;
    private final Hearings hearings;

    BawasluSection(Assessments assessments, PlenaryFindings findings, Hearings hearings) {
        this.assessments = assessments;
        this.findings = findings;
        this.hearings = hearings;
    }

    @Override
    public void contribute(Rendering r) {
        if (!r.full()) {
            return;
        }
        Assessments.Assessment a = assessments.get(r.caseFile().id());
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("conclusion", a.conclusion());
        assessment.put("violationTypes", a.violationTypes());
        assessment.put("otherRoute", a.otherRoute());
        assessment.put("analysis", Visibility.Field.ASSESSMENT_ANALYSIS.visibleTo(r.view()) ? a.analysis() : null);
        assessment.put("extended", a.extended());
        assessment.put("extensionReason",
                Visibility.Field.ASSESSMENT_EXTENSION_REASON.visibleTo(r.view()) ? a.extensionReason() : null);
        assessment.put("overdue", a.overdue());
        r.out().put("assessment", assessment);
        java.util.List<Hearings.Hearing> heard = Visibility.Field.HEARINGS.visibleTo(r.view()) ? hearings.of(r.caseFile().id())
                : java.util.List.of();
        if (!r.view().seesReporter()) {
            heard = heard.stream().map(h -> "REPORTER".equals(h.party())
                    ? new Hearings.Hearing(h.party(), "Pelapor", h.heldOn(), h.summary(), h.recordedBy()) : h).toList();
        }
        r.out().put("hearings", heard);
        Map<UUID, Boolean> byPerson = findings.of(r.caseFile().id());
        for (CasePerson p : r.persons()) {
            r.personParts().get(p.id()).put("violationProvenByPlenary", byPerson.get(p.id()));
        }
    }
}
