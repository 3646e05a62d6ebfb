package id.netra.bawaslu;

import id.netra.casefile.Wording;
import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.Visibility;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.FourEyesApproval;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rapat pleno: the commissioners approve the assessment or send it back, and decide for each reported person whether
 * the violation is proven; the case is forwarded with the persons found in violation. Four-eyes: not the assessor.
 * {@code persons} may be left out or null (the first release's clients): every person is then found as the assessment
 * concluded; given, it must decide every person once, and only when the plenary approves a neutrality violation.
 */
@Component
public class PlenaryDecisionForm implements TaskForm {

    public static final String PERSONS = "persons";
    public static final String MINUTES = "minutesNumber";
    public static final String PRESENT = "commissionersPresent";
    public static final String GAKKUMDU = "gakkumduForwarded";
    public static final String GAKKUMDU_LETTER = "gakkumduLetterNumber";
    /** The kind of the case's letter that forwards it to the Gakkumdu centre too (V29). */
    static final String GAKKUMDU_LETTER_KIND = "GAKKUMDU_FORWARDING";
    /** The most commissioners a Bawaslu office has (RI: 5, a province 5 or 7, a regency or city 3 or 5), with room. */
    static final int MAX_PRESENT = 9;

    private final FourEyesApproval approval;
    private final CaseStatusService statuses;
    private final CasePersons persons;
    private final Assessments assessments;
    private final PlenaryFindings findings;
    private final PlenaryProperties plenary;
    private final CaseRecords records;

    public PlenaryDecisionForm(CaseRecords records, CaseStatusService statuses, CasePersons persons, Assessments assessments,
                               PlenaryFindings findings, PlenaryProperties plenary) {
        this.plenary = plenary;
        this.records = records;
        this.approval = new FourEyesApproval(records, FlowNodes.ASSESSMENT, "Kajian disetujui pleno", "Catatan pleno",
                "bawaslu.plenary.fourEyes");
        this.statuses = statuses;
        this.persons = persons;
        this.assessments = assessments;
        this.findings = findings;
    }

    @Override
    public String key() {
        return FlowNodes.PLENARY_DECISION;
    }

    @Override
    public List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        // The plenary is a collegial meeting (Perbawaslu 5/2018): its minutes (berita acara) and who was there, whatever
        // it decides.
        fields.add(FormField.line(MINUTES, "Nomor berita acara rapat pleno", true, 120));
        fields.add(FormField.list(PRESENT, "Komisioner yang hadir", "commissioner[]", true, MAX_PRESENT,
                FormField.line("name", "Nama komisioner", true, 160)).withMinItems(plenary.quorum()));
        fields.addAll(approval.fields());
        fields.add(FormField.bool(GAKKUMDU, "Diteruskan juga ke Sentra Gakkumdu (dugaan tindak pidana pemilihan)", false));
        fields.add(FormField.line(GAKKUMDU_LETTER, "Nomor surat penerusan ke Sentra Gakkumdu", false, 120).requiredIf(GAKKUMDU, true));
        fields.add(FormField.list(PERSONS, "Putusan per terlapor: {personId, violationProven}, setiap terlapor sekali; "
                        + "bila tidak diisi, semua terlapor mengikuti kesimpulan kajian", "personFinding[]", false, CasePersons.MAX_PERSONS,
                FormField.line("personId", "Terlapor (id dari reportedPersons)", true, 36),
                FormField.bool("violationProven", "Pelanggaran netralitas terbukti", true)));
        return fields;
    }

    @Override
    public String sendsBackTo() {
        return approval.authorTask();
    }

    @Override
    public void checkMayDecide(CaseFile caseFile, UUID personId, NetraUser user) {
        approval.checkMayDecide(caseFile, personId, user);
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        UUID caseId = ctx.caseFile().id();
        boolean violation = "NEUTRALITY_VIOLATION".equals(assessments.get(caseId).conclusion());
        boolean approved = Boolean.TRUE.equals(in.bool(FourEyesApproval.APPROVED));
        boolean given = in.raw() != null && in.raw().hasNonNull(PERSONS);
        Map<UUID, Boolean> decided = new LinkedHashMap<>();
        if (given && (!approved || !violation) && in.bool(FourEyesApproval.APPROVED) != null) {
            in.errorCode(PERSONS, "bawaslu.plenary.personsNotExpected");
        } else if (approved && violation) {
            decided = perPerson(caseId, in, given);
        }
        checkQuorum(in);
        if (Boolean.TRUE.equals(in.bool(GAKKUMDU)) && !(approved && violation)) {
            // A parallel forwarding goes beside a neutrality violation sent on; an election crime alone is the
            // assessment's other route.
            in.errorCode(GAKKUMDU, "bawaslu.plenary.gakkumduNotExpected");
        }
        FourEyesApproval.Decision decision = approval.decide(ctx, in);
        if (!decision.approved()) {
            statuses.change(caseId, CaseStatus.UNDER_ASSESSMENT, ctx.user().username(),
                    Visibility.Note.PLENARY_SENT_BACK.text(Wording.PLENARY_SENT_BACK.stored(decision.notes())));
        } else if (violation) {
            findings.record(caseId, decided, ctx.user().username());
            if (Boolean.TRUE.equals(in.bool(GAKKUMDU))) {
                // The office's own letter to the Gakkumdu centre, among the case's letters as its forwarding letter is.
                records.letter(caseId, GAKKUMDU_LETTER_KIND, in.text(GAKKUMDU_LETTER), ctx.user().username());
            }
        }
        return Variables.of().with(ProcessVariables.PLENARY_APPROVED, decision.approved());
    }

    /** The commissioners present: each once, however the name is spaced or cased (the quorum counts rows: minItems). */
    private void checkQuorum(FormInput in) {
        List<FormInput.Item> items = in.items(PRESENT);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i).node() != null && items.get(i).node().isObject() ? items.get(i).text("name") : null;
            if (name != null && !names.add(name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))) {
                in.errorCode(PRESENT + "[" + i + "].name", "bawaslu.plenary.presentTwice");
            }
        }
    }

    /**
     * Each person's finding, checked: every person of the case once, and at least one found in violation. Left out
     * ({@code persons} absent or null), every person is found in violation, as the assessment concluded.
     */
    private Map<UUID, Boolean> perPerson(UUID caseId, FormInput in, boolean given) {
        List<CasePerson> named = persons.of(caseId);
        Map<UUID, Boolean> decided = new LinkedHashMap<>();
        if (!given) {
            named.forEach(p -> decided.put(p.id(), true));
            return decided;
        }
        List<FormInput.Item> items = in.items(PERSONS);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).node() == null || !items.get(i).node().isObject()) {
                continue; // named by the declaration's check
            }
            String field = PERSONS + "[" + i + "].personId";
            String typed = items.get(i).text("personId");
            UUID id = null;
            try {
                id = typed == null ? null : UUID.fromString(typed);
            } catch (IllegalArgumentException e) {
                // not an id: named below
            }
            UUID person = id;
            if (person == null || named.stream().noneMatch(p -> p.id().equals(person))) {
                if (typed != null) {
                    in.errorCode(field, "bawaslu.plenary.notAPerson");
                }
            } else if (decided.containsKey(person)) {
                in.errorCode(field, "bawaslu.plenary.decidedTwice");
            } else {
                decided.put(person, Boolean.TRUE.equals(items.get(i).bool("violationProven")));
            }
        }
        if (!in.hasErrors()) {
            for (CasePerson p : named) {
                if (!decided.containsKey(p.id())) {
                    in.errorCode(PERSONS, "bawaslu.plenary.undecided", p.name());
                }
            }
            if (!decided.isEmpty() && !decided.containsValue(true)) {
                in.errorCode(PERSONS, "bawaslu.plenary.noneProven");
            }
        }
        return decided;
    }
}
