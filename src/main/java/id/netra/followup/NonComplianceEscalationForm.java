package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.Wording;
import id.netra.workflow.FlowNodes;
import org.springframework.stereotype.Component;

/**
 * The escalation's last step, after the block: the notice to the supervising ministry, which sanctions the PPK
 * (Kemendagri for a regional government, KemenPAN-RB otherwise). Its field keeps the name it had when it was the only
 * step ({@code escalationLetterNumber}), and its letter its kind ({@code ESCALATION}).
 */
@Component
public class NonComplianceEscalationForm extends EscalationStep {

    public NonComplianceEscalationForm(CaseRecords records, PersonTracks tracks) {
        super(records, tracks, "escalationLetterNumber", "Nomor surat pemberitahuan kepada kementerian pembina", "ESCALATION",
                "ESCALATED", Wording.MINISTRY_NOTIFIED);
    }

    @Override
    public String key() {
        return FlowNodes.NON_COMPLIANCE_ESCALATION;
    }
}
