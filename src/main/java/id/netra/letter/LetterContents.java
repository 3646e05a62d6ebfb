package id.netra.letter;

import id.netra.access.UserRepository;
import id.netra.bawaslu.Assessments;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.ReporterRedactor;
import id.netra.casefile.LetterIssued;
import id.netra.casefile.PersonTracks;
import id.netra.examination.Clarifications;
import id.netra.examination.Examinations;
import id.netra.examination.ExaminingAgencyProperties;
import id.netra.followup.FollowUps;
import id.netra.reference.Agency;
import id.netra.workflow.FlowNodes;
import id.netra.reference.ReferenceData;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a letter says, from the case as it stands when the letter is issued: its number, date, issuing office and
 * signatory, addressee, parties and decision. Never the reporter's identity: the letters made here go to the
 * examining agency and to the PPKs, and are built without the reporter or any text the reporter wrote.
 */
@Component
class LetterContents {

    /** The kinds whose document is made; the letters of the earlier releases keep their number only. */
    static final Set<String> KINDS = Set.of("FORWARDING", "GAKKUMDU_FORWARDING", "RECOMMENDATION", "WARNING",
            "PERSONNEL_DATA_BLOCK", "ESCALATION", "CLARIFICATION_REQUEST", "OBJECTION_ANSWER", "VERIFICATION");

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private final CaseRepository cases;
    private final CasePersons persons;
    private final PersonTracks tracks;
    private final Assessments assessments;
    private final Examinations examinations;
    private final ReferenceData reference;
    private final SanctionCatalogue sanctions;
    private final ExaminingAgencyProperties agency;
    private final UserRepository users;
    private final CaseRecords records;
    private final Clarifications clarifications;
    private final FollowUps followUps;
    private final id.netra.casefile.CaseDeadlines deadlines;

