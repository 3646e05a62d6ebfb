package id.netra.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's confirmation after a change, post-redirect-get: the message key and its arguments (at most two) go with
 * the redirect as flash attributes (kept in the session for the next request only), and the page shows them as
 * {@code notice}, {@code noticeArg} and {@code noticeArg2}.
 */
public final class PageNotice {

    private PageNotice() {
    }

    /** Redirects to {@code path}, where the notice {@code key} with {@code arguments} is shown once. */
    public static String redirect(RedirectAttributes redirect, String path, String key, Object... arguments) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArg", arguments.length > 0 ? arguments[0] : null);
        redirect.addFlashAttribute("noticeArg2", arguments.length > 1 ? arguments[1] : null);
        return "redirect:" + path;
    }
}
