package id.netra.followup;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import id.netra.casefile.CaseQueries;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The API's closing of a person's track as moot ({@link MootTracks}): answers the case as the caller reads it. */
@RestController
public class MootController {

    /** {@code reason}: RETIRED, RESIGNED or DIED; {@code effectiveOn}: the day (ISO date, not in the future). */
    public record MootRequest(String reason, String effectiveOn, String notes) {
    }

    private final MootTracks moot;
    private final CaseQueries queries;

    public MootController(MootTracks moot, CaseQueries queries) {
        this.moot = moot;
        this.queries = queries;
    }

    @PostMapping("/api/v1/cases/{caseId}/persons/{personId}/moot")
    public JsonNode close(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestBody MootRequest request) {
        moot.close(CurrentUser.get(), caseId, personId, request.reason(), request.effectiveOn(), request.notes());
        return queries.detail(CurrentUser.get(), caseId);
    }
}
