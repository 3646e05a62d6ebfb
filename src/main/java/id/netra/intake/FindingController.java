package id.netra.intake;

import id.netra.access.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An officer's own finding (temuan): registered at once, no completeness loop. */
@RestController
@RequestMapping("/api/v1/findings")
public class FindingController {

    private final IntakeService intake;

    public FindingController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public IntakeService.FindingReceipt record(@RequestBody ReportRequest request) {
        return intake.recordFinding(request, CurrentUser.get());
    }
}
