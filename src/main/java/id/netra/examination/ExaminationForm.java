package id.netra.examination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRecords;
import id.netra.reference.Agency;
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

    /** The Minister of Home Affairs: a province's regional secretary's authority, and who appoints an acting regent. */
    static final String MINISTER_OF_HOME_AFFAIRS = "PUSAT-KEMENDAGRI";

    /** A regional government's agency: a province's ({@code PEMDA-36}) or a regency's or city's ({@code PEMDA-36.04}). */
    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile("PEMDA-(\\d{2})(\\.\\d{2})?");

    /** The fields of what a proven examination recommends (the authority aside, checked with its default). */
    static final List<String> SANCTION_FIELDS = List.of("moralSanction", "disciplinarySanction", "disciplinaryPenalty");

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

    /**
     * The authority field offers only the agencies the recommendation may be addressed to ({@link #authorities}), the
     * default first, and the penalty only those of the person's employment type (a PNS's, or a PPPK's under PP 49/2018):
     * the page and a client draw their lists from them.
     */
    @Override
    public List<FormField> offered(id.netra.casefile.CaseFile caseFile, UUID personId) {
        if (personId == null) {
            return fields();
        }
        List<Agency> allowed = authorities(personId);
        FormField.Option[] choices = allowed.stream()
                .map(a -> new FormField.Option(a.code(), a.name() + " — " + a.ppkTitle())).toArray(FormField.Option[]::new);
        // The reason is required of a recommendation proven and addressed to another authority the law names.
        List<Object> others = allowed.stream().skip(1).map(a -> (Object) a.code()).toList();
        String employment = persons.get(personId).employmentType().name();
        FormField.Option[] penalties = sanctions.penalties().stream().filter(p -> p.employmentType().equals(employment))
                .map(p -> new FormField.Option(p.code(), p.label())).toArray(FormField.Option[]::new);
        return fields().stream().map(f -> f.name().equals(AUTHORITY) ? f.withOptions(choices)
                : f.name().equals("disciplinaryPenalty") ? f.withOptions(penalties)
                : f.name().equals(AUTHORITY_REASON) && !others.isEmpty()
                ? f.requiredIfAny(List.of(new FormField.Rule(AUTHORITY, "equals", others), FormField.Rule.equalTo("outcome", "PROVEN")))
                : f).toList();
    }

    /**
     * The page opens on the recommendation's addressee when it is not the person's own agency (the agency a person who
     * moved was re-addressed to, the authority an earlier examination chose): a re-examination keeps it.
     */
    @Override
    public Map<String, String> defaults(id.netra.casefile.CaseFile caseFile, UUID personId) {
        if (personId == null) {
            return Map.of();
        }
        String current = service.currentAddressee(personId);
        return current.equals(persons.get(personId).agencyCode()) ? Map.of() : Map.of(AUTHORITY, current);
    }

    /**
     * The agencies whose PPK the person's recommendation may go to, the default first — the track's addressee (the
     * person's own agency; the one the recommendation was re-addressed to when they moved; the authority an earlier
     * examination chose) — then those the law names for the person's agency now: of a regency or city, the governor
     * ({@code PEMDA-<province>}: a regional secretary) and the Minister of Home Affairs (who appoints an acting
     * regent); of a province, the Minister of Home Affairs; of any other agency none.
     */
    List<Agency> authorities(UUID personId) {
        String current = service.currentAddressee(personId);
        String chosen = examinations.authority(personId).map(Examinations.Authority::agencyCode).orElse(null);
        // The person's agency now: the track's addressee unless that is an authority chosen over it.
        String agency = current.equals(chosen) ? persons.get(personId).agencyCode() : current;
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(List.of(current, agency));
        java.util.regex.Matcher regional = REGIONAL.matcher(agency);
        if (regional.matches()) {
            if (regional.group(2) != null) {
                codes.add("PEMDA-" + regional.group(1));
            }
            codes.add(MINISTER_OF_HOME_AFFAIRS);
        }
        return codes.stream().map(reference::agency).flatMap(java.util.Optional::stream).toList();
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
        } else if (outcome != null) {
            // Not proven, nothing is recommended: a sanction sent beside it is refused, not dropped unseen.
            for (String field : SANCTION_FIELDS) {
                if (in.text(field) != null) {
                    in.errorCode(field, "examination.sanction.notProven");
                }
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
     * The authority the recommendation is addressed to when not the default (null): one of {@link #authorities}, chosen
     * with the reason the law makes it the one (a regional secretary of a regency: the governor...). Only a proven
     * examination addresses anyone; the default named — the person's own agency, or the one the recommendation was
     * re-addressed to when the person moved (a re-examination keeps it) — is not a choice.
     */
    private String authority(TaskContext ctx, FormInput in, Outcome outcome) {
        String typed = in.text(AUTHORITY);
        if (outcome != null && outcome != Outcome.PROVEN && in.text(AUTHORITY_REASON) != null) {
            in.errorCode(AUTHORITY_REASON, "examination.authority.notProven");
        }
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (reference.agency(code).isEmpty()) {
            in.errorCode(AUTHORITY, "examination.authority.unknown");
            return null;
        }
        if (ctx.personId() == null) {
            return null;
        }
        List<Agency> allowed = authorities(ctx.personId());
        if (code.equals(allowed.get(0).code())) {
            return null;
        }
        if (outcome != Outcome.PROVEN) {
            in.errorCode(AUTHORITY, "examination.authority.notProven");
            return null;
        }
        if (allowed.stream().noneMatch(a -> a.code().equals(code))) {
            List<Agency> others = allowed.subList(1, allowed.size());
            if (others.isEmpty()) {
                in.errorCode(AUTHORITY, "examination.authority.defaultOnly");
            } else {
                in.errorCode(AUTHORITY, "examination.authority.notAllowed", id.netra.platform.Messages.joined(others.stream()
                        .map(a -> id.netra.platform.Messages.part("input.named", a.name(), a.code())).toList()));
            }
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
