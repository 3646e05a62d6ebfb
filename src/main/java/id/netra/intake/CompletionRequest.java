package id.netra.intake;

import id.netra.platform.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The reporter's completion of a report found incomplete: what was missing, and any corrected details. */
public record CompletionRequest(
        @NotBlank(message = "Uraian kelengkapan wajib diisi.") @Size(max = 20000, message = "Paling panjang 20.000 karakter.") String statement,
        @Valid ReportRequest.ReporterInput reporter,
        @Size(max = 300, message = "Paling panjang 300 karakter.") @SingleLine String place,
        @Valid @Size(max = 20, message = "Paling banyak 20 saksi.") List<ReportRequest.WitnessInput> witnesses) {
}
