package id.netra.intake;

import id.netra.access.NetraUser;
import id.netra.casefile.AccessCodeRejected;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.NewCase;
import id.netra.casefile.Reporter;
import id.netra.casefile.Visibility;
import id.netra.casefile.Witness;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleSet;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import id.netra.reference.Office;
import id.netra.reference.ReferenceData;
import id.netra.workflow.CaseProcess;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Public reports, officers' findings, and the completion loop of a report found incomplete. */
@Service
public class IntakeService {

    public static final String REPORTER_ACTOR = "pelapor";
    public static final String SYSTEM_ACTOR = "sistem";
    /** No election handled in Netra lies before it: an earlier date is a typing error, not a case. */
    static final int EARLIEST_YEAR = 2000;

    public record Receipt(String trackingNumber, String accessCode) {
    }

    public record FindingReceipt(UUID caseId, String trackingNumber, String registerNumber, CaseStatus status) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record PublicStatus(String trackingNumber, CaseStatus status, String statusLabel, List<HistoryEntry> history,
                               String missingItems, Instant completionDue) {
    }

    public record HistoryEntry(CaseStatus status, String statusLabel, Instant at) {
    }

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseDeadlines deadlines;
    private final ReferenceData reference;
    private final BusinessCalendar calendar;
    private final CaseProcess process;
    private final org.springframework.context.ApplicationEventPublisher events;

    public IntakeService(CaseRepository cases, CaseStatusService statuses, CaseDeadlines deadlines,
                         ReferenceData reference, BusinessCalendar calendar, CaseProcess process,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.statuses = statuses;
        this.deadlines = deadlines;
        this.reference = reference;
        this.calendar = calendar;
        this.process = process;
    }

