package id.netra.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's landing page ({@code /admin}): one link to each section of the administration. */
@Controller
@id.netra.platform.WebPage
public class AdministrationPage {

    @GetMapping("/admin")
    public String home(Model model) {
        model.addAttribute("me", CurrentUser.get());
        return "admin/home";
    }
}
