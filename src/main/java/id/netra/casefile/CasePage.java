package id.netra.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import id.netra.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;
import java.util.UUID;

/**
 * The case page: the same detail the API answers ({@link CaseQueries#detail}: who sees what, the reporter's identity
 * and other PPKs' persons kept out), laid out for reading and printing. Outside the user's scope: a 404 page.
 */
@Controller
@id.netra.platform.WebPage
public class CasePage {

    private final CaseQueries queries;
    private final ObjectMapper json;
    private final org.springframework.context.ApplicationEventPublisher events;

    public CasePage(CaseQueries queries, ObjectMapper json, org.springframework.context.ApplicationEventPublisher events) {
        this.queries = queries;
        this.json = json;
        this.events = events;
    }

    @GetMapping("/perkara/{id}")
    public String show(@PathVariable String id, Model model, HttpServletResponse response) {
        NetraUser me = CurrentUser.get();
        model.addAttribute("me", me);
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "officer/not-found";
        }
        try {
            com.fasterxml.jackson.databind.JsonNode detail = queries.detail(me, caseId);
            // A read of a case is audited, as the API's.
            events.publishEvent(new CaseEvent(me.username(), CaseEvent.READ, caseId, Map.of("view", detail.path("view").asText())));
            @SuppressWarnings("unchecked")
            Map<String, Object> c = json.convertValue(detail, Map.class);
            model.addAttribute("c", c);
            return "officer/case";
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "officer/not-found";
        }
    }
}
