package id.netra.intake;

import id.netra.casefile.CasePersons;
import id.netra.casefile.TrackingNumber;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.platform.TextProblems;
import id.netra.reference.ReferenceData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public's pages (SPEC §6, {@code /lapor}): file a report and follow it, without an account and without
 * JavaScript. The same rules as the API decide ({@link IntakeService}, {@link ReportRequest}'s constraints), all of
 * them at once; an error is shown next to the input named like the API's field, in the page's language. The inputs
 * carry the same limits ({@code maxlength} from the constraints, the dates' window), but the server judges.
 */
@Controller
@id.netra.platform.WebPage
@RequestMapping("/lapor")
public class PublicReportPages {

    /** The longest text of each input of the report form, by field path without list indexes. */
    private static final Map<String, Integer> REPORT_LIMITS = reportLimits();
    /** The same for the status page's forms: the numbers typed back, the completion and the withdrawal. */
    private static final Map<String, Integer> STATUS_LIMITS = statusLimits();

    /** The status page's fields a person types into (the numbers come back hidden). */
    private static final List<String> ACTION_FIELDS = List.of("statement", "place", "reason");
    /** The receipt page, shown again on reload from the session ({@link ReceiptInSession}). */
    static final String RECEIPT = "/lapor/tanda-terima";
    /** The status page, and the notes it may open with when the receipt is no longer shown ({@link #statusForm}). */
    static final String STATUS = "/lapor/status";
    /** The report looked up, shown again on reload from the session ({@link StatusInSession}). */
    static final String STATUS_SHOWN = "/lapor/status/laporan";
    private static final String SENT_ALREADY = "terkirim";
    private static final String RECEIPT_GONE = "tanda-terima";
    private static final String STATUS_GONE = "status";
    private static final Map<String, String> STATUS_NOTES = Map.of(RECEIPT_GONE, "status.info.receiptGone",
            SENT_ALREADY, "status.info.alreadySent", STATUS_GONE, "status.info.statusGone");

    private final IntakeService intake;
    private final ReferenceData reference;
    private final ReceiptInSession receipts;
    private final id.netra.deadline.BusinessCalendar calendar;

    public PublicReportPages(IntakeService intake, ReferenceData reference, ReceiptInSession receipts,
                             id.netra.deadline.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.intake = intake;
        this.reference = reference;
        this.receipts = receipts;
    }

    private static Map<String, Integer> reportLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>(RequestFields.of(ReportRequest.class).maxLengths());
        limits.put("incident.regionCode", ReportForm.MAX_REGION);
        return Map.copyOf(limits);
    }

    private static Map<String, Integer> statusLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>(Map.of("trackingNumber", IntakeService.MAX_TYPED, "accessCode", IntakeService.MAX_TYPED));
        limits.putAll(RequestFields.of(CompletionRequest.class).maxLengths());
        limits.putAll(RequestFields.of(WithdrawalRequest.class).maxLengths());
        return Map.copyOf(limits);
    }

    /** The reporter's details chosen from a list (the others are typed): each list's values, labelled {@code reporter.<field>.<value>}. */
    private static final Map<String, List<String>> REPORTER_CHOICES = Map.of(
            "sex", java.util.Arrays.stream(id.netra.casefile.Reporter.Sex.values()).map(Enum::name).toList(),
            "citizenship", java.util.Arrays.stream(id.netra.casefile.Reporter.Citizenship.values()).map(Enum::name).toList());

    /** The lists the report form chooses from and its inputs' limits; only the report form's pages load them. */
    private void choices(Model model) {
        model.addAttribute("regions", reference.regionNames());
        model.addAttribute("agencies", reference.agencies());
        model.addAttribute("categories", id.netra.casefile.CasePerson.PositionCategory.values());
        model.addAttribute("reporterChoices", REPORTER_CHOICES);
        model.addAttribute("limits", REPORT_LIMITS);
        model.addAttribute("dates", intake.incidentDates());
        model.addAttribute("maxPersons", CasePersons.MAX_PERSONS);
        model.addAttribute("maxWitnesses", ReportRequest.MAX_WITNESSES);
    }

    /** A redirect the browser follows with a GET: 303, whatever the request's method. */
    private static String seeOther(HttpServletRequest http, String path) {
        http.setAttribute(org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE, org.springframework.http.HttpStatus.SEE_OTHER);
        return "redirect:" + path;
    }

    /** The first error of each field, in the page's language and in the order given. */
    private static Map<String, String> byField(List<FieldError> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.in(locale).message()));
        return errors;
    }

    /** The report form's fields in the page's order. */
    private static final java.util.Comparator<FieldError> PAGE_ORDER = RequestFields.of(ReportRequest.class)
            .reordered(ReportForm.PAGE_ORDER).order();
    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("(reportedPersons|witnesses)\\[(\\d+)].*");

    /** An entry of the report form's error summary: the id of the input it links to, and what it says. */
    public record Problem(String anchor, String text) {
    }

    /**
     * The report form's errors, the first of each field, in the order of the form: next to each input as the catalogue
     * says it, where the page has words of its own ({@code page.<code>}: the choices' labels, not the API's codes) in
     * those; and in the summary above the form, named by the input's label and, for a person's, whose it is
     * ("Terlapor 2, Nama: ..."; a witness's label says whose already), so that an entry says which field it is about
     * even where its message does not ("Kolom ini berisi karakter tak terlihat...").
     */
    private static void showErrors(List<FieldError> problems, Locale locale, Model model) {
        List<FieldError> sorted = new ArrayList<>(problems);
        sorted.sort(PAGE_ORDER);
        Map<String, String> errors = new LinkedHashMap<>();
        sorted.forEach(p -> errors.putIfAbsent(p.field(), pageMessage(p, locale)));
        List<Problem> summary = new ArrayList<>();
        errors.forEach((field, message) -> summary.add(new Problem(field.replace("[", "-").replace("]", "").replace(".", "-"),
                named(field, locale) + message)));
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary);
    }

    /**
     * What names a field of the report form in the summary, ending in ": " — its label ({@code report.<section>.<input>},
     * the region and the agency by the page's own words), after whose it is for a person's; a row's own error by whose
     * it is alone; nothing for a field the form has no label for.
     */
    private static String named(String field, Locale locale) {
        java.util.regex.Matcher row = ROW.matcher(field);
        String path = field.replaceAll("\\[\\d+]", "");
        String key = "report." + (path.equals("reportedPersons") || path.equals("reported") ? "persons"
                : path.replaceFirst("^reportedPersons\\.", "person.").replaceFirst("^witnesses\\.", "witness.")
                .replace("agencyCode", "agency").replace("regionCode", "region"));
        if (!row.matches()) {
            String label = Messages.orNull(locale, key);
            return label == null ? "" : label + ": ";
        }
        int number = Integer.parseInt(row.group(2)) + 1;
        boolean witness = row.group(1).equals("witnesses");
        String whose = Messages.in(locale, witness ? "report.witness" : "report.person", number);
        String label = field.endsWith("]") ? null : Messages.orNull(locale, key, number);
        return label == null ? whose + ": " : witness ? label + ": " : whose + ", " + label + ": ";
    }

    private static String pageMessage(FieldError problem, Locale locale) {
        if (problem.code() == null || Messages.orNull(locale, "page." + problem.code()) == null) {
            return problem.in(locale).message();
        }
        // The election's types by the labels the form offers them with.
        Object[] args = problem.code().equals("intake.electionType.required")
                ? new Object[]{Messages.in(locale, "election.PEMILU"), Messages.in(locale, "election.PILKADA")} : problem.args();
        return Messages.in(locale, "page." + problem.code(), args);
    }

    /**
     * The report form with a new one-time token. The browser's session starts here, before the form is sent, so that
     * a form sent twice at once (a double click) arrives twice in the same session and is answered with one receipt.
     */
    @GetMapping
    public String form(Model model, HttpSession session) {
        choices(model);
        ReportForm form = new ReportForm();
        form.setSubmissionToken(ReportSubmissions.newToken());
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return "public/report";
    }

    /**
     * Submits the report, or changes the form's rows ({@code action} {@code addPerson}, {@code addWitness},
     * {@code removePerson:<i>}) and shows it again. A report refused is shown again with every problem at once: what
     * the form could not read (a date, a choice, a region) and all that {@link IntakeService#reportProblems} finds. A
     * report filed is answered with a redirect to its receipt (post, redirect, get): a reload files nothing. The form's
     * token files one report; the form sent again with it is answered with that report's receipt when this browser's
     * session holds it, else with the status page.
     */
    @PostMapping
    public String submit(@ModelAttribute("form") ReportForm form, @RequestParam(defaultValue = "submit") String action,
                         TextProblems textProblems, Model model, Locale locale, HttpServletRequest http,
                         HttpServletResponse response) {
        choices(model);
        model.addAttribute("errors", Map.of());
        if (!ReportSubmissions.isToken(form.getSubmissionToken())) {
            // A form from before tokens, or not one of ours: it files once from here on.
            form.setSubmissionToken(ReportSubmissions.newToken());
        }
        // Characters taken out of a field (TextProblems), a one-line field's line separators made spaces: said next to it,
        // the report not sent; on a row's button the rows stay as they were, so that each error stays next to its field.
        List<FieldError> problems = new ArrayList<>(textProblems.errors());
        oneLine(form, http, problems);
        if (!problems.isEmpty() && !action.equals("submit")) {
            showErrors(problems, locale, model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "public/report";
        }
        Optional<FieldError> full = full(form, action);
        if (full.isPresent()) {
            // A row's button pressed at the most rows (the page shows none then): the form as it was, with that one error.
            showErrors(List.of(full.get()), locale, model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "public/report";
        }
        if (changedRows(form, action)) {
            return "public/report";
        }
        ReportRequest request = form.toRequest(problems, reference::regionLookup, reference::agencyTyped);
        if (problems.isEmpty()) {
            try {
                String token = form.getSubmissionToken();
                Optional<IntakeService.Receipt> filed = intake.submitReport(request, token);
                if (filed.isPresent()) {
                    receipts.keep(http.getSession(), token, filed.get());
                    return seeOther(http, RECEIPT);
                }
                return seeOther(http, (receipts.holds(http, token) ? RECEIPT : STATUS) + "?info=" + SENT_ALREADY);
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        } else {
            // What the form could not read comes first for its field (the sort is stable); the rest of the form is judged
            // all the same.
            problems.addAll(intake.reportProblems(request));
        }
        showErrors(problems, locale, model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "public/report";
    }

    /** The report form's inputs that must be one line, by their paths without list indexes. */
    private static final java.util.Set<String> ONE_LINE = RequestFields.of(ReportRequest.class).singleLine();

    /**
     * Each one-line input of the report form that was sent given back as it can be sent again
     * ({@link TextProblems#oneLine}: line separators a space, invisible characters left out), each change said next to
     * its input.
     */
    private static void oneLine(ReportForm form, HttpServletRequest http, List<FieldError> problems) {
        org.springframework.beans.BeanWrapper inputs = org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(form);
        for (String name : http.getParameterMap().keySet()) {
            if (ONE_LINE.contains(name.replaceAll("\\[\\d+]", "")) && inputs.isReadableProperty(name)
                    && inputs.getPropertyValue(name) instanceof String value) {
                String kept = TextProblems.oneLine(name, value, problems);
                if (!kept.equals(value)) {
                    inputs.setPropertyValue(name, kept);
                }
            }
        }
    }

    /** The error of a row's button pressed when the form holds the most rows of its kind already, if it was. */
    private static Optional<FieldError> full(ReportForm form, String action) {
        if (action.equals("addPerson") && form.getReportedPersons().size() >= CasePersons.MAX_PERSONS) {
            return Optional.of(FieldError.of("reportedPersons", "intake.persons.tooMany", CasePersons.MAX_PERSONS));
        }
        if (action.equals("addWitness") && form.getWitnesses().size() >= ReportRequest.MAX_WITNESSES) {
            return Optional.of(FieldError.of("witnesses", "intake.witnesses.tooMany", ReportRequest.MAX_WITNESSES));
        }
        return Optional.empty();
    }

    /** Changes the form's rows as {@code action} asks, if it asks for that; whether it did. */
    private static boolean changedRows(ReportForm form, String action) {
        if (action.equals("addPerson") && form.getReportedPersons().size() < CasePersons.MAX_PERSONS) {
            form.getReportedPersons().add(new ReportForm.Person());
            return true;
        }
        if (action.equals("addWitness") && form.getWitnesses().size() < ReportRequest.MAX_WITNESSES) {
            form.getWitnesses().add(new ReportForm.Witness());
            return true;
        }
        if (action.startsWith("removePerson:") && form.getReportedPersons().size() > 1) {
            try {
                form.getReportedPersons().remove(Integer.parseInt(action.substring("removePerson:".length())));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // nothing to remove: the form is shown as it was
            }
            return true;
        }
        return false;
    }

    /**
     * The receipt of the report this browser filed last, while its session keeps it ({@link ReceiptInSession}); never
     * cached. With {@code info=terkirim} it says that the form had been sent before. Without a receipt, the status page
     * says why.
     */
    @GetMapping("/tanda-terima")
    public String receipt(@RequestParam(required = false) String info, Model model, HttpServletRequest http,
                          HttpServletResponse response) {
        Optional<IntakeService.Receipt> receipt = receipts.current(http);
        if (receipt.isEmpty()) {
            return seeOther(http, STATUS + "?info=" + RECEIPT_GONE);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("receipt", receipt.get());
        model.addAttribute("sentAlready", SENT_ALREADY.equals(info));
        model.addAttribute("minutes", ReceiptInSession.LIFETIME.toMinutes());
        return "public/receipt";
    }

    /**
     * The receipt as a text file to keep: the numbers the page just showed, sent back by the reporter's browser and
     * checked as the status page checks them, with when the report was filed (in the rules' zone, Asia/Jakarta), the
     * Bawaslu office it went to, and the address where to follow it. Numbers that do not match lead to the status page.
     */
    @PostMapping(value = "/tanda-terima", produces = "text/plain;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    public org.springframework.http.ResponseEntity<String> receiptFile(@RequestParam(defaultValue = "") String trackingNumber,
                                                                     @RequestParam(defaultValue = "") String accessCode, Locale locale) {
        String tn = trackingNumber.replaceAll("[^A-Za-z0-9-]", "");
        String code = accessCode.replaceAll("[^A-Za-z0-9-]", "");
        IntakeService.ReceiptDetails details;
        try {
            details = intake.receiptDetails(tn, code);
        } catch (NotFoundException e) {
            return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create(STATUS + "?info=" + RECEIPT_GONE)).build();
        }
        String statusAddress = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(STATUS).build().toUriString();
        String filedAt = new id.netra.platform.PageFormat(locale, calendar.zone()).dateTime(details.filedAt());
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"laporan-netra-" + details.trackingNumber() + ".txt\"")
                .header("Cache-Control", "no-store")
                .body(Messages.in(locale, "intake.receiptFile", details.trackingNumber(), code, filedAt,
                        details.officeName(), details.officeCode(), statusAddress));
    }

    /**
     * The status form; {@code info} names a note to open with: why the receipt, or the status looked up, is no longer
     * shown, or that the form was sent already. Only these notes: the address says nothing else on the page.
     */
    /**
     * The status form; {@code nomor}, a tracking number (the receipt's link gives its own), fills its field — the
     * number alone opens nothing: the access code is still typed.
     */
    @GetMapping("/status")
    public String statusForm(@RequestParam(required = false) String info, @RequestParam(required = false) String nomor, Model model) {
        if (nomor != null && nomor.strip().matches("[A-Za-z0-9-]{1,40}")) {
            model.addAttribute("trackingNumber", nomor.strip().toUpperCase(java.util.Locale.ROOT));
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("limits", STATUS_LIMITS);
        model.addAttribute("info", info == null ? null : STATUS_NOTES.get(info));
        model.addAttribute("minutes", (STATUS_GONE.equals(info) ? StatusInSession.LIFETIME : ReceiptInSession.LIFETIME).toMinutes());
        return "public/status";
    }

    /**
     * The report this browser looked up or acted on last, while its session keeps the numbers ({@link StatusInSession}):
     * where the status form and its actions lead (post, redirect, get), so that a reload shows the status again and
     * repeats nothing; never cached. With a notice of what was just done, once. Without the numbers, the status form
     * says why.
     */
    @GetMapping("/status/laporan")
    public String statusShown(Model model, HttpServletRequest http, HttpServletResponse response) {
        Optional<StatusInSession.Kept> kept = StatusInSession.current(http);
        if (kept.isEmpty()) {
            return seeOther(http, STATUS + "?info=" + STATUS_GONE);
        }
        IntakeService.PublicStatus status;
        try {
            status = intake.status(kept.get().trackingNumber(), kept.get().accessCode());
        } catch (NotFoundException e) {
            StatusInSession.forget(http);
            return seeOther(http, STATUS + "?info=" + STATUS_GONE);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("errors", Map.of());
        model.addAttribute("limits", STATUS_LIMITS);
        model.addAttribute("status", status);
        model.addAttribute("trackingNumber", kept.get().trackingNumber());
        model.addAttribute("accessCode", kept.get().accessCode());
        return "public/status";
    }

    /** The numbers kept in this browser's session, and the status page they lead to with what was {@code done}, if anything. */
    private static String shown(HttpServletRequest http, String trackingNumber, String accessCode, String done,
                                RedirectAttributes redirect) {
        StatusInSession.keep(http.getSession(), trackingNumber, accessCode);
        if (done != null) {
            redirect.addFlashAttribute("done", done);
        }
        return seeOther(http, STATUS_SHOWN);
    }

    /**
     * The reporter completes the report (a statement, and the place if it changes), or withdraws it before
     * registration, from the status page; the tracking number and access code come back with the form. Done, the
     * answer is a redirect to the status shown ({@link #statusShown}); refused, the page as typed with the errors.
     */
    @PostMapping("/status/tindakan")
    public String act(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode,
                      @RequestParam(defaultValue = "") String action, @RequestParam(required = false) String statement,
                      @RequestParam(required = false) String place, @RequestParam(required = false) String reason,
                      @RequestParam(defaultValue = "false") boolean confirm,
                      TextProblems problems, Model model, Locale locale, HttpServletRequest http, HttpServletResponse response,
                      RedirectAttributes redirect) {
        trackingNumber = TrackingNumber.typedBack(trackingNumber);
        accessCode = AccessCodes.typedBack(accessCode);
        Map<String, String> errors = new LinkedHashMap<>();
        // The place is one line: given back as it can be sent again, said next to it (TextProblems.oneLine).
        List<FieldError> oneLine = new ArrayList<>();
        place = TextProblems.oneLine("place", place, oneLine);
        model.addAttribute("errors", errors);
        model.addAttribute("limits", STATUS_LIMITS);
        model.addAttribute("trackingNumber", trackingNumber);
        model.addAttribute("accessCode", accessCode);
        // What was typed comes back with a refusal.
        model.addAttribute("typed", Map.of("statement", statement == null ? "" : statement, "place", place == null ? "" : place,
                "reason", reason == null ? "" : reason));
        model.addAttribute("confirmed", confirm);
        response.setHeader("Cache-Control", "no-store");
        // Characters taken out of a field: next to it (the numbers sent back, hidden, next to the buttons), nothing done.
        problems.byField(locale).forEach((field, message) -> errors.putIfAbsent(ACTION_FIELDS.contains(field) ? field : "action", message));
        oneLine.forEach(e -> errors.putIfAbsent(e.field(), e.in(locale).message()));
        try {
            if (errors.isEmpty() && action.equals("complete")) {
                CompletionRequest request = new CompletionRequest(statement == null || statement.isBlank() ? null : statement,
                        null, place == null || place.isBlank() ? null : place, null);
                intake.complete(trackingNumber, accessCode, request);
                return shown(http, trackingNumber, accessCode, "completed", redirect);
            } else if (errors.isEmpty() && action.equals("withdraw")) {
                intake.withdraw(trackingNumber, accessCode, new WithdrawalRequest(reason), confirm);
                return shown(http, trackingNumber, accessCode, "withdrawn", redirect);
            }
        } catch (InvalidInputException e) {
            errors.putAll(byField(e.errors(), locale));
        } catch (ConflictException e) {
            errors.put("action", e.message(locale));
        } catch (NotFoundException e) {
            errors.put("accessCode", e.message(locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "public/status";
        }
        // Shown again as it stands, with the problem next to its field and the texts as typed.
        model.addAttribute("status", intake.status(trackingNumber, accessCode));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("statement", statement);
        typed.put("place", place);
        typed.put("reason", reason);
        model.addAttribute("typed", typed);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "public/status";
    }

    /**
     * The status, found by tracking number and access code (sent in the body, never in the address): the answer is a
     * redirect to the status shown ({@link #statusShown}), the numbers kept in the browser's session.
     */
    @PostMapping("/status")
    public String status(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode,
                         TextProblems textProblems, Model model, Locale locale, HttpServletRequest http,
                         HttpServletResponse response, RedirectAttributes redirect) {
        trackingNumber = TrackingNumber.typedBack(trackingNumber);
        accessCode = AccessCodes.typedBack(accessCode);
        List<FieldError> problems = new ArrayList<>(textProblems.errors());
        model.addAttribute("limits", STATUS_LIMITS);
        model.addAttribute("trackingNumber", trackingNumber);
        if (trackingNumber.isBlank()) {
            problems.add(FieldError.of("trackingNumber", "intake.trackingNumber.required"));
        }
        if (accessCode.isBlank()) {
            problems.add(FieldError.of("accessCode", "intake.accessCode.required"));
        }
        if (problems.isEmpty()) {
            try {
                intake.status(trackingNumber, accessCode);
                return shown(http, trackingNumber, accessCode, null, redirect);
            } catch (NotFoundException e) {
                problems.add(new FieldError("accessCode", e.message(locale)));
            }
        }
        model.addAttribute("errors", byField(problems, locale));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "public/status";
    }
}
