package id.netra.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a signed-in officer gets, with the 403, for a page that is not theirs (the administration, for anyone but
 * an administrator); forwarded to by the officers' security chain, whatever the refused request's method.
 */
@Controller
@id.netra.platform.WebPage
public class DeniedPage {

    @RequestMapping(SecurityConfiguration.PAGE_DENIED)
    public String denied(Model model) {
        model.addAttribute("me", CurrentUser.get());
        return "officer/denied";
    }
}
