package id.netra.examination;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import id.netra.casefile.CaseQueries;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The API's request for clarification on a person ({@link Clarifications}): answers the case as the caller reads it. */
@RestController
public class ClarificationController {

    /** {@code addressee}: PPK, SUPERIOR or PERSON; the request letter's number; the questions asked. */
    public record ClarificationRequest(String addressee, String letterNumber, String questions) {
    }

    private final Clarifications clarifications;
    private final CaseQueries queries;

    public ClarificationController(Clarifications clarifications, CaseQueries queries) {
        this.clarifications = clarifications;
        this.queries = queries;
    }

    @PostMapping("/api/v1/cases/{caseId}/persons/{personId}/clarification")
    public JsonNode request(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestBody ClarificationRequest request) {
        clarifications.request(CurrentUser.get(), caseId, personId, request.addressee(), request.letterNumber(), request.questions());
        return queries.detail(CurrentUser.get(), caseId);
    }
}
