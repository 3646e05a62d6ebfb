package id.netra.bawaslu;

import id.netra.access.CurrentUser;
import id.netra.platform.InvalidInputException;
import id.netra.platform.MessageException;
import id.netra.platform.PageNotice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.UUID;

/**
 * The case page's form for the one extension of the assessment deadline (the API's
 * {@code POST /cases/{id}/assessment-extension}): back to the case page with a notice, or with the refusal beside the
 * form and the reason as typed.
 */
@Controller
public class AssessmentExtensionPage {

    private final BawasluService bawaslu;

    public AssessmentExtensionPage(BawasluService bawaslu) {
        this.bawaslu = bawaslu;
    }

    @PostMapping("/perkara/{caseId}/perpanjang")
    public String extend(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                         Locale locale) {
        String page = "/perkara/" + caseId;
        try {
            bawaslu.extendAssessment(CurrentUser.get(), caseId, reason);
            return PageNotice.redirect(redirect, page, "case.extension.done");
        } catch (MessageException | InvalidInputException e) {
            redirect.addFlashAttribute("extensionError", PageNotice.refusal(e, locale));
            redirect.addFlashAttribute("extensionReason", reason);
            return "redirect:" + page + "#extension";
        }
    }
}
