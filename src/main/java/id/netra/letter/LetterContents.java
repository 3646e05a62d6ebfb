package id.netra.letter;

import id.netra.access.UserRepository;
import id.netra.bawaslu.Assessments;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.LetterIssued;
import id.netra.casefile.PersonTracks;
import id.netra.examination.Examinations;
import id.netra.examination.ExaminingAgencyProperties;
import id.netra.reference.Agency;
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

    /** The kinds whose document is made; the others keep their number only, as before. */
    static final Set<String> KINDS = Set.of("FORWARDING", "RECOMMENDATION", "WARNING");

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

    LetterContents(CaseRepository cases, CasePersons persons, PersonTracks tracks, Assessments assessments,
                   Examinations examinations, ReferenceData reference, SanctionCatalogue sanctions,
                   ExaminingAgencyProperties agency, UserRepository users) {
        this.cases = cases;
        this.persons = persons;
        this.tracks = tracks;
        this.assessments = assessments;
        this.examinations = examinations;
        this.reference = reference;
        this.sanctions = sanctions;
        this.agency = agency;
        this.users = users;
    }

    Map<String, Object> of(LetterIssued letter) {
        CaseFile c = cases.get(letter.caseId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", letter.kind());
        m.put("number", letter.number());
        m.put("registerNumber", c.registerNumber());
        m.put("electionType", c.electionType().name().equals("PILKADA") ? "Pemilihan Kepala Daerah" : "Pemilihan Umum");
        m.put("incidentDate", c.incidentDate() == null ? null : DAY.format(c.incidentDate()));
        m.put("incidentRegion", reference.regionName(c.regionCode()));
        String officeName = reference.office(c.officeCode()).map(o -> o.name()).orElse("Bawaslu " + c.officeCode());
        m.put("officeName", officeName);
        m.put("signatoryName", users.find(letter.issuedBy()).map(a -> a.user().displayName()).orElse(letter.issuedBy()));
        LocalDate day = letter.issuedAt().atZone(JAKARTA).toLocalDate();
        m.put("date", DAY.format(day));
        List<Map<String, Object>> parties = new ArrayList<>();
        if ("FORWARDING".equals(letter.kind())) {
            m.put("issuer", officeName.toUpperCase(Locale.ROOT));
            m.put("place", place(reference.office(c.officeCode()).map(o -> reference.regionName(o.regionCode())).orElse("Jakarta")));
            m.put("signatoryTitle", "Ketua " + officeName);
            m.put("addressee", "Kepala " + agency.name());
            m.put("addresseePlace", "Jakarta");
            Set<UUID> forwarded = new java.util.HashSet<>();
            tracks.of(c.id()).forEach(t -> forwarded.add(t.personId()));
            for (CasePerson p : persons.of(c.id())) {
                if (forwarded.contains(p.id())) {
                    parties.add(party(p));
                }
            }
            Optional<Assessments.Assessment> a = assessments.find(c.id());
            m.put("violations", a.map(x -> labels(x.violationTypes())).orElse(List.of()));
            m.put("copies", List.of("Ketua Badan Pengawas Pemilihan Umum Republik Indonesia", "Arsip"));
        } else {
            CasePerson p = persons.of(c.id()).stream().filter(x -> x.id().equals(letter.personId())).findFirst().orElseThrow();
            Examinations.Examination e = examinations.find(p.id()).orElseThrow();
            String addressedTo = examinations.recommendation(p.id()).map(Examinations.Recommendation::agencyCode).orElse(p.agencyCode());
            Agency to = reference.agency(addressedTo).orElse(null);
            m.put("issuer", agency.name().toUpperCase(Locale.ROOT));
            m.put("place", "Jakarta");
            m.put("signatoryTitle", "Kepala " + agency.name());
            m.put("addressee", to == null ? "Pejabat Pembina Kepegawaian " + addressedTo
                    : (to.ppkTitle() == null || to.ppkTitle().isBlank() ? "Pejabat Pembina Kepegawaian " + to.name() : to.ppkTitle()));
            m.put("addresseePlace", to == null ? "" : place(reference.regionName(to.regionCode())));
            examinations.recommendation(p.id()).ifPresent(r -> {
                m.put("recommendationNumber", r.number());
                m.put("recommendationDate", DAY.format(r.issuedAt().atZone(JAKARTA).toLocalDate()));
            });
            parties.add(party(p));
            m.put("violations", labels(e.violationTypes()));
            List<String> recommended = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                Sanction s = e.sanction(kind);
                if (s != null) {
                    String label = sanctions.sanctionClass(s.sanctionClass()).map(SanctionCatalogue.SanctionClass::label).orElse(s.sanctionClass());
                    String penalty = s.penalty() == null ? null : sanctions.penalty(s.penalty()).map(SanctionCatalogue.Penalty::label).orElse(s.penalty());
                    recommended.add(penalty == null ? label : label + ": " + penalty);
                }
            }
            m.put("sanctions", recommended);
            m.put("copies", List.of("Ketua " + officeName, "Arsip"));
        }
        m.put("parties", parties);
        return m;
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
