package id.netra.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.examination.Examinations;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.workflow.CaseProcess;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The PPK reports its follow-up on one person, for each recommended sanction (a moral one, a disciplinary one): whether
 * it imposed it, the sanction it imposed and the decree (SK) that imposed it, number and date (not before the
 * recommendation). Or the PPK declares it will not impose the sanction ({@code refused}, its reason in {@code notes}):
 * that is non-compliance at once — the PPK's deadline is brought forward to now, so the escalation a missed deadline
 * starts begins, and the task comes back to the PPK (who may still impose the sanction) instead of going to verification.
 */
@Component
public class FollowUpConfirmationForm implements TaskForm {

    /** The earlier releases' one reported sanction, still accepted from old clients (mapped to its kind's fields). */
    private static final Set<String> EARLIER_FIELDS = Set.of("sanctionImposed", "sanctionClass", "decreeNumber", "decreeDate");

    private final FollowUps followUps;
    private final CaseRecords records;
    private final PersonTracks tracks;
    private final CaseDeadlines deadlines;
    private final SanctionCatalogue sanctions;
    private final Examinations examinations;
    private final CasePersons persons;
    private final CaseProcess process;
    private final id.netra.deadline.BusinessCalendar calendar;

    public FollowUpConfirmationForm(FollowUps followUps, CaseRecords records, PersonTracks tracks, CaseDeadlines deadlines,
                                    SanctionCatalogue sanctions, Examinations examinations, CasePersons persons, CaseProcess process,
                                    id.netra.deadline.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.persons = persons;
        this.process = process;
        this.followUps = followUps;
        this.records = records;
        this.tracks = tracks;
        this.deadlines = deadlines;
        this.sanctions = sanctions;
        this.examinations = examinations;
    }

    /** A kind's fields: {@code moralImposed}, {@code moralSanction}, … */
    static String field(Kind kind, String name) {
        return (kind == Kind.MORAL ? "moral" : "disciplinary") + name;
    }

    @Override
    public String key() {
        return FlowNodes.FOLLOW_UP_CONFIRMATION;
    }

    /** The objection is offered only while it can be made: before the deadline, once per recommendation. */
    @Override
    public List<FormField> offered(id.netra.casefile.CaseFile caseFile, UUID personId) {
        if (personId == null) {
            return fields();
        }
        List<FormField> fields = forRecommendation(fields(), personId);
        if (tracks.status(personId).orElse(null) != TrackStatus.FOLLOW_UP_OVERDUE && !objectionAnswered(caseFile.id(), personId)) {
            return fields;
        }
        return fields.stream().filter(f -> !f.name().equals(OBJECTED) && !f.name().equals(OBJECTION)).toList();
    }

    /**
     * The notes are required of a sanction imposed lighter than recommended: for each kind recommended, a class of
     * lower severity of that kind; in the recommended class, a penalty of lower severity (of the person's employment
     * type) when the recommendation names one.
     */
    private List<List<FormField.Rule>> lighterGroups(UUID personId, String employment) {
        List<List<FormField.Rule>> groups = new ArrayList<>();
        FormField.Rule notObjected = FormField.Rule.notEqualTo(OBJECTED, true);
        FormField.Rule notRefused = FormField.Rule.notEqualTo(REFUSED, true);
        examinations.sanctions(personId).forEach((kind, rec) -> {
            SanctionCatalogue.SanctionClass recClass = sanctions.sanctionClass(rec.sanctionClass()).orElse(null);
            if (recClass == null) {
                return;
            }
            FormField.Rule imposed = FormField.Rule.equalTo(field(kind, "Imposed"), true);
            List<Object> lighterClasses = sanctions.classes().stream()
                    .filter(c -> c.kind() == kind && c.severity() < recClass.severity()).map(c -> (Object) c.code()).toList();
            if (!lighterClasses.isEmpty()) {
                groups.add(List.of(notObjected, notRefused, imposed, new FormField.Rule(field(kind, "Sanction"), "equals", lighterClasses)));
            }
            SanctionCatalogue.Penalty recPenalty = rec.penalty() == null ? null : sanctions.penalty(rec.penalty()).orElse(null);
            if (kind == Kind.DISCIPLINARY && recPenalty != null) {
                List<Object> lighterPenalties = sanctions.penalties().stream()
                        .filter(p -> p.sanctionClass().equals(recClass.code()) && p.employmentType().equals(employment)
                                && p.severity() < recPenalty.severity()).map(p -> (Object) p.code()).toList();
                if (!lighterPenalties.isEmpty()) {
                    groups.add(List.of(notObjected, notRefused, imposed, FormField.Rule.equalTo(field(kind, "Sanction"), recClass.code()),
                            new FormField.Rule("disciplinaryPenalty", "equals", lighterPenalties)));
                }
            }
        });
        return groups;
    }

