package id.netra.examination;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import id.netra.casefile.CaseQueries;
import id.netra.platform.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The API's re-addressing of a recommendation ({@link RecommendationReaddressing}): answers the case as the caller reads it. */
@RestController
public class ReaddressController {

    public record ReaddressRequest(@NotBlank(message = "{examination.readdress.agencyRequired}") @SingleLine String agencyCode,
                                   @NotBlank(message = "{examination.readdress.reasonRequired}")
                                   @Size(max = RecommendationReaddressing.MAX_REASON, message = "{input.maxLength}") String reason) {
    }

    private final RecommendationReaddressing readdressing;
    private final CaseQueries queries;

    public ReaddressController(RecommendationReaddressing readdressing, CaseQueries queries) {
        this.readdressing = readdressing;
        this.queries = queries;
    }

    @PostMapping("/api/v1/cases/{caseId}/persons/{personId}/readdress")
    public JsonNode readdress(@PathVariable UUID caseId, @PathVariable UUID personId, @Valid @RequestBody ReaddressRequest request) {
        readdressing.readdress(CurrentUser.get(), caseId, personId, request.agencyCode(), request.reason());
        return queries.detail(CurrentUser.get(), caseId);
    }
}
