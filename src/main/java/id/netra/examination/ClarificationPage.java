package id.netra.examination;

import id.netra.access.CurrentUser;
import id.netra.platform.InvalidInputException;
import id.netra.platform.MessageException;
import id.netra.platform.Messages;
import id.netra.platform.PageNotice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.UUID;

/**
 * The case page's form to ask for clarification on a person under examination: back to the case page with a notice, or
 * with the refusal beside the form and what was typed in it.
 */
@Controller
public class ClarificationPage {

    private final Clarifications clarifications;

    public ClarificationPage(Clarifications clarifications) {
        this.clarifications = clarifications;
    }

    @PostMapping("/perkara/{caseId}/terlapor/{personId}/klarifikasi")
    public String request(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(defaultValue = "") String addressee,
                          @RequestParam(defaultValue = "") String letterNumber, @RequestParam(defaultValue = "") String questions,
                          RedirectAttributes redirect, Locale locale) {
        String page = "/perkara/" + caseId;
        try {
            Clarifications.Addressee to = clarifications.request(CurrentUser.get(), caseId, personId, addressee, letterNumber, questions);
            return PageNotice.redirect(redirect, page + "#person-" + personId, "case.clarification.done", Messages.in(locale, to.labelKey()));
        } catch (MessageException | InvalidInputException e) {
            redirect.addFlashAttribute("clarificationPerson", personId.toString());
            java.util.Map<String, String> fields = PageNotice.byField(e, locale);
            redirect.addFlashAttribute("clarificationError", fields.isEmpty() ? PageNotice.refusal(e, locale) : null);
            redirect.addFlashAttribute("clarificationErrors", fields);
            redirect.addFlashAttribute("clarificationAddressee", addressee);
            redirect.addFlashAttribute("clarificationLetter", letterNumber);
            redirect.addFlashAttribute("clarificationQuestions", questions);
            return "redirect:" + page + "#clarification-" + personId;
        }
    }
}
