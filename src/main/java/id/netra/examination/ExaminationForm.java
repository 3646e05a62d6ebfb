package id.netra.examination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRecords;
import id.netra.reference.ReferenceData;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Pemeriksaan: the examining agency's finding on one person's track and the sanctions it recommends — a moral one
 * (PP 42/2004) and a disciplinary one (PP 94/2021, for a PPPK PP 49/2018; dismissal under UU 20/2023 art. 52) with,
 * optionally, its concrete penalty; at least one when proven.
 */
@Component
public class ExaminationForm implements TaskForm {

    public enum Outcome { PROVEN, NOT_PROVEN, NOT_APPLICABLE }

    static final String AUTHORITY = "authority";
    static final String AUTHORITY_REASON = "authorityReason";

    /** The field of the earlier releases' one sanction, still accepted from old clients (mapped to its kind's field). */
    static final String EARLIER_SANCTION = "sanctionClass";

    private final Examinations examinations;
    private final CaseRecords records;
    private final ReferenceData reference;
    private final SanctionCatalogue sanctions;
    private final CasePersons persons;

    private final Clarifications clarifications;
    private final ExaminationService service;

    public ExaminationForm(Examinations examinations, CaseRecords records, ReferenceData reference, SanctionCatalogue sanctions,
                           CasePersons persons, Clarifications clarifications, ExaminationService service) {
        this.clarifications = clarifications;
        this.service = service;
        this.examinations = examinations;
        this.records = records;
        this.reference = reference;
        this.sanctions = sanctions;
        this.persons = persons;
    }

    @Override
    public String key() {
        return FlowNodes.EXAMINATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(
                FormField.choice("outcome", "Hasil pemeriksaan", true, List.of(
                        new FormField.Option("PROVEN", "Terbukti"),
                        new FormField.Option("NOT_PROVEN", "Tidak terbukti"),
                        new FormField.Option("NOT_APPLICABLE", "Tidak dapat diterapkan (mis. ASN sudah pensiun)"))),
                // At least one of the two when proven: each is required while the other is empty.
                FormField.choice("moralSanction", "Sanksi moral yang direkomendasikan (PP 42/2004 Pasal 15)", false,
                                FormField.options(sanctions.options(Kind.MORAL)))
                        .requiredIf("outcome", "PROVEN").requiredIf("disciplinarySanction", null),
                FormField.choice("disciplinarySanction", "Hukuman disiplin yang direkomendasikan (PNS: PP 94/2021; PPPK: PP 49/2018)",
                                false, FormField.options(sanctions.options(Kind.DISCIPLINARY)))
                        .requiredIf("outcome", "PROVEN").requiredIf("moralSanction", null),
                FormField.choice("disciplinaryPenalty", "Jenis hukuman disiplin (sesuai tingkat dan status PNS/PPPK terlapor)", false,
                        FormField.options(sanctions.penaltyOptions())),
                FormField.multi("violationTypes", "Jenis pelanggaran", false, FormField.options(reference.violationTypes())),
                FormField.text("reasoning", "Pertimbangan", true),
                // The recommendation goes to the PPK of the person's agency, unless the law names another authority.
                FormField.line(AUTHORITY, "Rekomendasi ditujukan kepada (kode instansi; kosongkan: PPK instansi terlapor)", false, 40)
                        .withType("agency"),
                FormField.text(AUTHORITY_REASON, "Dasar penunjukan pejabat lain", false)
                        .requiredWhen("rekomendasi ditujukan kepada pejabat selain PPK instansi terlapor"));
    }

