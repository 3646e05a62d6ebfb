package id.netra.intake;

import id.netra.casefile.Wording;
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
import id.netra.casefile.TrackingNumber;
import id.netra.casefile.Visibility;
import id.netra.casefile.Witness;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleClock;
import id.netra.deadline.RuleSet;
import id.netra.deadline.Term;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.reference.Office;
import id.netra.reference.ReferenceData;
import id.netra.workflow.CaseProcess;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.Variables;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Public reports, officers' findings, and the completion loop of a report found incomplete. */
@Service
public class IntakeService {

    public static final String REPORTER_ACTOR = id.netra.platform.SystemActors.REPORTER;
    public static final String SYSTEM_ACTOR = id.netra.platform.SystemActors.SYSTEM;
    /** No election handled in Netra lies before it: an earlier date is a typing error, not a case. */
    public static final int EARLIEST_YEAR = 2000;
    /** The longest tracking number or access code looked up as typed: anything longer is no one's. */
    public static final int MAX_TYPED = 40;

    public record Receipt(String trackingNumber, String accessCode) {
    }

    public record FindingReceipt(UUID caseId, String trackingNumber, String registerNumber, CaseStatus status) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    /** A report's status as its reporter reads it, with the Bawaslu office handling it (by code and name). */
    public record PublicStatus(String trackingNumber, CaseStatus status, String statusLabel, List<HistoryEntry> history,
                               String missingItems, Instant completionDue, String officeCode, String officeName) {
    }

    public record HistoryEntry(CaseStatus status, String statusLabel, Instant at) {
    }

    /** The days an incident's dates may fall on: from the first day of {@link #EARLIEST_YEAR} to today in the rules' zone. */
    public record DateWindow(LocalDate earliest, LocalDate latest) {
    }

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseDeadlines deadlines;
    private final ReferenceData reference;
    private final BusinessCalendar calendar;
    private final CaseProcess process;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Validator validator;
    private final ReportSubmissions submissions;

    public IntakeService(CaseRepository cases, CaseStatusService statuses, CaseDeadlines deadlines,
                         ReferenceData reference, BusinessCalendar calendar, CaseProcess process,
                         org.springframework.context.ApplicationEventPublisher events, Validator validator,
                         ReportSubmissions submissions) {
        this.submissions = submissions;
        this.events = events;
        this.validator = validator;
        this.cases = cases;
        this.statuses = statuses;
        this.deadlines = deadlines;
        this.reference = reference;
        this.calendar = calendar;
        this.process = process;
    }

    /** Files the report, or refuses it naming every problem at once ({@link #reportProblems}). */
    @Transactional
    public Receipt submitReport(ReportRequest request) {
        return file(request).receipt();
    }

    /**
     * Files the report sent with a form's one-time {@code submissionToken} ({@link ReportSubmissions}), or nothing when
     * a report was filed with that token already (the same form sent twice): then the answer is empty, whatever the
     * form holds now. A report refused takes no token, so the form corrected files with it.
     */
    @Transactional
    public Optional<Receipt> submitReport(ReportRequest request, String submissionToken) {
        if (!submissions.claim(submissionToken)) {
            return Optional.empty();
        }
        Filed filed = file(request);
        submissions.filed(submissionToken, filed.caseId());
        return Optional.of(filed.receipt());
    }

    private record Filed(UUID caseId, Receipt receipt) {
    }

    private Filed file(ReportRequest request) {
        throwIfAny(reportProblems(request));
        String accessCode = AccessCodes.accessCode();
        UUID id = open(request, "REPORT", jurisdiction(request).code(), AccessCodes.hash(accessCode), REPORTER_ACTOR);
        return new Filed(id, new Receipt(cases.get(id).trackingNumber(), accessCode));
    }

