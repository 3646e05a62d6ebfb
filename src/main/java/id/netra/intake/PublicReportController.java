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

    public PublicReportController(IntakeService intake) {
        this.intake = intake;
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
}
