package id.netra.examination;

import id.netra.access.CurrentUser;
import id.netra.platform.MessageException;
import id.netra.platform.PageNotice;
import id.netra.reference.Agency;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.UUID;

/**
 * The case page's form to send a recommendation on to the PPK of the agency its person moved to: back to the case page
 * with a notice, or with the refusal beside the form and what was typed in it.
 */
@Controller
public class ReaddressPage {

    private final RecommendationReaddressing readdressing;

    public ReaddressPage(RecommendationReaddressing readdressing) {
        this.readdressing = readdressing;
    }

    @PostMapping("/perkara/{caseId}/terlapor/{personId}/alihkan")
    public String readdress(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(defaultValue = "") String agencyCode,
                            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        String page = "/perkara/" + caseId;
        try {
            Agency to = readdressing.readdress(CurrentUser.get(), caseId, personId, agencyCode, reason);
            return PageNotice.redirect(redirect, page + "#person-" + personId, "case.readdress.done", to.name());
        } catch (MessageException | id.netra.platform.InvalidInputException e) {
            redirect.addFlashAttribute("readdressPerson", personId.toString());
            redirect.addFlashAttribute("readdressError", PageNotice.refusal(e, locale));
            redirect.addFlashAttribute("readdressAgency", agencyCode);
            redirect.addFlashAttribute("readdressReason", reason);
            return "redirect:" + page + "#readdress-" + personId;
        }
    }
}
