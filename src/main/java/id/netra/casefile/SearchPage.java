package id.netra.casefile;

import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import id.netra.deadline.BusinessCalendar;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.PageFormat;
import id.netra.platform.TextProblems;
import id.netra.reference.Agency;
import id.netra.reference.CodeLabel;
import id.netra.reference.Office;
import id.netra.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officers' case search ({@code /cari}): a GET form over the API's own search ({@link CaseQueries#search}, the
 * same criteria, scope and query), its results a page at a time with the criteria kept in the paging links, and each
 * criterion the search refuses said next to its field.
 */
@Controller
@id.netra.platform.WebPage
public class SearchPage {

    /** The criteria, under the API's parameter names, in the form's order. */
    static final List<String> CRITERIA = List.of("registerNumber", "trackingNumber", "nip", "name", "agency", "office", "status",
            "electionType", "receivedFrom", "receivedTo");

    static final int PAGE_SIZE = 20;

    /**
     * A result: the case as the search lists it, with its first person's agency by name, and every person's agency by
     * name, each once (a case of a camat and a lurah of two governments names both).
     */
    public record Row(CaseQueries.CaseSummary summary, String agencyName, List<String> agencyNames) {
    }

    private final CaseQueries queries;
    private final ReferenceData reference;
    private final BusinessCalendar calendar;

    public SearchPage(CaseQueries queries, ReferenceData reference, BusinessCalendar calendar) {
        this.queries = queries;
        this.reference = reference;
        this.calendar = calendar;
    }

    @GetMapping("/cari")
    public String search(@RequestParam Map<String, String> params, TextProblems problems, Model model, HttpServletResponse response,
                         Locale locale) {
        NetraUser me = CurrentUser.get();
        Map<String, String> values = new LinkedHashMap<>();
        for (String k : CRITERIA) {
            String v = params.get(k);
            if (v != null && !v.isBlank()) {
                values.put(k, v.trim());
            }
        }
        // Characters taken out of a criterion: said next to it, and nothing searched until it is sent again.
        Map<String, String> errors = new LinkedHashMap<>(problems.byField(locale));
        int page = 0;
        String typedPage = params.get("page");
        if (typedPage != null && !typedPage.isBlank()) {
            try {
                page = Integer.parseInt(typedPage.trim());
            } catch (NumberFormatException e) {
                errors.putIfAbsent("page", Messages.in(locale, "casefile.search.pageNumber"));
            }
        }
        List<Agency> agencies = reference.agencies();
        model.addAttribute("me", me);
        model.addAttribute("values", values);
        model.addAttribute("criteria", CRITERIA);
        model.addAttribute("fmt", new PageFormat(locale, calendar.zone()));
        if (errors.isEmpty()) {
            try {
                CaseQueries.Page<CaseQueries.CaseSummary> found = queries.search(me, new CaseQueries.Criteria(null,
                        values.get("registerNumber"), values.get("trackingNumber"), values.get("nip"), values.get("name"),
                        values.get("agency"), values.get("office"), values.get("status"), values.get("electionType"),
                        values.get("receivedFrom"), values.get("receivedTo")), page, PAGE_SIZE);
                Map<String, String> agencyNames = new LinkedHashMap<>();
                agencies.forEach(a -> agencyNames.put(a.code(), a.name()));
                model.addAttribute("found", found);
                model.addAttribute("rows", found.items().stream()
                        .map(s -> new Row(s, agencyNames.getOrDefault(s.agencyCode(), s.agencyCode()),
                                s.agencyCodes().stream().map(code -> agencyNames.getOrDefault(code, code)).toList())).toList());
                boolean more = (long) (page + 1) * PAGE_SIZE < found.total() || (!found.totalExact() && found.items().size() == PAGE_SIZE);
                model.addAttribute("pages", found.totalExact() ? Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE) : null);
                model.addAttribute("previous", page > 0 ? link(values, page - 1) : null);
                model.addAttribute("next", more ? link(values, page + 1) : null);
            } catch (InvalidInputException e) {
                e.byField().forEach(errors::putIfAbsent);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", errors);
        // The criteria chosen from a list, each option's label its name or (null) its code's in the catalogue; an office
        // only where there is more than one in scope to choose from.
        Map<String, List<CodeLabel>> choices = new LinkedHashMap<>();
        choices.put("agency", agencies.stream().map(a -> new CodeLabel(a.code(), a.name())).toList());
        List<Office> offices = officesInScope(me);
        if (offices.size() > 1 || errors.containsKey("office")) {
            choices.put("office", offices.stream().map(o -> new CodeLabel(o.code(), o.name())).toList());
        }
        choices.put("status", Arrays.stream(CaseStatus.values()).map(st -> new CodeLabel(st.name(), null)).toList());
        choices.put("electionType", Arrays.stream(id.netra.deadline.ElectionType.values()).map(t -> new CodeLabel(t.name(), null)).toList());
        model.addAttribute("choices", choices);
        return "officer/search";
    }

    /** The offices whose cases this user reads: a Bawaslu office its own and those below it, anyone else every one. */
    private List<Office> officesInScope(NetraUser me) {
        List<Office> all = reference.offices();
        if (!me.role().isBawaslu()) {
            return all;
        }
        return all.stream().filter(o -> o.code().equals(me.officeCode()) || CaseAccess.oversees(me.officeCode(), o.code())).toList();
    }

    /** This search's address at another page: the criteria given, nothing else. */
    private static String link(Map<String, String> values, int page) {
        StringBuilder link = new StringBuilder("/cari?");
        values.forEach((k, v) -> link.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return link.append("page=").append(page).toString();
    }
}
