package id.netra.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officers' sign-in page; it says why one is there: a failed sign-in, a session that ended, a sign-out. */
@Controller
@id.netra.platform.WebPage
public class SignInPage {

    @GetMapping(SecurityConfiguration.PAGE_LOGIN)
    public String signIn(@RequestParam(required = false) String gagal, @RequestParam(required = false) String berakhir,
                         @RequestParam(required = false) String keluar, Model model) {
        model.addAttribute("notice", gagal != null ? "signin.failed" : berakhir != null ? "signin.ended"
                : keluar != null ? "signin.signedOut" : null);
        model.addAttribute("problem", gagal != null || berakhir != null);
        return "officer/signin";
    }
}