    /**
     * Every problem of a report at once, in the order its fields are declared: its declared constraints, and what only
     * the service can tell (the NIK and each NIP, the region and agencies known, the dates, a person named twice) for
     * the fields those constraints let through. None: the report would be filed.
     */
    @Transactional(readOnly = true)
    public List<FieldError> reportProblems(ReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.reporter() == null) {
            errors.add(FieldError.of("reporter", "intake.reporter.required"));
        } else {
            checkReporter(request.reporter(), errors);
        }
        if (request.incident() != null && request.incident().discoveredOn() != null) {
            errors.add(FieldError.of("incident.discoveredOn", "intake.report.discoveredOn"));
        }
        checkCommon(request, errors);
        return merged(request, errors);
    }

    @Transactional
    public FindingReceipt recordFinding(ReportRequest request, NetraUser officer) {
        throwIfAny(findingProblems(request, officer));
        Office own = reference.office(officer.officeCode()).orElseThrow();
        UUID id = open(request, "FINDING", own.code(), null, officer.username());
        CaseFile c = cases.get(id);
        return new FindingReceipt(id, c.trackingNumber(), c.registerNumber(), c.status());
    }

    /** Every problem of an officer's finding at once, as {@link #reportProblems} for a report. None: it would be recorded. */
    @Transactional(readOnly = true)
    public List<FieldError> findingProblems(ReportRequest request, NetraUser officer) {
        if (!officer.role().isBawaslu()) {
            throw ForbiddenException.of("intake.finding.forbidden");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.reporter() != null) {
            errors.add(FieldError.of("reporter", "intake.finding.reporter"));
        }
        checkCommon(request, errors);
        Office own = reference.office(officer.officeCode()).orElseThrow();
        String region = request.incident() == null ? null : request.incident().regionCode();
        if (reference.officeForRegion(region).filter(jurisdiction -> !own.oversees(jurisdiction.code())).isPresent()) {
            errors.add(FieldError.of("incident.regionCode", "intake.finding.outsideRegion"));
        }
        return merged(request, errors);
    }

    /**
     * A report's or a finding's problems beside the values of the wrong type its body was read without
     * ({@code platform.BodyProblems}): those first said for their fields, the others as the service finds them, in the
     * order the request declares its fields.
     */
    public List<FieldError> besideTypeErrors(ReportRequest request, List<FieldError> typeErrors, NetraUser officer) {
        List<FieldError> all = id.netra.platform.BodyCheck.beside(typeErrors,
                officer == null ? reportProblems(request) : findingProblems(request, officer));
        List<FieldError> sorted = new ArrayList<>(all);
        sorted.sort(RequestFields.of(ReportRequest.class).order());
        return sorted;
    }

    private UUID open(ReportRequest r, String source, String officeCode, String accessCodeHash, String actor) {
        UUID id = UUID.randomUUID();
        boolean report = source.equals("REPORT");
        String trackingNumber = report ? AccessCodes.trackingNumber() : "TM-" + AccessCodes.trackingNumber().substring(4);
        RuleSet rules = calendar.rules(r.electionType());
        LocalDate today = calendar.today();
        // A report's clock runs from the day the reporter knew, a finding's from its discovery; either is late once the
        // day after its last day has come (SPEC §3).
        LocalDate discovered = report ? null : r.incident().discoveredOrKnownOn();
        LocalDate clockStart = report ? r.incident().knownOn() : discovered;
        Term term = rules.term(report ? RuleClock.REPORT_FILING : RuleClock.FINDING);
        LocalDate lastDay = calendar.after(clockStart, term);
        boolean late = today.isAfter(lastDay);
        Reporter reporter = r.reporter() == null ? null : r.reporter().toReporter();
        List<Witness> witnesses = r.witnesses() == null ? List.of()
                : r.witnesses().stream().map(w -> new Witness(w.name().trim(), w.contact())).toList();
        List<CasePerson.Named> persons = r.persons().stream().map(IntakeService::named).toList();
        NewCase c = new NewCase(source, r.electionType(), officeCode, persons, r.incident().date(), r.incident().knownOn(),
                discovered, r.incident().place().trim(), r.incident().regionCode(), r.incident().description().trim(), reporter,
                witnesses, actor);
        cases.insert(id, trackingNumber, accessCodeHash, c, CaseStatus.RECEIVED, late);
        statuses.open(id, CaseStatus.RECEIVED, actor);
        deadlines.set(id, report ? DeadlineKind.REPORT_FILING : DeadlineKind.FINDING, clockStart, lastDay,
                (report ? Wording.REPORT_FILING_BASIS : Wording.FINDING_BASIS).stored(term.inWords()));
        if (report) {
            Term review = rules.term(RuleClock.INITIAL_REVIEW);
            deadlines.set(id, DeadlineKind.INITIAL_REVIEW, today, calendar.after(today, review), Wording.INITIAL_REVIEW_BASIS.stored(review.inWords()));
        }
        process.start(id, Variables.of()
                .with(ProcessVariables.SOURCE, source)
                .with(ProcessVariables.ELECTION_TYPE, r.electionType().name())
                .with(ProcessVariables.OFFICE, officeCode)
                .with(ProcessVariables.AGENCY, persons.get(0).agencyCode()));
        return id;
    }

    /** The office of the incident's region: the office of jurisdiction. */
    private Office jurisdiction(ReportRequest r) {
        return reference.officeForRegion(r.incident().regionCode()).orElseThrow();
    }

    /** The request's declared constraints, each said by its catalogue code; a {@code @Size}'s maximum is its argument. */
    private List<FieldError> declared(Object request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            String template = v.getMessageTemplate();
            String field = v.getPropertyPath().toString();
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            if (!template.startsWith("{") || !template.endsWith("}")) {
                errors.add(new FieldError(field, v.getMessage()));
            } else if (max != null) {
                errors.add(FieldError.of(field, template.substring(1, template.length() - 1), max));
            } else {
                errors.add(FieldError.of(field, template.substring(1, template.length() - 1)));
            }
        }
        return errors;
    }

    /**
     * The declared constraints' problems and the service's {@code checked} ones for the fields those left alone (a
     * blank NIK is not also said to have too few digits), in the order the request declares its fields.
     */
    private List<FieldError> merged(Object request, List<FieldError> checked) {
        List<FieldError> all = declared(request);
        Set<String> named = new HashSet<>();
        all.forEach(e -> named.add(e.field()));
        checked.stream().filter(e -> !named.contains(e.field())).forEach(all::add);
        all.sort(RequestFields.of(request.getClass()).order());
        return all;
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
            errors.add(FieldError.of("reported", "intake.persons.both"));
            return;
        }
        List<ReportRequest.ReportedInput> persons = r.persons();
        if (persons.isEmpty()) {
            errors.add(FieldError.of("reportedPersons", "intake.persons.none"));
            return;
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            ReportRequest.ReportedInput p = persons.get(i);
            String path = r.personPath(i);
            if (p == null) {
                errors.add(FieldError.of(path, "intake.required"));
                continue;
            }
            if (p.nip() != null && !p.nip().isBlank()) {
                try {
                    if (p.employmentType() == CasePerson.EmploymentType.PPPK) {
                        Nip.parsePppk(p.nip());
                    } else {
                        Nip.parse(p.nip());
                    }
                } catch (InvalidIdentifierException e) {
                    errors.add(e.of(path + ".nip"));
                }
            }
            if (p.name() == null || p.name().isBlank() || p.agencyCode() == null || p.agencyCode().isBlank()) {
                // Named by the declared constraints; without both, the agency and a second mention cannot be told.
                continue;
            }
            if (reference.agency(p.agencyCode().trim()).isEmpty()) {
                errors.add(FieldError.of(path + ".agencyCode", "intake.person.agencyCode.unknown"));
            }
            CasePerson.Named n = named(p);
            String key = n.nip() != null ? "nip:" + n.nip()
                    : "name:" + TextKeys.personKey(n.name()) + "@" + n.agencyCode();
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                errors.add(FieldError.of(path, "intake.person.twice", String.valueOf(earlier + 1)));
            }
        }
    }

    /** The days an incident's dates may fall on; the report form offers no other. */
    public DateWindow incidentDates() {
        return new DateWindow(LocalDate.of(EARLIEST_YEAR, 1, 1), calendar.today());
    }

    /** The persons and the incident; what is missing is left to the declared constraints. */
    private void checkCommon(ReportRequest r, List<FieldError> errors) {
        checkPersons(r, errors);
        ReportRequest.IncidentInput incident = r.incident();
        if (incident == null) {
            return;
        }
        if (incident.regionCode() != null && !reference.regionExists(incident.regionCode())) {
            errors.add(FieldError.of("incident.regionCode", "intake.incident.regionCode.unknown"));
        }
        DateWindow window = incidentDates();
        checkDate(incident.date(), window, errors, "incident.date", "intake.incident.date.beforeEarliest", "intake.incident.date.future");
        checkDate(incident.knownOn(), window, errors, "incident.knownOn", "intake.incident.knownOn.beforeEarliest",
                "intake.incident.knownOn.future");
        if (incident.date() != null && incident.knownOn() != null && incident.knownOn().isBefore(incident.date())) {
            errors.add(FieldError.of("incident.knownOn", "intake.incident.knownOn.beforeDate"));
        }
        checkDate(incident.discoveredOn(), window, errors, "incident.discoveredOn", "intake.incident.discoveredOn.beforeEarliest",
                "intake.incident.discoveredOn.future");
        if (incident.date() != null && incident.discoveredOn() != null && incident.discoveredOn().isBefore(incident.date())) {
            errors.add(FieldError.of("incident.discoveredOn", "intake.incident.discoveredOn.beforeDate"));
        }
    }

    private static void checkDate(LocalDate day, DateWindow window, List<FieldError> errors, String field, String tooEarly, String future) {
        if (day != null && day.isBefore(window.earliest())) {
            errors.add(FieldError.of(field, tooEarly, String.valueOf(EARLIEST_YEAR)));
        } else if (day != null && day.isAfter(window.latest())) {
            errors.add(FieldError.of(field, future));
        }
    }

    private Optional<Nik> checkNik(String nik, String field, List<FieldError> errors) {
        try {
            return Optional.of(Nik.parse(nik, reference.provinceCodes()));
        } catch (InvalidIdentifierException e) {
            errors.add(e.of(field));
            return Optional.empty();
        }
    }

    /**
     * The reporter's NIK, and the birth date and sex beside it: a real date, not in the future, and the ones the NIK
     * itself encodes (its {@code DDMMYY}, 40 added to the day for a woman) — a mistyped one is named, not stored.
     */
    private void checkReporter(ReportRequest.ReporterInput reporter, List<FieldError> errors) {
        Optional<Nik> nik = checkNik(reporter.nik(), "reporter.nik", errors);
        LocalDate born = reporter.birthDate();
        if (born != null) {
            if (born.isAfter(calendar.today())) {
                errors.add(FieldError.of("reporter.birthDate", "intake.reporter.birthDate.future"));
            } else if (born.isBefore(OLDEST_BIRTH)) {
                errors.add(FieldError.of("reporter.birthDate", "intake.reporter.birthDate.tooOld"));
            } else if (nik.isPresent() && !nik.get().bornOn(born)) {
                errors.add(FieldError.of("reporter.birthDate", "intake.reporter.birthDate.nik"));
            }
        }
        if (reporter.sex() != null && nik.isPresent() && nik.get().female() != (reporter.sex() == Reporter.Sex.FEMALE)) {
            errors.add(FieldError.of("reporter.sex", "intake.reporter.sex.nik"));
        }
    }

    /** No reporter alive was born before this day. */
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** What the reporter's receipt file says besides the numbers: when the report was filed and the office it went to. */
    public record ReceiptDetails(String trackingNumber, Instant filedAt, String officeCode, String officeName) {
    }

    /** The receipt's details of a report, its numbers checked as the status page checks them (404 when they do not match). */
    @Transactional(readOnly = true)
    public ReceiptDetails receiptDetails(String trackingNumber, String accessCode) {
        CaseFile c = authorised(trackingNumber, accessCode);
        return new ReceiptDetails(c.trackingNumber(), c.createdAt(), c.officeCode(), officeName(c));
    }

    @Transactional(readOnly = true)
    public PublicStatus status(String trackingNumber, String accessCode) {
        CaseFile c = authorised(trackingNumber, accessCode);
        List<HistoryEntry> history = statuses.history(c.id()).stream()
                .map(h -> new HistoryEntry(h.to(), label(h.to()), h.at())).toList();
        Instant completionDue = c.status() == CaseStatus.AWAITING_COMPLETION
                ? deadlines.dueOn(c.id(), DeadlineKind.COMPLETION).map(calendar::endOf).orElse(null) : null;
        return new PublicStatus(c.trackingNumber(), c.status(), label(c.status()), history,
                c.status() == CaseStatus.AWAITING_COMPLETION ? c.missingItems() : null, completionDue, c.officeCode(), officeName(c));
    }

    /** The name of the Bawaslu office handling a report (its code, should the office be gone). */
    private String officeName(CaseFile c) {
        return reference.office(c.officeCode()).map(o -> o.name()).orElse(c.officeCode());
    }

    /** A status's label in the request's language (the API: {@code Accept-Language}; the pages: their language). */
    private static String label(CaseStatus status) {
        return Messages.current("case.status." + status.name());
    }

    /** A status as an argument of a catalogue message: said in the message's language. */
    private static DefaultMessageSourceResolvable said(CaseStatus status) {
        return new DefaultMessageSourceResolvable(new String[]{"case.status." + status.name()}, status.label());
    }

    /**
     * The reporter completes the report: refused as not found without the right access code, as a conflict when the
     * report does not await completion, and naming every invalid field at once.
     */
    @Transactional
    public PublicStatus complete(String trackingNumber, String accessCode, CompletionRequest request) {
        CaseFile c = authorised(trackingNumber, accessCode);
        if (c.status() != CaseStatus.AWAITING_COMPLETION || !process.awaitsCompletion(c.id())) {
            throw ConflictException.of("intake.completion.notAwaited", said(c.status()));
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.reporter() != null) {
            checkReporter(request.reporter(), errors);
        }
        throwIfAny(merged(request, errors));
        if (request.reporter() != null) {
            cases.updateReporter(c.id(), request.reporter().toReporter());
        }
        String description = c.description() + "\n\n" + Wording.completionMarker(calendar.today()) + "\n" + request.statement().trim();
        if (description.length() > 60000) {
            throwIfAny(List.of(FieldError.of("statement", "intake.statement.descriptionFull")));
        }
        cases.recordCompletion(c.id(), description,
                request.place() == null || request.place().isBlank() ? null : request.place().trim());
        if (request.witnesses() != null) {
            request.witnesses().forEach(w -> cases.addWitness(c.id(), new Witness(w.name().trim(), w.contact())));
        }
        statuses.change(c.id(), CaseStatus.RECEIVED, REPORTER_ACTOR, Visibility.Note.REPORT_COMPLETED.text(Wording.REPORT_COMPLETED.stored()));
        Term review = calendar.term(c.electionType(), RuleClock.INITIAL_REVIEW);
        LocalDate today = calendar.today();
        deadlines.set(c.id(), DeadlineKind.INITIAL_REVIEW, today, calendar.after(today, review), Wording.INITIAL_REVIEW_COMPLETED_BASIS.stored(review.inWords()));
        process.reportCompleted(c.id());
        return status(trackingNumber, accessCode);
    }

    /**
     * The reporter withdraws the report before it is registered (Perbawaslu 7/2022 Pasal 14). After registration a
     * withdrawal does not stop the handling (Pasal 17(3)), so it is refused.
     */
    @Transactional
    public PublicStatus withdraw(String trackingNumber, String accessCode, WithdrawalRequest request) {
        return withdraw(trackingNumber, accessCode, request, true);
    }

    /**
     * The same, {@code confirmed} or not: the status page asks the reporter to tick that they are sure, since a
     * withdrawal cannot be undone; refused unconfirmed, with the request's other problems. An API call is its own
     * confirmation.
     */
    @Transactional
    public PublicStatus withdraw(String trackingNumber, String accessCode, WithdrawalRequest request, boolean confirmed) {
        CaseFile c = authorised(trackingNumber, accessCode);
        if (c.status() == CaseStatus.WITHDRAWN) {
            // Sent again (a page reloaded, a retry): said as what it is, not as a report too far along to withdraw.
            throw ConflictException.of("intake.withdrawal.already");
        }
        if ((c.status() != CaseStatus.RECEIVED && c.status() != CaseStatus.AWAITING_COMPLETION) || !process.acceptsWithdrawal(c.id())) {
            throw ConflictException.of("intake.withdrawal.tooLate", said(c.status()));
        }
        WithdrawalRequest withdrawal = request == null ? new WithdrawalRequest(null) : request;
        throwIfAny(merged(withdrawal, confirmed ? List.of() : List.of(FieldError.of("confirm", "intake.withdrawal.confirm"))));
        String reason = withdrawal.reason();
        statuses.change(c.id(), CaseStatus.WITHDRAWN, REPORTER_ACTOR,
                Visibility.Note.WITHDRAWN.text(
                reason == null || reason.isBlank() ? Wording.WITHDRAWN.stored() : Wording.WITHDRAWN_BECAUSE.stored(reason.trim())));
        process.reportWithdrawn(c.id());
        return status(trackingNumber, accessCode);
    }

    /** The report's case, for its tracking number and access code (404 otherwise). */
    @Transactional(readOnly = true)
    public UUID reportOf(String trackingNumber, String accessCode) {
        return authorised(trackingNumber, accessCode).id();
    }

    /**
     * The report's case while it is open, to attach the reporter's evidence: 404 for a wrong number or code, 409 once
     * it is closed or withdrawn.
     */
    @Transactional(readOnly = true)
    public UUID openReport(String trackingNumber, String accessCode) {
        CaseFile c = authorised(trackingNumber, accessCode);
        if (c.status().closed()) {
            throw ConflictException.of("evidence.report.closed");
        }
        return c.id();
    }

    private CaseFile authorised(String trackingNumber, String accessCode) {
        String typed = trackingNumber == null ? "" : trackingNumber.trim().toUpperCase();
        Optional<CaseFile> found = typed.length() > MAX_TYPED ? Optional.empty()
                : cases.findByTrackingNumber(TrackingNumber.typedBack(typed));
        if (found.isEmpty() || !found.get().isReport() || (accessCode != null && accessCode.length() > MAX_TYPED)
                || !AccessCodes.matches(accessCode, cases.accessCodeHash(found.get().id()).orElse(null))) {
            events.publishEvent(new AccessCodeRejected(typed, found.map(CaseFile::id).orElse(null)));
            throw NotFoundException.of("intake.access.mismatch");
        }
        return found.get();
    }

    /** The initial review found a requirement missing: the reporter is asked to complete within the window. */
    @Transactional
    public void requestCompletion(UUID caseId, String actor) {
        CaseFile c = cases.get(caseId);
        Term completion = calendar.term(c.electionType(), RuleClock.COMPLETION);
        LocalDate today = calendar.today();
        deadlines.set(caseId, DeadlineKind.COMPLETION, today, calendar.after(today, completion),
                Wording.COMPLETION_BASIS.stored(completion.inWords()));
        statuses.change(caseId, CaseStatus.AWAITING_COMPLETION, actor, Visibility.Note.MISSING_ITEMS.text(c.missingItems()));
    }

    /** The completion window passed without the reporter completing: the report is not registered. */
    @Transactional
    public void markNotRegistered(UUID caseId) {
        statuses.change(caseId, CaseStatus.NOT_REGISTERED, SYSTEM_ACTOR, Visibility.Note.COMPLETION_WINDOW_PASSED.text(Wording.COMPLETION_WINDOW_PASSED.stored()));
    }
}