    /** An earlier release's {@code sanctionClass}: a moral code is the moral sanction, any other the disciplinary one. */
    @Override
    public JsonNode fromEarlierRelease(JsonNode body, UUID personId) {
        if (!(body instanceof ObjectNode object) || !object.hasNonNull(EARLIER_SANCTION) || !object.get(EARLIER_SANCTION).isTextual()) {
            return body;
        }
        String code = object.get(EARLIER_SANCTION).asText().strip();
        String field = sanctions.kindOf(code).orElse(Kind.DISCIPLINARY) == Kind.MORAL ? "moralSanction" : "disciplinarySanction";
        ObjectNode upgraded = object.deepCopy();
        JsonNode given = upgraded.get(field);
        if (given == null || given.isNull() || given.asText().strip().equals(code)) {
            // Sent twice alike, or once: one value. Two different values stay as sent, and the old field is refused.
            upgraded.remove(EARLIER_SANCTION);
            upgraded.put(field, code);
        }
        return upgraded;
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Outcome outcome = in.choice("outcome", Outcome.class);
        if (ctx.personId() != null && clarifications.pending(ctx.personId()).isPresent()) {
            // The clock is paused for the answer the examination asked for: it concludes once that answer is in.
            in.errorCode("outcome", "examination.clarification.awaited");
        }
        Map<Kind, Sanction> recommended = new EnumMap<>(Kind.class);
        if (outcome == Outcome.PROVEN) {
            String moral = in.text("moralSanction");
            if (moral != null) {
                recommended.put(Kind.MORAL, new Sanction(moral, null));
            }
            String discipline = in.text("disciplinarySanction");
            if (discipline != null) {
                recommended.put(Kind.DISCIPLINARY, new Sanction(discipline, penalty(ctx, in, discipline)));
            } else if (in.text("disciplinaryPenalty") != null) {
                in.errorCode("disciplinaryPenalty", "examination.penaltyOfOtherLevel");
            }
        }
        String authority = authority(ctx, in, outcome);
        in.check();
        List<String> types = in.codes("violationTypes");
        String reasoning = in.text("reasoning");
        examinations.record(ctx.personId(), ctx.caseFile().id(), outcome, recommended, types, reasoning, ctx.user().username());
        examinations.addressTo(ctx.personId(), authority, in.text(AUTHORITY_REASON));
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), outcome.name(), in.values());
        return Variables.of().with(ProcessVariables.EXAMINATION_OUTCOME, outcome.name());
    }

    /**
     * The authority the recommendation is addressed to when not the person's own PPK (null): a known agency, chosen
     * with the reason the law makes it the one (a regional secretary of a regency: the governor...). Only a proven
     * examination addresses anyone; the default named — the person's own agency, or the one the recommendation was
     * re-addressed to when the person moved (a re-examination keeps it) — is not a choice.
     */
    private String authority(TaskContext ctx, FormInput in, Outcome outcome) {
        String typed = in.text(AUTHORITY);
        if (typed == null || outcome != Outcome.PROVEN) {
            if (typed != null) {
                in.errorCode(AUTHORITY, "examination.authority.notProven");
            }
            return null;
        }
        String code = typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (reference.agency(code).isEmpty()) {
            in.errorCode(AUTHORITY, "examination.authority.unknown");
            return null;
        }
        if (ctx.personId() != null && code.equals(service.currentAddressee(ctx.personId()))) {
            return null;
        }
        if (in.text(AUTHORITY_REASON) == null) {
            in.errorCode(AUTHORITY_REASON, "examination.authority.reason");
        }
        return code;
    }

    /**
     * The concrete penalty of the disciplinary sanction: the one chosen, which must be of that level and for the
     * person's employment type (a PPPK's under PP 49/2018); none chosen, the level's only one for that type (dismissal),
     * else none (the PPK chooses it within the level).
     */
    private String penalty(TaskContext ctx, FormInput in, String discipline) {
        String employment = ctx.personId() == null ? null : persons.get(ctx.personId()).employmentType().name();
        String chosen = in.text("disciplinaryPenalty");
        if (chosen == null) {
            return employment == null ? null
                    : sanctions.onlyPenalty(discipline, employment).map(SanctionCatalogue.Penalty::code).orElse(null);
        }
        sanctions.misfit(chosen, discipline, employment).ifPresent(why -> in.errorCode("disciplinaryPenalty", why.code(), why.args()));
        return chosen;
    }
}
