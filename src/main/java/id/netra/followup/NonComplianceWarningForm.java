package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.Wording;
import id.netra.workflow.FlowNodes;
import org.springframework.stereotype.Component;

/** The escalation's first step: the written warning (teguran tertulis) to the PPK who let the deadline pass. */
@Component
public class NonComplianceWarningForm extends EscalationStep {

    public NonComplianceWarningForm(CaseRecords records, PersonTracks tracks) {
        super(records, tracks, "warningLetterNumber", "Nomor surat teguran", "WARNING", "WARNED", Wording.NON_COMPLIANCE_WARNED);
    }

    @Override
    public String key() {
        return FlowNodes.NON_COMPLIANCE_WARNING;
    }
}
