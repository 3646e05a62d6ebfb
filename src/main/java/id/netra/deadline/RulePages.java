package id.netra.deadline;

import id.netra.access.CurrentUser;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import id.netra.platform.PageNotice;
import id.netra.platform.TextProblems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rule sets' pages ({@code /admin/aturan}): both rule sets' numbers and units and where they come from; a page per
 * election type to set each clock's number and unit or return them to the configuration. {@link RuleAdministration} decides, as for the
 * API.
 */
@Controller
@id.netra.platform.WebPage
@id.netra.platform.OneLineForm
@RequestMapping("/admin/aturan")
public class RulePages {

    private final RuleAdministration rules;
    private final MessageSource messages;

    public RulePages(RuleAdministration rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("me", CurrentUser.get());
        model.addAttribute("rules", rules.list());
        model.addAttribute("clocks", RuleClock.values());
        return "admin/rules";
    }

    @GetMapping("/{type}")
    public String show(@PathVariable String type, Model model) {
        RuleSets.InForce inForce = rules.inForce(type);
        return page(inForce, RuleForm.of(inForce.numbers()), Map.of(), null, model);
    }

    @PostMapping("/{type}")
    public String set(@PathVariable String type, @RequestParam Map<String, String> params, TextProblems problems, Locale locale,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RuleSets.InForce inForce = rules.inForce(type);
        RuleForm form = new RuleForm(params).withInForce(inForce.numbers());
        // Characters taken out of a number: next to it, nothing saved until the form comes again.
        Map<String, String> errors = new LinkedHashMap<>(problems.byField(locale));
        form.notNumbers().forEach(f -> errors.putIfAbsent(f, messages.getMessage("admin.error.number", null, locale)));
        form.notUnits().forEach(f -> errors.putIfAbsent(f, messages.getMessage("deadline.rules.unit", null, locale)));
        try {
            if (errors.isEmpty()) {
                rules.set(type, form.numbers());
                return PageNotice.redirect(redirect, "/admin/aturan", "admin.rules.saved", label(inForce, locale));
            }
            // The other fields' problems beside the ones that are not numbers.
            form.numbers().problems(inForce.numbers()).forEach(f -> errors.putIfAbsent(f.field(), f.in(locale).message()));
        } catch (InvalidInputException e) {
            e.byField().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(inForce, form, errors, null, model);
    }

    @PostMapping("/{type}/kembalikan")
    public String reset(@PathVariable String type, Locale locale, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        RuleSets.InForce inForce = rules.inForce(type);
        try {
            rules.reset(type);
        } catch (NotFoundException e) {
            // Nothing to return: the numbers already are the configuration's.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(inForce, RuleForm.of(inForce.numbers()), Map.of(), e.message(locale), model);
        }
        return PageNotice.redirect(redirect, "/admin/aturan", "admin.rules.wasReset", label(inForce, locale));
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(Model model, HttpServletResponse response) {
        model.addAttribute("me", CurrentUser.get());
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "admin/not-found";
    }

    private String page(RuleSets.InForce inForce, RuleForm form, Map<String, String> errors, String problem, Model model) {
        model.addAttribute("me", CurrentUser.get());
        model.addAttribute("inForce", inForce);
        model.addAttribute("zone", rules.list().zone());
        model.addAttribute("configured", rules.configured(inForce.electionType().name()));
        model.addAttribute("clocks", RuleClock.values());
        model.addAttribute("units", DayUnit.values());
        model.addAttribute("form", form.typed());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "admin/rule";
    }

    private String label(RuleSets.InForce inForce, Locale locale) {
        return messages.getMessage("admin.rules." + inForce.electionType().name(), null, locale);
    }
}
