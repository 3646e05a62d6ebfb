package id.netra.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

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

    /**
     * What a page says beside its form when a service refused the change: the refusal's message, or for bad input the
     * message of each field refused, in {@code locale}.
     */
    /** Bad input's message per field, in {@code locale}, for the page to show beside each field; empty otherwise. */
    public static java.util.Map<String, String> byField(RuntimeException refused, Locale locale) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (refused instanceof InvalidInputException invalid) {
            invalid.errors().forEach(e -> out.putIfAbsent(e.field(), e.in(locale).message()));
        }
        return out;
    }

    public static String refusal(RuntimeException refused, Locale locale) {
        if (refused instanceof MessageException m) {
            return m.message(locale);
        }
        if (refused instanceof InvalidInputException invalid) {
            return String.join(" ", invalid.errors().stream().map(e -> e.in(locale).message()).distinct().toList());
        }
        throw refused;
    }
}
