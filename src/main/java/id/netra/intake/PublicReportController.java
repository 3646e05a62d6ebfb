package id.netra.intake;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public's endpoints: file a report, follow it, complete it. No account; the access code is the key. */
@RestController
@RequestMapping("/api/v1/public/reports")
public class PublicReportController {

    private final IntakeService intake;

    public PublicReportController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public IntakeService.Receipt report(@Valid @RequestBody ReportRequest request) {
        return intake.submitReport(request);
    }

    @GetMapping("/{trackingNumber}")
    public IntakeService.PublicStatus status(@PathVariable String trackingNumber,
                                             @RequestHeader(name = "X-Access-Code", required = false) String accessCode) {
        return intake.status(trackingNumber, accessCode);
    }

    public record WithdrawalRequest(@jakarta.validation.constraints.Size(max = MAX_REASON, message = "Paling panjang 2.000 karakter.") String reason) {
        /** The longest withdrawal reason; it becomes the status history's note after a short prefix. */
        public static final int MAX_REASON = 2000;
    }

    /** Withdrawal before registration; the body (an optional reason) may be omitted. */
    @PostMapping("/{trackingNumber}/withdrawal")
    public IntakeService.PublicStatus withdraw(@PathVariable String trackingNumber,
                                               @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
                                               @Valid @RequestBody(required = false) WithdrawalRequest request) {
        return intake.withdraw(trackingNumber, accessCode, request == null ? null : request.reason());
    }

    @PostMapping("/{trackingNumber}/completion")
    public IntakeService.PublicStatus complete(@PathVariable String trackingNumber,
                                               @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
                                               @Valid @RequestBody CompletionRequest request) {
        return intake.complete(trackingNumber, accessCode, request);
    }
}