    /** An objection to the person's current recommendation was answered upheld: the PPK had its one objection. */
    private boolean objectionAnswered(UUID caseId, UUID personId) {
        return records.decidedSince(caseId, personId, FlowNodes.OBJECTION_ANSWER, "UPHELD",
                examinations.recommendation(personId).map(Examinations.Recommendation::issuedAt).orElse(null));
    }

    @Override
    public List<FormField> fields() {
        List<FormField> out = new ArrayList<>();
        out.add(FormField.bool(REFUSED, "PPK menyatakan tidak akan menjatuhkan sanksi yang direkomendasikan", false));
        out.add(FormField.bool(OBJECTED, "PPK mengajukan sanggahan atas rekomendasi", false));
        out.add(FormField.text(OBJECTION, "Isi sanggahan", false).requiredIf(OBJECTED, true));
        addKind(out, Kind.MORAL, "Sanksi moral", "sanksi moral");
        addKind(out, Kind.DISCIPLINARY, "Hukuman disiplin", "hukuman disiplin");
        // Checked in complete; stated for clients: refused, or a kind reported not imposed (that kind recommended:
        // offered() keeps the groups of the kinds this person's recommendation holds), never beside an objection.
        out.add(FormField.text("notes", "Keterangan", false).requiredWhen("sanksi yang direkomendasikan tidak dijatuhkan atau dijatuhkan lebih ringan, atau PPK menolak menjatuhkannya")
                .requiredIfAny(List.of(FormField.Rule.notEqualTo(OBJECTED, true), FormField.Rule.equalTo(REFUSED, true)),
                        List.of(FormField.Rule.notEqualTo(OBJECTED, true), FormField.Rule.notEqualTo(REFUSED, true),
                                FormField.Rule.equalTo(field(Kind.MORAL, "Imposed"), false)),
                        List.of(FormField.Rule.notEqualTo(OBJECTED, true), FormField.Rule.notEqualTo(REFUSED, true),
                                FormField.Rule.equalTo(field(Kind.DISCIPLINARY, "Imposed"), false))));
        return out;
    }

