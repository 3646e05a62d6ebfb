package id.netra.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * An error page shown to a signed-in officer keeps the officer's header (name, role, office, inbox, search, sign-out),
 * as every page they work in: {@code me} for {@link id.netra.platform.ErrorPages}, null for anyone else.
 */
@ControllerAdvice(assignableTypes = id.netra.platform.ErrorPages.class)
class SignedInErrorPages {

    @ModelAttribute("me")
    NetraUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof UserAccount account ? account.user() : null;
    }
}
