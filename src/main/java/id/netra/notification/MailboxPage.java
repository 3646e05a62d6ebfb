package id.netra.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's mailbox page ({@code /admin/surat-keluar}): the latest 200 messages Netra composed, each with
 * its recipient, subject, body and how its delivery stands — where an installation without a mail server (the embedded
 * default) reads what it would have sent.
 */
@Controller
class MailboxPage {

    private final MailOutbox outbox;

    MailboxPage(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/surat-keluar")
    String mailbox(Model model) {
        model.addAttribute("messages", outbox.latest(200));
        return "admin/mailbox";
    }
}
