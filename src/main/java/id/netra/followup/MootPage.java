package id.netra.followup;

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
 * The case page's form to close a person's track as moot (retired, resigned, died): back to the case page with a notice,
 * or with the refusal beside the form and what was typed in it.
 */
@Controller
public class MootPage {

    private final MootTracks moot;

    public MootPage(MootTracks moot) {
        this.moot = moot;
    }

    @PostMapping("/perkara/{caseId}/terlapor/{personId}/tutup")
    public String close(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(defaultValue = "") String reason,
                        @RequestParam(defaultValue = "") String effectiveOn, @RequestParam(defaultValue = "") String notes,
                        RedirectAttributes redirect, Locale locale) {
        String page = "/perkara/" + caseId;
        try {
            MootTracks.Reason why = moot.close(CurrentUser.get(), caseId, personId, reason, effectiveOn, notes);
            return PageNotice.redirect(redirect, page + "#person-" + personId, "case.moot.done", Messages.in(locale, why.labelKey()));
        } catch (MessageException | InvalidInputException e) {
            redirect.addFlashAttribute("mootPerson", personId.toString());
            java.util.Map<String, String> fields = PageNotice.byField(e, locale);
            redirect.addFlashAttribute("mootError", fields.isEmpty() ? PageNotice.refusal(e, locale) : null);
            redirect.addFlashAttribute("mootErrors", fields);
            redirect.addFlashAttribute("mootReason", reason);
            redirect.addFlashAttribute("mootEffectiveOn", effectiveOn);
            redirect.addFlashAttribute("mootNotes", notes);
            return "redirect:" + page + "#moot-" + personId;
        }
    }
}