    @Transactional
    public Receipt submitReport(ReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.reporter() == null) {
            errors.add(new FieldError("reporter", "Identitas pelapor wajib diisi untuk laporan."));
        } else {
            checkNik(request.reporter().nik(), "reporter.nik", errors);
        }
        Office office = checkCommon(request, errors);
        throwIfAny(errors);
        String accessCode = AccessCodes.accessCode();
        UUID id = open(request, "REPORT", office.code(), AccessCodes.hash(accessCode), REPORTER_ACTOR);
        return new Receipt(cases.get(id).trackingNumber(), accessCode);
    }

    @Transactional
    public FindingReceipt recordFinding(ReportRequest request, NetraUser officer) {
        if (!officer.role().isBawaslu()) {
            throw new ForbiddenException("Hanya petugas Bawaslu yang dapat mencatat temuan.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.reporter() != null) {
            errors.add(new FieldError("reporter", "Temuan tidak memiliki pelapor; kosongkan kolom ini."));
        }
        Office jurisdiction = checkCommon(request, errors);
        Office own = reference.office(officer.officeCode()).orElseThrow();
        if (jurisdiction != null && !own.oversees(jurisdiction.code())) {
            errors.add(new FieldError("incident.regionCode", "Wilayah kejadian di luar wilayah pengawasan kantor Anda."));
        }
        throwIfAny(errors);
        UUID id = open(request, "FINDING", own.code(), null, officer.username());
        CaseFile c = cases.get(id);
        return new FindingReceipt(id, c.trackingNumber(), c.registerNumber(), c.status());
    }

    private UUID open(ReportRequest r, String source, String officeCode, String accessCodeHash, String actor) {
        UUID id = UUID.randomUUID();
        String trackingNumber = source.equals("REPORT") ? AccessCodes.trackingNumber() : "TM-" + AccessCodes.trackingNumber().substring(4);
        RuleSet rules = calendar.rules(r.electionType());
        LocalDate today = calendar.today();
        LocalDate filingDue = calendar.plusWorkingDays(r.incident().knownOn(), rules.reportFilingWorkingDays());
        boolean late = source.equals("REPORT") && today.isAfter(filingDue);
        Reporter reporter = r.reporter() == null ? null : new Reporter(r.reporter().name().trim(),
                r.reporter().nik().replace(" ", ""), r.reporter().address().trim(), r.reporter().phone(), r.reporter().email());
        List<Witness> witnesses = r.witnesses() == null ? List.of()
                : r.witnesses().stream().map(w -> new Witness(w.name().trim(), w.contact())).toList();
        List<CasePerson.Named> persons = r.persons().stream().map(IntakeService::named).toList();
        NewCase c = new NewCase(source, r.electionType(), officeCode, persons, r.incident().date(), r.incident().knownOn(),
                r.incident().place().trim(), r.incident().regionCode(), r.incident().description().trim(), reporter,
                witnesses, actor);
        cases.insert(id, trackingNumber, accessCodeHash, c, CaseStatus.RECEIVED, late);
        statuses.open(id, CaseStatus.RECEIVED, actor);
        if (source.equals("REPORT")) {
            deadlines.set(id, DeadlineKind.REPORT_FILING, r.incident().knownOn(), filingDue,
                    rules.reportFilingWorkingDays() + " hari kerja sejak diketahui");
            deadlines.set(id, DeadlineKind.INITIAL_REVIEW, today, calendar.plusDays(today, rules.initialReviewDays()),
                    rules.initialReviewDays() + " hari sejak diterima");
        }
        process.start(id, Variables.of()
                .with(ProcessVariables.SOURCE, source)
                .with(ProcessVariables.ELECTION_TYPE, r.electionType().name())
                .with(ProcessVariables.OFFICE, officeCode)
                .with(ProcessVariables.AGENCY, persons.get(0).agencyCode()));
        return id;
    }

    private static CasePerson.Named named(ReportRequest.ReportedInput p) {
        CasePerson.EmploymentType type = p.employmentType() == null ? CasePerson.EmploymentType.PNS : p.employmentType();
        String nip = p.nip() == null || p.nip().isBlank() ? null : p.nip().replace(" ", "");
        String position = p.position() == null || p.position().isBlank() ? null : p.position().trim();
        return new CasePerson.Named(p.name().trim(), type, nip, position, p.positionCategory(), p.agencyCode().trim());
    }

    /**
     * The persons named: at least one, at most {@value CasePersons#MAX_PERSONS}, each identifier valid for the
     * person's employment type, each agency known, and no person twice (the same NIP, or without one the same name
     * in the same agency).
     */
    private void checkPersons(ReportRequest r, List<FieldError> errors) {
        boolean listGiven = r.reportedPersons() != null && !r.reportedPersons().isEmpty();
        if (listGiven && r.reported() != null) {
            errors.add(new FieldError("reported", "Isi salah satu: reportedPersons (daftar) atau reported (satu ASN), tidak keduanya."));
            return;
        }
        List<ReportRequest.ReportedInput> persons = r.persons();
        if (persons.isEmpty()) {
            errors.add(new FieldError("reportedPersons", "Wajib diisi: paling sedikit satu ASN terlapor."));
            return;
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            ReportRequest.ReportedInput p = persons.get(i);
            String path = r.personPath(i);
            if (p == null) {
                errors.add(new FieldError(path, "Wajib diisi."));
                continue;
            }
            if (p.name() == null || p.name().isBlank() || p.agencyCode() == null || p.agencyCode().isBlank()) {
                continue; // named by the declared constraints
            }
            if (p.nip() != null && !p.nip().isBlank()) {
                try {
                    if (p.employmentType() == CasePerson.EmploymentType.PPPK) {
                        Nip.parsePppk(p.nip());
                    } else {
                        Nip.parse(p.nip());
                    }
                } catch (InvalidIdentifierException e) {
                    errors.add(new FieldError(path + ".nip", e.getMessage()));
                }
            }
            if (reference.agency(p.agencyCode().trim()).isEmpty()) {
                errors.add(new FieldError(path + ".agencyCode", "Kode instansi tidak dikenal (contoh: PEMDA-36.04)."));
            }
            CasePerson.Named n = named(p);
            String key = n.nip() != null ? "nip:" + n.nip()
                    : "name:" + TextKeys.personKey(n.name()) + "@" + n.agencyCode();
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                errors.add(new FieldError(path, "ASN ini sudah disebut sebagai terlapor ke-" + (earlier + 1) + "."));
            }
        }
    }

    private Office checkCommon(ReportRequest r, List<FieldError> errors) {
        checkPersons(r, errors);
        Office office = null;
        if (!reference.regionExists(r.incident().regionCode())) {
            errors.add(new FieldError("incident.regionCode", "Kode wilayah tidak dikenal (contoh: 36.04)."));
        } else {
            office = reference.officeForRegion(r.incident().regionCode()).orElse(null);
        }
        if (r.incident().date().getYear() < EARLIEST_YEAR) {
            errors.add(new FieldError("incident.date", "Tanggal kejadian tidak boleh sebelum tahun " + EARLIEST_YEAR + "."));
        }
        if (r.incident().knownOn().getYear() < EARLIEST_YEAR) {
            errors.add(new FieldError("incident.knownOn", "Tanggal diketahui tidak boleh sebelum tahun " + EARLIEST_YEAR + "."));
        }
        if (r.incident().knownOn().isBefore(r.incident().date())) {
            errors.add(new FieldError("incident.knownOn", "Tanggal diketahui tidak boleh sebelum tanggal kejadian."));
        }
        return office;
    }

    private void checkNik(String nik, String field, List<FieldError> errors) {
        try {
            Nik.parse(nik, reference.provinceCodes());
        } catch (InvalidIdentifierException e) {
            errors.add(new FieldError(field, e.getMessage()));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Transactional(readOnly = true)
    public PublicStatus status(String trackingNumber, String accessCode) {
        CaseFile c = authorised(trackingNumber, accessCode);
        List<HistoryEntry> history = statuses.history(c.id()).stream()
                .map(h -> new HistoryEntry(h.to(), h.to().label(), h.at())).toList();
        Instant completionDue = c.status() == CaseStatus.AWAITING_COMPLETION
                ? deadlines.dueOn(c.id(), DeadlineKind.COMPLETION).map(calendar::endOf).orElse(null) : null;
        return new PublicStatus(c.trackingNumber(), c.status(), c.status().label(), history,
                c.status() == CaseStatus.AWAITING_COMPLETION ? c.missingItems() : null, completionDue);
    }

    @Transactional
    public PublicStatus complete(String trackingNumber, String accessCode, CompletionRequest request) {
        CaseFile c = authorised(trackingNumber, accessCode);
        if (c.status() != CaseStatus.AWAITING_COMPLETION || !process.awaitsCompletion(c.id())) {
            throw new ConflictException("Laporan ini tidak sedang menunggu kelengkapan (status: " + c.status().label() + ").");
        }
        if (request.reporter() != null) {
            List<FieldError> errors = new ArrayList<>();
            checkNik(request.reporter().nik(), "reporter.nik", errors);
            throwIfAny(errors);
            cases.updateReporter(c.id(), new Reporter(request.reporter().name().trim(), request.reporter().nik().replace(" ", ""),
                    request.reporter().address().trim(), request.reporter().phone(), request.reporter().email()));
        }
        String description = c.description() + "\n\n[Kelengkapan dari pelapor, " + calendar.today() + "]\n" + request.statement().trim();
        if (description.length() > 60000) {
            throw InvalidInputException.of("statement", "Uraian laporan sudah terlalu panjang.");
        }
        cases.recordCompletion(c.id(), description,
                request.place() == null || request.place().isBlank() ? null : request.place().trim());
        if (request.witnesses() != null) {
            request.witnesses().forEach(w -> cases.addWitness(c.id(), new Witness(w.name().trim(), w.contact())));
        }
        statuses.change(c.id(), CaseStatus.RECEIVED, REPORTER_ACTOR, Visibility.Note.REPORT_COMPLETED.text("Pelapor melengkapi laporan"));
        RuleSet rules = calendar.rules(c.electionType());
        LocalDate today = calendar.today();
        deadlines.set(c.id(), DeadlineKind.INITIAL_REVIEW, today, calendar.plusDays(today, rules.initialReviewDays()),
                rules.initialReviewDays() + " hari sejak dilengkapi");
        process.reportCompleted(c.id());
        return status(trackingNumber, accessCode);
    }

    /**
     * The reporter withdraws the report before it is registered (Perbawaslu 7/2022 Pasal 14). After registration a
     * withdrawal does not stop the handling (Pasal 17(3)), so it is refused.
     */
    @Transactional
    public PublicStatus withdraw(String trackingNumber, String accessCode, String reason) {
        CaseFile c = authorised(trackingNumber, accessCode);
        if ((c.status() != CaseStatus.RECEIVED && c.status() != CaseStatus.AWAITING_COMPLETION) || !process.acceptsWithdrawal(c.id())) {
            throw new ConflictException("Laporan yang sudah diregistrasi atau selesai tidak dapat dicabut; penanganan tetap "
                    + "berjalan (status: " + c.status().label() + ").");
        }
        statuses.change(c.id(), CaseStatus.WITHDRAWN, REPORTER_ACTOR,
                Visibility.Note.WITHDRAWN.text(
                reason == null || reason.isBlank() ? "Dicabut oleh pelapor" : "Dicabut oleh pelapor: " + reason.trim()));
        process.reportWithdrawn(c.id());
        return status(trackingNumber, accessCode);
    }

    private CaseFile authorised(String trackingNumber, String accessCode) {
        String typed = trackingNumber == null ? "" : trackingNumber.trim().toUpperCase();
        Optional<CaseFile> found = typed.length() > 40 ? Optional.empty() : cases.findByTrackingNumber(typed);
        if (found.isEmpty() || !found.get().isReport()
                || !AccessCodes.matches(accessCode, cases.accessCodeHash(found.get().id()).orElse(null))) {
            events.publishEvent(new AccessCodeRejected(typed, found.map(CaseFile::id).orElse(null)));
            throw new NotFoundException("Nomor pelacakan atau kode akses tidak cocok.");
        }
        return found.get();
    }

    /** The initial review found a requirement missing: the reporter is asked to complete within the window. */
    @Transactional
    public void requestCompletion(UUID caseId, String actor) {
        CaseFile c = cases.get(caseId);
        RuleSet rules = calendar.rules(c.electionType());
        LocalDate today = calendar.today();
        deadlines.set(caseId, DeadlineKind.COMPLETION, today, calendar.plusDays(today, rules.completionDays()),
                rules.completionDays() + " hari sejak pemberitahuan");
        statuses.change(caseId, CaseStatus.AWAITING_COMPLETION, actor, Visibility.Note.MISSING_ITEMS.text(c.missingItems()));
    }

    /** The completion window passed without the reporter completing: the report is not registered. */
    @Transactional
    public void markNotRegistered(UUID caseId) {
        statuses.change(caseId, CaseStatus.NOT_REGISTERED, SYSTEM_ACTOR, Visibility.Note.COMPLETION_WINDOW_PASSED.text("Batas waktu melengkapi laporan terlewati"));
    }
}