    LetterContents(CaseRepository cases, CasePersons persons, PersonTracks tracks, Assessments assessments,
                   Examinations examinations, ReferenceData reference, SanctionCatalogue sanctions,
                   ExaminingAgencyProperties agency, UserRepository users, CaseRecords records,
                   Clarifications clarifications, FollowUps followUps, id.netra.casefile.CaseDeadlines deadlines) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.persons = persons;
        this.tracks = tracks;
        this.assessments = assessments;
        this.examinations = examinations;
        this.reference = reference;
        this.sanctions = sanctions;
        this.agency = agency;
        this.users = users;
        this.records = records;
        this.clarifications = clarifications;
        this.followUps = followUps;
    }

    /**
     * The letter's model for its template: the words are the template's, the model carries names, numbers and dates
     * (and {@code addresseeKind}, {@code decision}, … the template words by).
     */
    Map<String, Object> of(LetterIssued letter) {
        CaseFile c = cases.get(letter.caseId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", letter.kind());
        m.put("number", letter.number());
        m.put("registerNumber", c.registerNumber());
        m.put("pilkada", c.electionType().name().equals("PILKADA"));
        m.put("incidentDate", c.incidentDate() == null ? null : DAY.format(c.incidentDate()));
        m.put("incidentRegion", reference.regionName(c.regionCode()));
        String officeName = reference.office(c.officeCode()).map(o -> o.name()).orElse("Bawaslu " + c.officeCode());
        m.put("officeName", officeName);
        m.put("agencyName", agency.name());
        m.put("signatoryName", users.find(letter.issuedBy()).map(a -> a.user().displayName()).orElse(letter.issuedBy()));
        LocalDate day = letter.issuedAt().atZone(JAKARTA).toLocalDate();
        m.put("date", DAY.format(day));
        m.put("violations", List.of());
        List<Map<String, Object>> parties = new ArrayList<>();
        if (letter.personId() == null) {
            // The office's letters about the case: to the examining agency, to the Gakkumdu centre.
            m.put("fromOffice", true);
            m.put("issuer", officeName);
            m.put("place", place(reference.office(c.officeCode()).map(o -> reference.regionName(o.regionCode())).orElse("Jakarta")));
            Set<UUID> forwarded = new java.util.HashSet<>();
            tracks.of(c.id()).forEach(t -> forwarded.add(t.personId()));
            for (CasePerson p : persons.of(c.id())) {
                if (forwarded.contains(p.id())) {
                    parties.add(party(p));
                }
            }
            assessments.find(c.id()).ifPresent(a -> m.put("violations", labels(a.violationTypes())));
        } else {
            m.put("fromOffice", false);
            m.put("issuer", agency.name());
            m.put("place", "Jakarta");
            CasePerson p = persons.of(c.id()).stream().filter(x -> x.id().equals(letter.personId())).findFirst().orElseThrow();
            parties.add(party(p));
            String addressedTo = examinations.recommendation(p.id()).map(Examinations.Recommendation::agencyCode)
                    .orElseGet(() -> tracks.addressee(p.id()).orElse(p.agencyCode()));
            Agency to = reference.agency(addressedTo).orElse(null);
            m.put("ppk", to == null || to.ppkTitle() == null || to.ppkTitle().isBlank() ? null : to.ppkTitle());
            m.put("ppkAgency", to == null ? addressedTo : to.name());
            m.put("addresseePlace", to == null ? "" : place(reference.regionName(to.regionCode())));
            m.put("regionalGovernment", addressedTo.startsWith("PEMDA-"));
            // The examination's forms of the violation, else the assessment's the case was forwarded with.
            List<String> assessed = assessments.find(c.id()).map(a -> labels(a.violationTypes())).orElse(List.of());
            m.put("violations", assessed);
            examinations.find(p.id()).ifPresent(e -> {
                List<String> examined = labels(e.violationTypes());
                m.put("violations", examined.isEmpty() ? assessed : examined);
                m.put("sanctions", recommended(e));
            });
            deadlines.trackDueOn(p.id(), id.netra.casefile.DeadlineKind.PPK_FOLLOW_UP).ifPresent(d -> m.put("followUpDue", DAY.format(d)));
            examinations.recommendation(p.id()).ifPresent(r -> {
                m.put("recommendationNumber", r.number());
                m.put("recommendationDate", DAY.format(r.issuedAt().atZone(JAKARTA).toLocalDate()));
            });
            // The words an officer wrote, as the letter's addressee may read them: never the reporter, nor another person.
            java.util.function.UnaryOperator<String> scrub = scrub(c.id(), p);
            switch (letter.kind()) {
                case "CLARIFICATION_REQUEST" -> clarifications.byLetter(p.id(), letter.number()).ifPresent(r -> {
                    m.put("addresseeKind", r.addressee().name());
                    m.put("questions", scrub.apply(r.questions()));
                });
                case "ESCALATION" -> m.put("earlier", earlier(c.id(), p.id(), List.of("WARNING", "PERSONNEL_DATA_BLOCK")));
                case "OBJECTION_ANSWER" -> objectionAnswer(c.id(), p.id(), letter.number()).ifPresent(d -> {
                    m.put("decision", d.outcome());
                    m.put("answer", scrub.apply(d.payload().path("answer").asText("")));
                });
                case "VERIFICATION" -> {
                    followUps.find(p.id()).ifPresent(f -> m.put("imposed", f.sanctions().values().stream()
                            .filter(FollowUps.Reported::imposed).map(this::imposed).toList()));
                    m.put("wasBlocked", followUps.everBlocked(p.id()));
                }
                default -> {
                }
            }
        }
        m.put("parties", parties);
        return m;
    }

    /**
     * An officer's text in a letter about one person, as that person's PPK reads the case: the reporter's identity
     * masked, and every other person of the case too ({@code ReporterRedactor}, as the case's answer does).
     */
    private java.util.function.UnaryOperator<String> scrub(UUID caseId, CasePerson person) {
        return ReporterRedactor.forOutsider(cases.reporterVersions(caseId), persons.of(caseId), Set.of(person.id()));
    }

    private List<String> recommended(Examinations.Examination e) {
        List<String> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Sanction s = e.sanction(kind);
            if (s != null) {
                out.add(sanction(s.sanctionClass(), s.penalty()));
            }
        }
        return out;
    }

    private Map<String, Object> imposed(FollowUps.Reported r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sanction", sanction(r.sanctionClass(), r.penalty()));
        m.put("decreeNumber", r.decreeNumber());
        m.put("decreeDate", r.decreeDate() == null ? null : DAY.format(r.decreeDate()));
        return m;
    }

    /**
     * A sanction as a letter writes it: its class and the penalty's own words ("pemotongan tunjangan kinerja 25% selama 6
     * bulan"), not the employment type and level the penalty's label begins with ("PNS — sedang: "), which the class says.
     */
    private String sanction(String sanctionClass, String penalty) {
        String label = sanctions.sanctionClass(sanctionClass).map(SanctionCatalogue.SanctionClass::label).orElse(sanctionClass);
        String p = penalty == null ? null : sanctions.penalty(penalty).map(SanctionCatalogue.Penalty::label).orElse(penalty);
        if (p != null && p.contains(": ")) {
            p = p.substring(p.indexOf(": ") + 2);
        }
        return p == null ? label : label + ": " + p;
    }

    /** The person's earlier letters of these kinds, in the order issued: each its number and date. */
    private List<Map<String, Object>> earlier(UUID caseId, UUID personId, List<String> kinds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CaseRecords.Letter l : records.letters(caseId)) {
            if (personId.equals(l.personId()) && kinds.contains(l.kind())) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("kind", l.kind());
                e.put("number", l.number());
                e.put("date", DAY.format(l.issuedAt().atZone(JAKARTA).toLocalDate()));
                out.add(e);
            }
        }
        return out;
    }

    /** The answer to the PPK's objection that this letter carries. */
    private Optional<CaseRecords.Decision> objectionAnswer(UUID caseId, UUID personId, String number) {
        return records.decisions(caseId).stream()
                .filter(d -> personId.equals(d.personId()) && FlowNodes.OBJECTION_ANSWER.equals(d.taskKey())
                        && number.equals(d.payload().path("answerLetterNumber").asText(null)))
                .reduce((a, b) -> b);
    }

    private Map<String, Object> party(CasePerson p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("nip", p.nip() == null ? "—" : p.nip());
        m.put("position", p.position() == null ? "—" : p.position());
        m.put("agency", reference.agency(p.agencyCode()).map(Agency::name).orElse(p.agencyCode()));
        return m;
    }

    private List<String> labels(List<String> codes) {
        Map<String, String> all = reference.violationTypes();
        return codes == null ? List.of() : codes.stream().map(code -> all.getOrDefault(code, code)).toList();
    }

    /** A regency's or city's name as a letter's place: "Kabupaten Serang" → "Serang". */
    static String place(String regionName) {
        return regionName == null ? "" : regionName.replaceFirst("^(Kabupaten|Kota|Provinsi) ", "");
    }
}
