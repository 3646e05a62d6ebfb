package id.netra.bawaslu;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.DeadlineKind;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleClock;
import id.netra.deadline.Term;
import id.netra.reference.Office;
import id.netra.reference.ReferenceData;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Kajian awal: formal and material requirements; registered, sent back to the reporter, or transferred. */
@Component
public class InitialReviewForm implements TaskForm {

    private final CaseRepository cases;
    private final CaseRecords records;
    private final ReferenceData reference;
    private final CaseDeadlines deadlines;
    private final BusinessCalendar calendar;

    public InitialReviewForm(CaseRepository cases, CaseRecords records, ReferenceData reference, CaseDeadlines deadlines,
                             BusinessCalendar calendar) {
        this.cases = cases;
        this.records = records;
        this.reference = reference;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Override
    public String key() {
        return FlowNodes.INITIAL_REVIEW;
    }

    @Override
    public List<FormField> fields() {
        return List.of(
                FormField.bool("formalRequirementsMet", "Syarat formal terpenuhi", true),
                FormField.bool("materialRequirementsMet", "Syarat materiel terpenuhi", true),
                FormField.text("missingItems", "Kekurangan yang harus dilengkapi pelapor", false)
                                // "either is false, unless transferred" is no conjunction of equalities: checked in
                                // complete, stated for clients as two groups of rules
                        .requiredWhen("formalRequirementsMet = false atau materialRequirementsMet = false")
                        .requiredIfAny(List.of(FormField.Rule.equalTo("formalRequirementsMet", false), FormField.Rule.empty("transferToOffice")),
                                List.of(FormField.Rule.equalTo("materialRequirementsMet", false), FormField.Rule.empty("transferToOffice"))),
                FormField.line("transferToOffice", "Limpahkan ke kantor Bawaslu (kode)", false, 5).withType("office"),
                FormField.text("notes", "Catatan", false));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Boolean formal = in.bool("formalRequirementsMet");
        Boolean material = in.bool("materialRequirementsMet");
        String missing = in.text("missingItems");
        String transferTo = in.text("transferToOffice");
        CaseFile c = ctx.caseFile();
        Office target = null;
        if (transferTo != null) {
            target = reference.office(transferTo).orElse(null);
            if (target == null) {
                in.errorCode("transferToOffice", "bawaslu.initialReview.unknownOffice");
            } else if (target.code().equals(c.officeCode())) {
                in.errorCode("transferToOffice", "bawaslu.initialReview.sameOffice");
            }
        } else if (formal != null && material != null && (!formal || !material) && missing == null) {
            in.errorCode("missingItems", "bawaslu.initialReview.missingItems");
        }
        in.check();

        String outcome;
        Variables vars = Variables.of();
        if (target != null) {
            outcome = "TRANSFER";
            cases.assignOffice(c.id(), target.code());
            LocalDate today = calendar.today();
            Term term = calendar.term(c.electionType(), RuleClock.INITIAL_REVIEW);
            deadlines.set(c.id(), DeadlineKind.INITIAL_REVIEW, today, calendar.after(today, term),
                    Wording.INITIAL_REVIEW_TRANSFERRED_BASIS.stored(term.inWords()));
            vars.with(ProcessVariables.OFFICE, target.code());
        } else if (formal && material) {
            outcome = "REGISTER";
        } else {
            outcome = "INCOMPLETE";
            cases.recordMissingItems(c.id(), missing);
        }
        records.decision(c.id(), key(), ctx.taskId(), ctx.user().username(), outcome, in.values());
        return vars.with(ProcessVariables.REVIEW_OUTCOME, outcome);
    }
}
