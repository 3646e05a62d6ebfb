package id.netra.intake;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public's endpoints: file a report, follow it, complete it. No account; the access code is the key.
 * {@link IntakeService} validates each body, naming every invalid field at once in the request's language.
 */
@RestController
@RequestMapping("/api/v1/public/reports")
public class PublicReportController {

    private final IntakeService intake;
    private final id.netra.evidence.EvidenceService evidence;

    public PublicReportController(IntakeService intake, id.netra.evidence.EvidenceService evidence) {
        this.intake = intake;
        this.evidence = evidence;
    }

    /** 201 with the report's status address in {@code Location} (read with the access code in {@code X-Access-Code}). */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    public org.springframework.http.ResponseEntity<IntakeService.Receipt> report(@RequestBody ReportRequest request) {
        IntakeService.Receipt receipt = intake.submitReport(request);
        return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/public/reports/"
                + java.net.URLEncoder.encode(receipt.trackingNumber(), java.nio.charset.StandardCharsets.UTF_8))).body(receipt);
    }

    @GetMapping("/{trackingNumber}")
    public IntakeService.PublicStatus status(@PathVariable String trackingNumber,
                                             @RequestHeader(name = "X-Access-Code", required = false) String accessCode) {
        return intake.status(trackingNumber, accessCode);
    }

    /** Withdrawal before registration; the body (an optional reason) may be omitted. */
    @PostMapping("/{trackingNumber}/withdrawal")
    public IntakeService.PublicStatus withdraw(@PathVariable String trackingNumber,
                                               @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
                                               @RequestBody(required = false) WithdrawalRequest request) {
        return intake.withdraw(trackingNumber, accessCode, request);
    }

    @PostMapping("/{trackingNumber}/completion")
    public IntakeService.PublicStatus complete(@PathVariable String trackingNumber,
                                               @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
                                               @RequestBody CompletionRequest request) {
        return intake.complete(trackingNumber, accessCode, request);
    }

    /**
     * The reporter's evidence file, its bytes as the request's body (streamed; its type read from its content), while
     * the report is open: 201 with the file as the reporter reads it back. Only the handling office reads it unless an
     * officer there marks it shareable.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = id.netra.evidence.EvidenceController.BODY,
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/octet-stream",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/{trackingNumber}/evidence")
    public org.springframework.http.ResponseEntity<id.netra.evidence.EvidenceService.ReporterEvidence> addEvidence(
            @PathVariable String trackingNumber, @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String fileName,
            jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        id.netra.evidence.EvidenceController.rawBody(request);
        java.util.UUID caseId = intake.openReport(trackingNumber, accessCode);
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(evidence.addFromReporter(caseId, fileName, request.getInputStream(), request.getContentLengthLong()));
    }

    /** The files the reporter gave, as they read them back. */
    @GetMapping("/{trackingNumber}/evidence")
    public java.util.List<id.netra.evidence.EvidenceService.ReporterEvidence> evidence(
            @PathVariable String trackingNumber, @RequestHeader(name = "X-Access-Code", required = false) String accessCode) {
        return evidence.ofReporter(intake.reportOf(trackingNumber, accessCode));
    }
}
