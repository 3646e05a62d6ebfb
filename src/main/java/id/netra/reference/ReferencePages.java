package id.netra.reference;

import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.platform.PageNotice;
import id.netra.platform.TextProblems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The reference data's pages: Bawaslu offices renamed ({@code /admin/kantor}), central agencies added and agencies
 * changed ({@code /admin/instansi}), regions added with their office and regional government ({@code /admin/wilayah});
 * each list narrowed by code or name. {@link ReferenceAdministration} decides, as for the API. The signed-in user
 * ({@code me}) comes from {@code access}, which this package does not import.
 */
@Controller
@id.netra.platform.WebPage
@id.netra.platform.OneLineForm
@RequestMapping("/admin")
public class ReferencePages {

    private final ReferenceAdministration admin;
    private final ReferenceData reference;

    public ReferencePages(ReferenceAdministration admin, ReferenceData reference) {
        this.admin = admin;
        this.reference = reference;
    }

    @GetMapping("/kantor")
    public String offices(@RequestParam(defaultValue = "") String q, TextProblems problems, Model model,
                          HttpServletResponse response) {
        filter(q, problems, model, response);
        model.addAttribute("offices", matching(admin.offices(), q, o -> o.code() + " " + o.name()));
        return "admin/offices";
    }

    @GetMapping("/kantor/{code}")
    public String office(@PathVariable String code, Model model, HttpServletResponse response) {
        return reference.office(code).map(o -> officePage(o, o.name(), Map.of(), model))
                .orElseGet(() -> notFound(response));
    }

    @PostMapping("/kantor/{code}")
    public String renameOffice(@PathVariable String code, @RequestParam(defaultValue = "") String name, TextProblems problems,
                               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return reference.office(code).map(o -> refused(response, () -> officePage(o, name, byField(problems), model)))
                    .orElseGet(() -> notFound(response));
        }
        try {
            Office renamed = admin.renameOffice(code, new ReferenceAdministration.OfficeChange(name));
            return PageNotice.redirect(redirect, "/admin/kantor?q=" + renamed.code(), "admin.offices.renamed", renamed.code());
        } catch (NotFoundException e) {
            return notFound(response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return officePage(reference.office(code).orElseThrow(), name, e.byField(), model);
        }
    }

    @GetMapping("/instansi")
    public String agencies(@RequestParam(defaultValue = "") String q, TextProblems problems, Model model,
                           HttpServletResponse response) {
        filter(q, problems, model, response);
        return agenciesPage(q, Map.of(), Map.of(), model);
    }

    @PostMapping("/instansi")
    public String createAgency(@RequestParam Map<String, String> form, TextProblems problems, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return refused(response, () -> agenciesPage("", form, byField(problems), model));
        }
        try {
            Agency created = admin.createAgency(new ReferenceAdministration.NewAgency(form.get("code"), form.get("name"),
                    blankAsNull(form.get("regionCode")), form.get("ppkTitle")));
            return PageNotice.redirect(redirect, "/admin/instansi?q=" + created.code(), "admin.agencies.created", created.code());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return agenciesPage("", form, e.byField(), model);
        }
    }

    @GetMapping("/instansi/{code}")
    public String agency(@PathVariable String code, Model model, HttpServletResponse response) {
        return reference.agency(code).map(a -> agencyPage(a, Map.of("name", a.name(), "ppkTitle", a.ppkTitle()), Map.of(), model))
                .orElseGet(() -> notFound(response));
    }

    @PostMapping("/instansi/{code}")
    public String changeAgency(@PathVariable String code, @RequestParam Map<String, String> form, TextProblems problems,
                               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return reference.agency(code).map(a -> refused(response, () -> agencyPage(a, form, byField(problems), model)))
                    .orElseGet(() -> notFound(response));
        }
        try {
            Agency changed = admin.changeAgency(code, new ReferenceAdministration.AgencyChange(form.getOrDefault("name", ""),
                    form.getOrDefault("ppkTitle", "")));
            return PageNotice.redirect(redirect, "/admin/instansi?q=" + changed.code(), "admin.agencies.changed", changed.code());
        } catch (NotFoundException e) {
            return notFound(response);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return agencyPage(reference.agency(code).orElseThrow(), form, e.byField(), model);
        }
    }

    @GetMapping("/wilayah")
    public String regions(@RequestParam(defaultValue = "") String q, TextProblems problems, Model model,
                          HttpServletResponse response) {
        filter(q, problems, model, response);
        return regionsPage(q, Map.of(), Map.of(), model);
    }

    @PostMapping("/wilayah")
    public String createRegion(@RequestParam Map<String, String> form, TextProblems problems, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return refused(response, () -> regionsPage("", form, byField(problems), model));
        }
        try {
            ReferenceAdministration.RegionCreated created = admin.createRegion(new ReferenceAdministration.NewRegion(
                    form.get("code"), blankAsNull(form.get("level")), form.get("name")));
            return PageNotice.redirect(redirect, "/admin/wilayah?q=" + created.code(), "admin.regions.created",
                    created.code() + " " + created.name(), created.agency().code());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return regionsPage("", form, e.byField(), model);
        }
    }

    private String officePage(Office office, String name, Map<String, String> errors, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("form", Map.of("name", name));
        model.addAttribute("errors", errors);
        return "admin/office";
    }

    private String agenciesPage(String q, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("agencies", matching(admin.agencies(), q, a -> a.code() + " " + a.name()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/agencies";
    }

    private String agencyPage(Agency agency, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/agency";
    }

    private String regionsPage(String q, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("q", q);
        // Read as the report form reads a region typed ("Kab. Serang" finds Kabupaten Serang): ReferenceData.spelling.
        String spelled = ReferenceData.spelling(q);
        model.addAttribute("regions", reference.regions().stream()
                .filter(r -> ReferenceData.spelling(r.code() + " " + r.name()).contains(spelled)).toList());
        model.addAttribute("levels", List.of("province", "regency", "city"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/regions";
    }

    /** A form with characters taken out of a field (TextProblems): shown again, 400, nothing changed. */
    private static String refused(HttpServletResponse response, java.util.function.Supplier<String> page) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page.get();
    }

    private static Map<String, String> byField(TextProblems problems) {
        return problems.byField(Messages.currentLocale());
    }

    /**
     * A list's filter: the text as typed; characters taken out of it said next to it (400), the list narrowed by what
     * remains, since narrowing changes nothing.
     */
    private static void filter(String q, TextProblems problems, Model model, HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("filterError", problems.isEmpty() ? null : byField(problems).values().iterator().next());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "admin/not-found";
    }

    /** The rows whose code or name holds {@code q}, case aside; all when it is blank. */
    private static <T> List<T> matching(List<T> rows, String q, Function<T, String> text) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? rows : rows.stream().filter(r -> text.apply(r).toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
