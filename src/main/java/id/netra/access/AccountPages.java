package id.netra.access;

import id.netra.platform.ConflictException;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.platform.MessageException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.platform.PageNotice;
import id.netra.platform.TextProblems;
import id.netra.reference.ReferenceAdministration;
import id.netra.reference.ReferenceData;
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
 * The accounts' pages ({@code /admin/akun}): the list with each account's role, office or agency, status and lock; a
 * form to create one; an account's page to change its role, office or agency, enable or disable it, reset its password
 * and unlock it. {@link AccountAdministration} decides, as for the API; each error stands next to its field.
 */
@Controller
@id.netra.platform.WebPage
@id.netra.platform.OneLineForm
@RequestMapping("/admin/akun")
public class AccountPages {

    private final AccountAdministration accounts;
    private final ReferenceData reference;
    private final ReferenceAdministration offices;
    private final MessageSource messages;

    public AccountPages(AccountAdministration accounts, ReferenceData reference, ReferenceAdministration offices,
                        MessageSource messages) {
        this.offices = offices;
        this.accounts = accounts;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping
    public String list(Model model) {
        return listPage(Map.of(), Map.of(), model);
    }

    @PostMapping
    public String create(@RequestParam Map<String, String> form, TextProblems problems, Locale locale, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        // Characters taken out of a field: next to it, and nothing created until the form comes again.
        Map<String, String> errors = new LinkedHashMap<>(problems.byField(locale));
        // A role that is not one is named here; the rules then refuse the missing role with the other fields' errors.
        Role role = role(form.get("role"), errors, locale);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(form, errors, model);
        }
        try {
            String username = accounts.create(new AccountAdministration.NewUser(form.get("username"), form.get("displayName"),
                    role, blankAsNull(form.get("office")), blankAsNull(form.get("agency")), form.get("password"), form.get("email"))).username();
            return PageNotice.redirect(redirect, "/admin/akun", "admin.accounts.created", username);
        } catch (InvalidInputException e) {
            pageErrors(e).forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return listPage(form, errors, model);
    }

    @GetMapping("/{username}")
    public String show(@PathVariable String username, Model model, HttpServletResponse response) {
        return accountPage(username, null, Map.of(), null, model, response);
    }

    /** Role, office or agency and name; office and agency as chosen, an empty choice being none. */
    @PostMapping("/{username}")
    public String change(@PathVariable String username, @RequestParam Map<String, String> form, TextProblems problems,
                         Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(problems.byField(locale));
        Role role = role(form.get("role"), errors, locale);
        String problem = null;
        try {
            if (errors.isEmpty()) {
                String changed = accounts.change(username, new AccountAdministration.UserChange(form.getOrDefault("displayName", ""),
                        role, form.getOrDefault("office", ""), form.getOrDefault("agency", ""), null, form.getOrDefault("email", ""))).username();
                return PageNotice.redirect(redirect, "/admin/akun/" + changed, "admin.account.changed", changed);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (InvalidInputException e) {
            pageErrors(e).forEach(errors::putIfAbsent);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ForbiddenException | ConflictException e) {
            problem = refused(e, response);
        }
        return accountPage(username, form, errors, problem, model, response);
    }

    @PostMapping("/{username}/aktif")
    public String enable(@PathVariable String username, @RequestParam(defaultValue = "") String enabled, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        boolean on = enabled.equals("true");
        try {
            String changed = accounts.change(username, new AccountAdministration.UserChange(null, null, null, null, on, null)).username();
            return PageNotice.redirect(redirect, "/admin/akun/" + changed,
                    on ? "admin.account.enabled" : "admin.account.disabled", changed);
        } catch (ForbiddenException | ConflictException e) {
            return accountPage(username, null, Map.of(), refused(e, response), model, response);
        }
    }

    @PostMapping("/{username}/sandi")
    public String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
                                TextProblems problems, Locale locale, Model model, HttpServletResponse response,
                                RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            // Characters taken out of the password: never set; said next to it (the password is never shown again).
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(username, null, problems.byField(locale), null, model, response);
        }
        try {
            accounts.resetPassword(username, password);
            String name = UserRepository.normalise(username);
            return PageNotice.redirect(redirect, "/admin/akun/" + name, "admin.account.passwordReset", name);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            // Every reason the password is refused, in one message next to the field.
            e.errors().forEach(f -> errors.merge(f.field(), f.in(Messages.currentLocale()).message(), (a, b) -> a + " " + b));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return accountPage(username, null, errors, null, model, response);
        }
    }

    @PostMapping("/{username}/buka-kunci")
    public String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(username);
        String name = UserRepository.normalise(username);
        return PageNotice.redirect(redirect, "/admin/akun/" + name, "admin.account.unlocked", name);
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(Model model, HttpServletResponse response) {
        model.addAttribute("me", CurrentUser.get());
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "admin/not-found";
    }

    private String listPage(Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("me", CurrentUser.get());
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        choices(model);
        return "admin/accounts";
    }

    /** An account's page; {@code form} is what was posted to change it (null: the account as it is). */
    private String accountPage(String username, Map<String, String> form, Map<String, String> errors, String problem,
                               Model model, HttpServletResponse response) {
        model.addAttribute("me", CurrentUser.get());
        UserRepository.UserRow account;
        try {
            account = accounts.get(username);
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "admin/not-found";
        }
        Map<String, String> values = form;
        if (values == null) {
            values = new LinkedHashMap<>();
            values.put("displayName", account.displayName());
            values.put("role", account.role().name());
            values.put("office", account.officeCode());
            values.put("agency", account.agencyCode());
            values.put("email", account.email());
        }
        model.addAttribute("account", account);
        model.addAttribute("locked", account.lockedUntil() != null && account.lockedUntil().isAfter(java.time.Instant.now()));
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        choices(model);
        return "admin/account";
    }

    private void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("offices", offices.offices());
        model.addAttribute("agencies", reference.agencies());
    }

    /** A role as chosen in the form: none is left to the rules to name; one that is not a role is refused here. */
    private Role role(String value, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.put("role", messages.getMessage("admin.error.role", null, locale));
            return null;
        }
    }

    private static String refused(MessageException e, HttpServletResponse response) {
        response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_FORBIDDEN);
        return e.message();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The refusals as the page says them: where a field is a list to choose from, the page's own words
     * ({@code admin.page.<code>}: "choose the office", not the API's "an office code is needed"), else the API's.
     */
    private static Map<String, String> pageErrors(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (id.netra.platform.FieldError f : e.errors()) {
            String own = f.code() == null ? null : Messages.orNull(Messages.currentLocale(), "admin.page." + f.code());
            byField.putIfAbsent(f.field(), own != null ? own : f.in(Messages.currentLocale()).message());
        }
        return byField;
    }
}
