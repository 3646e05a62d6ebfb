package id.netra.intake;

import id.netra.platform.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The reporter's completion of a report found incomplete: what was missing, and any corrected details. */
public record CompletionRequest(
        @NotBlank(message = "{intake.statement.required}") @Size(max = ReportRequest.MAX_DESCRIPTION, message = "{intake.maxLength}") String statement,
        @Valid ReportRequest.ReporterInput reporter,
        @Size(max = ReportRequest.MAX_PLACE, message = "{intake.maxLength}") @SingleLine String place,
        @Valid @Size(max = ReportRequest.MAX_WITNESSES, message = "{intake.witnesses.tooMany}") List<ReportRequest.WitnessInput> witnesses) {
}
