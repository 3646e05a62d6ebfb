package id.netra.bawaslu;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import id.netra.casefile.CaseQueries;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The one extension of the assessment deadline (SPEC §3), asked for by the handling office with a reason. */
@RestController
@RequestMapping("/api/v1/cases/{id}/assessment-extension")
public class AssessmentExtensionController {

    public record ExtensionRequest(@NotBlank(message = "{bawaslu.extension.reasonRequired}")
                                   @Size(max = 2000, message = "{input.maxLength}") String reason) {
    }

    private final BawasluService bawaslu;
    private final CaseQueries queries;

    public AssessmentExtensionController(BawasluService bawaslu, CaseQueries queries) {
        this.bawaslu = bawaslu;
        this.queries = queries;
    }

    @PostMapping
    public JsonNode extend(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request) {
        bawaslu.extendAssessment(CurrentUser.get(), id, request.reason());
        return queries.detail(CurrentUser.get(), id);
    }
}
