package id.netra.intake;

import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import id.netra.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public's pages (SPEC §6, {@code /lapor}): file a report and follow it, without an account and without
 * JavaScript. The same rules as the API decide ({@link IntakeService}, {@link ReportRequest}'s constraints); an error
 * is shown next to the input named like the API's field.
 */
@Controller
@id.netra.platform.WebPage
@RequestMapping("/lapor")
public class PublicReportPages {

    private final IntakeService intake;
    private final ReferenceData reference;
    private final Validator validator;

    public PublicReportPages(IntakeService intake, ReferenceData reference, Validator validator) {
        this.intake = intake;
        this.reference = reference;
        this.validator = validator;
    }

    /** The lists the report form chooses from; only the report form's pages load them. */
    private void choices(Model model) {
        model.addAttribute("regions", reference.regions());
        model.addAttribute("agencies", reference.agencies());
        model.addAttribute("categories", id.netra.casefile.CasePerson.PositionCategory.values());
    }

    @GetMapping
    public String form(Model model) {
        choices(model);
        model.addAttribute("form", new ReportForm());
        model.addAttribute("errors", Map.of());
        return "public/report";
    }

    /**
     * Submits the report, or changes the form's rows ({@code action} {@code addPerson}, {@code addWitness},
     * {@code removePerson:<i>}) and shows it again.
     */
    @PostMapping
    public String submit(@ModelAttribute("form") ReportForm form, @RequestParam(defaultValue = "submit") String action,
                         Model model, HttpServletResponse response) {
        choices(model);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        if (action.equals("addPerson") && form.getReportedPersons().size() < ReportForm.MAX_ROWS) {
            form.getReportedPersons().add(new ReportForm.Person());
            return "public/report";
        }
        if (action.equals("addWitness") && form.getWitnesses().size() < 20) {
            form.getWitnesses().add(new ReportForm.Witness());
            return "public/report";
        }
        if (action.startsWith("removePerson:") && form.getReportedPersons().size() > 1) {
            try {
                form.getReportedPersons().remove(Integer.parseInt(action.substring("removePerson:".length())));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // nothing to remove: the form is shown as it was
            }
            return "public/report";
        }
        List<FieldError> problems = new ArrayList<>();
        ReportRequest request = form.toRequest(problems);
        for (ConstraintViolation<ReportRequest> v : validator.validate(request)) {
            problems.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (problems.isEmpty()) {
            try {
                IntakeService.Receipt receipt = intake.submitReport(request);
                // Shown once: never cached, never kept in the browser's history as a page to come back to.
                response.setHeader("Cache-Control", "no-store");
                model.addAttribute("receipt", receipt);
                return "public/receipt";
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "public/report";
    }

    /** The receipt as a text file to keep: the numbers the page just showed, sent back by the reporter's browser. */
    @PostMapping(value = "/tanda-terima", produces = "text/plain;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    public String receiptFile(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode,
                              java.util.Locale locale, HttpServletResponse response) {
        String tn = trackingNumber.replaceAll("[^A-Za-z0-9-]", "");
        String code = accessCode.replaceAll("[^A-Za-z0-9-]", "");
        response.setHeader("Content-Disposition", "attachment; filename=\"laporan-netra-" + tn + ".txt\"");
        response.setHeader("Cache-Control", "no-store");
        boolean en = "en".equals(locale.getLanguage());
        return (en ? "Netra report\nTracking number: " : "Laporan Netra\nNomor pelacakan: ") + tn
                + (en ? "\nAccess code: " : "\nKode akses: ") + code + "\n";
    }

    @GetMapping("/status")
    public String statusForm(Model model) {
        model.addAttribute("errors", Map.of());
        return "public/status";
    }

    /**
     * The reporter completes the report (a statement, and the place if it changes), or withdraws it before
     * registration, from the status page; the tracking number and access code come back with the form.
     */
    @PostMapping("/status/tindakan")
    public String act(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode,
                      @RequestParam(defaultValue = "") String action, @RequestParam(required = false) String statement,
                      @RequestParam(required = false) String place, @RequestParam(required = false) String reason,
                      Model model, HttpServletResponse response) {
        trackingNumber = AccessCodes.typedBack(trackingNumber);
        accessCode = AccessCodes.typedBack(accessCode);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        model.addAttribute("trackingNumber", trackingNumber);
        model.addAttribute("accessCode", accessCode);
        response.setHeader("Cache-Control", "no-store");
        try {
            if (action.equals("complete")) {
                CompletionRequest request = new CompletionRequest(statement == null || statement.isBlank() ? null : statement,
                        null, place == null || place.isBlank() ? null : place, null);
                for (ConstraintViolation<CompletionRequest> v : validator.validate(request)) {
                    errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
                }
                if (errors.isEmpty()) {
                    model.addAttribute("status", intake.complete(trackingNumber, accessCode, request));
                    model.addAttribute("done", "completed");
                }
            } else if (action.equals("withdraw")) {
                if (reason != null && reason.length() > PublicReportController.WithdrawalRequest.MAX_REASON) {
                    errors.put("reason", "Paling panjang 2.000 karakter.");
                } else {
                    model.addAttribute("status", intake.withdraw(trackingNumber, accessCode, reason));
                    model.addAttribute("done", "withdrawn");
                }
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        } catch (id.netra.platform.ConflictException e) {
            errors.put("action", e.getMessage());
        } catch (NotFoundException e) {
            errors.put("accessCode", e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "public/status";
        }
        if (model.getAttribute("status") == null) {
            // Shown again as it stands, with the problem next to its field.
            model.addAttribute("status", intake.status(trackingNumber, accessCode));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "public/status";
    }

    /** The status, found by tracking number and access code (sent in the body, never in the address). */
    @PostMapping("/status")
    public String status(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode,
                         Model model, HttpServletResponse response) {
        trackingNumber = AccessCodes.typedBack(trackingNumber);
        accessCode = AccessCodes.typedBack(accessCode);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        model.addAttribute("trackingNumber", trackingNumber);
        if (trackingNumber.isBlank()) {
            errors.put("trackingNumber", "Nomor pelacakan wajib diisi.");
        }
        if (accessCode.isBlank()) {
            errors.put("accessCode", "Kode akses wajib diisi.");
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("status", intake.status(trackingNumber, accessCode));
                model.addAttribute("accessCode", accessCode);
                response.setHeader("Cache-Control", "no-store");
                return "public/status";
            } catch (NotFoundException e) {
                errors.put("accessCode", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "public/status";
    }
}