    /**
     * The fields with the rules of this person's recommendation: a kind recommended must be reported (imposed or not)
     * unless the PPK objects or refuses; a kind not recommended is required of nobody, nor makes the notes required;
     * the penalties offered are the person's employment type's.
     */
    private List<FormField> forRecommendation(List<FormField> fields, UUID personId) {
        java.util.Set<Kind> recommended = examinations.sanctions(personId).keySet();
        String employment = persons.get(personId).employmentType().name();
        FormField.Option[] penalties = sanctions.penalties().stream().filter(p -> p.employmentType().equals(employment))
                .map(p -> new FormField.Option(p.code(), p.label())).toArray(FormField.Option[]::new);
        List<FormField> out = new ArrayList<>();
        for (FormField f : fields) {
            if (f.name().equals("disciplinaryPenalty")) {
                // The person's employment type's penalties only (a PNS's, or a PPPK's under PP 49/2018).
                out.add(f.withOptions(penalties));
                continue;
            }
            Kind kind = java.util.Arrays.stream(Kind.values()).filter(k -> f.name().equals(field(k, "Imposed"))).findFirst().orElse(null);
            if (kind != null && recommended.contains(kind)) {
                out.add(f.requiredIfAny(List.of(FormField.Rule.notEqualTo(OBJECTED, true), FormField.Rule.notEqualTo(REFUSED, true))));
            } else if (f.name().equals("notes")) {
                FormField kept = f.keepingRules(group -> group.stream().noneMatch(r -> java.util.Arrays.stream(Kind.values())
                        .anyMatch(k -> !recommended.contains(k) && r.field().equals(field(k, "Imposed")))));
                List<List<FormField.Rule>> groups = new ArrayList<>(kept.requiredIfAnyOf() == null ? List.of() : kept.requiredIfAnyOf());
                groups.addAll(lighterGroups(personId, employment));
                out.add(groups.isEmpty() ? kept : kept.requiredIfAny(groups.toArray(List[]::new)));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** A kind's fields: imposed or not, the sanction imposed (a disciplinary one's penalty with it), its decree. */
    private void addKind(List<FormField> out, Kind kind, String name, String lower) {
        String imposed = field(kind, "Imposed");
        out.add(FormField.bool(imposed, name + " yang direkomendasikan sudah dijatuhkan", false).requiredWhen(lower + " direkomendasikan"));
        out.add(FormField.choice(field(kind, "Sanction"), name + " yang dijatuhkan", false, FormField.options(sanctions.options(kind)))
                .requiredIf(imposed, true));
        if (kind == Kind.DISCIPLINARY) {
            out.add(FormField.choice("disciplinaryPenalty", "Jenis hukuman disiplin yang dijatuhkan (sesuai status PNS/PPPK)", false,
                    FormField.options(sanctions.penaltyOptions())));
        }
        out.add(FormField.line(field(kind, "DecreeNumber"), "Nomor surat keputusan (SK) " + lower, false, 120).requiredIf(imposed, true));
        out.add(FormField.date(field(kind, "DecreeDate"), "Tanggal surat keputusan " + lower, false).requiredIf(imposed, true).notInFuture());
    }

    /**
     * An earlier release's one sanction ({@code sanctionImposed}, {@code sanctionClass}, {@code decreeNumber},
     * {@code decreeDate}) as the fields of its class's kind; without a class, said of every recommended kind.
     */
    @Override
    public JsonNode fromEarlierRelease(JsonNode body, UUID personId) {
        if (!(body instanceof ObjectNode object) || EARLIER_FIELDS.stream().noneMatch(object::has)) {
            return body;
        }
        ObjectNode upgraded = object.deepCopy();
        EARLIER_FIELDS.forEach(upgraded::remove);
        JsonNode imposed = object.get("sanctionImposed");
        JsonNode sanction = object.get("sanctionClass");
        List<Kind> kinds = new ArrayList<>();
        if (sanction != null && sanction.isTextual()) {
            kinds.add(sanctions.kindOf(sanction.asText().strip()).orElse(Kind.DISCIPLINARY));
            putAbsent(upgraded, field(kinds.get(0), "Sanction"), sanction);
            if (imposed == null || imposed.isNull()) {
                imposed = upgraded.booleanNode(true);
            }
        } else if (personId != null) {
            kinds.addAll(examinations.sanctions(personId).keySet());
        }
        for (Kind kind : kinds) {
            putAbsent(upgraded, field(kind, "Imposed"), imposed);
            putAbsent(upgraded, field(kind, "DecreeNumber"), object.get("decreeNumber"));
            putAbsent(upgraded, field(kind, "DecreeDate"), object.get("decreeDate"));
        }
        return upgraded;
    }

    private static void putAbsent(ObjectNode body, String field, JsonNode value) {
        if (value != null && !value.isNull() && !body.hasNonNull(field)) {
            body.set(field, value);
        }
    }

    /** The PPK's declared refusal: non-compliance at once (SPEC §4). */
    static final String REFUSED = "refused";
    /** The PPK's objection (sanggahan) to the recommendation, before its deadline: the examining agency answers. */
    static final String OBJECTED = "objected";
    static final String OBJECTION = "objection";

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        if (Boolean.TRUE.equals(in.bool(OBJECTED))) {
            return object(ctx, in);
        }
        if (Boolean.TRUE.equals(in.bool(REFUSED))) {
            return refuse(ctx, in);
        }
        Map<Kind, SanctionCatalogue.Sanction> recommended = examinations.sanctions(ctx.personId());
        // No decree can be older than the recommendation it follows: its day in the rules' zone (Asia/Jakarta), whatever
        // zone the moment is stored in, and whenever the PPK's clock started (an objection's answer starts it again).
        LocalDate recommendedOn = examinations.recommendation(ctx.personId())
                .map(r -> calendar.dateOf(r.issuedAt())).orElse(null);
        List<FollowUps.Reported> reported = new ArrayList<>();
        boolean anyNotImposed = false;
        for (Kind kind : Kind.values()) {
            Boolean imposed = in.bool(field(kind, "Imposed"));
            if (imposed == null) {
                if (recommended.containsKey(kind) && in.errors().stream().noneMatch(e -> e.field().equals(field(kind, "Imposed")))) {
                    in.errorCode(field(kind, "Imposed"), "followup.confirmation.recommendedNotReported");
                }
                continue;
            }
            if (!imposed) {
                anyNotImposed |= recommended.containsKey(kind);
                if (recommended.containsKey(kind)) {
                    reported.add(new FollowUps.Reported(kind, false, null, null, null, null));
                }
                continue;
            }
            LocalDate decreeDate = in.date(field(kind, "DecreeDate"));
            if (decreeDate != null && recommendedOn != null && decreeDate.isBefore(recommendedOn)) {
                in.errorCode(field(kind, "DecreeDate"), "followup.confirmation.decreeBeforeRecommendation");
            }
            String sanction = in.text(field(kind, "Sanction"));
            String penalty = kind == Kind.DISCIPLINARY ? penalty(ctx, in, sanction) : null;
            reported.add(new FollowUps.Reported(kind, true, sanction, penalty, in.text(field(kind, "DecreeNumber")), decreeDate));
        }
        // A sanction imposed lighter than recommended is explained by the PPK that imposed it (the verification weighs
        // that reason, and records its own to accept it).
        boolean lighter = false;
        for (FollowUps.Reported r : reported) {
            String prefix = r.kind() == Kind.MORAL ? "moral" : "disciplinary";
            boolean refusedAlready = in.errors().stream().anyMatch(e -> e.field().startsWith(prefix));
            if (r.imposed() && recommended.containsKey(r.kind()) && r.sanctionClass() != null && !refusedAlready) {
                try {
                    lighter |= sanctions.lighter(recommended.get(r.kind()), r.sanction());
                } catch (IllegalArgumentException unknown) {
                    // a code the catalogue does not know: refused as such by the form's options
                }
            }
        }
        if (anyNotImposed && in.text("notes") == null) {
            in.errorCode("notes", "input.required");
        } else if (lighter && in.text("notes") == null) {
            in.errorCode("notes", "followup.confirmation.lighterWithoutReason");
        }
        in.check();
        boolean any = reported.stream().anyMatch(FollowUps.Reported::imposed);
        followUps.record(ctx.personId(), ctx.caseFile().id(), reported, ctx.user().username());
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), any ? "IMPOSED" : "NOT_IMPOSED", in.values());
        String decrees = String.join(", ", reported.stream().filter(FollowUps.Reported::imposed).map(FollowUps.Reported::decreeNumber).toList());
        tracks.change(ctx.personId(), TrackStatus.FOLLOW_UP_REPORTED, ctx.user().username(),
                Visibility.Note.FOLLOW_UP_REPORTED.text(any ? Wording.FOLLOW_UP_REPORTED.stored(decrees) : Wording.FOLLOW_UP_NOT_IMPOSED.stored()));
        return Variables.of().with(ProcessVariables.FOLLOW_UP_REPORTED, true).with(ProcessVariables.FOLLOW_UP_REFUSED, false)
                .with(ProcessVariables.FOLLOW_UP_OBJECTED, false);
    }

    /**
     * The objection, with its grounds: neither a refusal nor a sanction reported imposed beside it, and only while the
     * PPK's deadline has not passed (after it the PPK is non-compliant, and an objection would only stop the escalation).
     * The follow-up ends; the examining agency answers it.
     */
    private Variables object(TaskContext ctx, FormInput in) {
        boolean imposed = false;
        for (Kind kind : Kind.values()) {
            imposed |= Boolean.TRUE.equals(in.bool(field(kind, "Imposed")));
        }
        // Nothing beside the objection and its grounds: no sanction reported (imposed or not), no refusal, no notes.
        boolean besides = imposed || in.values().entrySet().stream()
                .filter(e -> !e.getKey().equals(OBJECTED) && !e.getKey().equals(OBJECTION))
                .anyMatch(e -> e.getValue() != null && !(e.getValue() instanceof java.util.Collection<?> c && c.isEmpty()));
        if (besides) {
            in.errorCode(OBJECTED, "followup.confirmation.objectedButReported");
        }
        if (tracks.status(ctx.personId()).orElse(null) == TrackStatus.FOLLOW_UP_OVERDUE) {
            in.errorCode(OBJECTED, "followup.confirmation.objectionAfterDeadline");
        } else if (objectionAnswered(ctx.caseFile().id(), ctx.personId())) {
            in.errorCode(OBJECTED, "followup.confirmation.objectionAnswered");
        }
        in.check();
        String by = ctx.user().username();
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), by, "OBJECTED", in.values());
        // The PPK's clock stops with the follow-up: the answer sets a new one (upheld) or a new recommendation does.
        deadlines.removeFromTrack(ctx.personId(), DeadlineKind.PPK_FOLLOW_UP, DeadlineKind.PPK_REMINDER);
        // The examining agency's turn: the track (and the case) say so until the answer.
        tracks.change(ctx.personId(), TrackStatus.OBJECTION_PENDING, by, Visibility.Note.OBJECTION.text(Wording.OBJECTION_RAISED.stored()));
        return Variables.of().with(ProcessVariables.FOLLOW_UP_REPORTED, false).with(ProcessVariables.FOLLOW_UP_REFUSED, false)
                .with(ProcessVariables.FOLLOW_UP_OBJECTED, true);
    }

    /**
     * The declared refusal, with its reason: nothing imposed may be reported beside it. Recorded, noted on the track,
     * and the PPK's deadline brought forward to now (when it has not passed yet) so that the escalation starts.
     */
    private Variables refuse(TaskContext ctx, FormInput in) {
        for (Kind kind : Kind.values()) {
            if (Boolean.TRUE.equals(in.bool(field(kind, "Imposed")))) {
                in.errorCode(REFUSED, "followup.confirmation.refusedButImposed");
            }
        }
        if (in.text("notes") == null) {
            in.errorCode("notes", "followup.confirmation.refusalReason");
        }
        in.check();
        String by = ctx.user().username();
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), by, "REFUSED", in.values());
        tracks.note(ctx.personId(), by, Visibility.Note.FOLLOW_UP_REFUSED.text(Wording.FOLLOW_UP_REFUSED.stored()));
        if (process.bringPpkDeadlineForward(ctx.caseFile().id(), ctx.personId(), id.netra.platform.Today.now())) {
            // The deadline shown is the one the escalation now runs on: passed by the refusal — its last day the one
            // before, so that it reads passed (the task's due, the inbox's "overdue", the moment it passed) as the
            // track reads overdue, not as running until tonight.
            deadlines.ofTrack(ctx.personId()).stream().filter(d -> d.kind() == DeadlineKind.PPK_FOLLOW_UP).findFirst()
                    .ifPresent(d -> deadlines.setForTrack(ctx.personId(), DeadlineKind.PPK_FOLLOW_UP, d.startsOn(),
                            id.netra.platform.Today.date().minusDays(1), Wording.PPK_REFUSED_BASIS.stored()));
            deadlines.removeFromTrack(ctx.personId(), DeadlineKind.PPK_REMINDER);
        }
        return Variables.of().with(ProcessVariables.FOLLOW_UP_REPORTED, false).with(ProcessVariables.FOLLOW_UP_REFUSED, true)
                .with(ProcessVariables.FOLLOW_UP_OBJECTED, false);
    }

    /** The concrete penalty imposed, if named: one of the disciplinary level imposed, for the person's employment type. */
    private String penalty(TaskContext ctx, FormInput in, String sanction) {
        String chosen = in.text("disciplinaryPenalty");
        if (chosen != null && sanction != null) {
            String employment = ctx.personId() == null ? null : persons.get(ctx.personId()).employmentType().name();
            sanctions.misfit(chosen, sanction, employment).ifPresent(why -> in.errorCode("disciplinaryPenalty", why.code(), why.args()));
        }
        return chosen;
    }
}
