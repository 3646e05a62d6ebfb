package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/cases")
public class CaseController {

    private final CaseQueries queries;
    private final ApplicationEventPublisher events;

    public CaseController(CaseQueries queries, ApplicationEventPublisher events) {
        this.queries = queries;
        this.events = events;
    }

    /** Every criterion optional; {@link CaseQueries.Criteria} says what each matches. */
    @GetMapping
    public CaseQueries.Page<CaseQueries.CaseSummary> search(@RequestParam(required = false) String status,
                                                            @RequestParam(required = false) String office,
                                                            @RequestParam(required = false) String q,
                                                            @RequestParam(required = false) String registerNumber,
                                                            @RequestParam(required = false) String trackingNumber,
                                                            @RequestParam(required = false) String nip,
                                                            @RequestParam(required = false) String name,
                                                            @RequestParam(required = false) String agency,
                                                            @RequestParam(required = false) String electionType,
                                                            @RequestParam(required = false) String receivedFrom,
                                                            @RequestParam(required = false) String receivedTo,
                                                            @RequestParam(defaultValue = "0") int page,
                                                            @RequestParam(defaultValue = "20") int size) {
        return queries.search(CurrentUser.get(), new CaseQueries.Criteria(q, registerNumber, trackingNumber, nip, name, agency,
                office, status, electionType, receivedFrom, receivedTo), page, size);
    }

    @GetMapping("/{id}")
    public JsonNode detail(@PathVariable UUID id) {
        JsonNode detail = queries.detail(CurrentUser.get(), id);
        events.publishEvent(new CaseEvent(CurrentUser.get().username(), CaseEvent.READ, id,
                java.util.Map.of("view", detail.path("view").asText())));
        return detail;
    }
}
