package id.netra.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error} for a browser (it asks for {@code text/html}): what went wrong in plain words from the message
 * catalogue, in the user's language, with a way back — never a stack trace, never JSON on a page. Everything else
 * gets {@link ProblemErrorController}'s problem details.
 */
@Controller
public class ErrorPages {

    @RequestMapping(value = "/error", produces = "text/html")
    public String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        response.setStatus(status.value());
        String key = switch (status) {
            case BAD_REQUEST, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE ->
                    String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        model.addAttribute("status", status.value());
        model.addAttribute("key", key);
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("back", status == HttpStatus.PAYLOAD_TOO_LARGE || status == HttpStatus.TOO_MANY_REQUESTS ? back(request) : null);
        model.addAttribute("retryAfter", status == HttpStatus.TOO_MANY_REQUESTS ? seconds(response.getHeader("Retry-After")) : null);
        return "error-page";
    }

    /** The seconds a refusal's {@code Retry-After} asks to wait, or null when it names none. */
    private static Long seconds(String retryAfter) {
        return retryAfter != null && retryAfter.matches("[0-9]{1,9}") ? Long.valueOf(retryAfter) : null;
    }

    /**
     * Where a form too large to take (or sent too often) was sent from, for a link back to it: the page the browser says it came from
     * (its path on this site only), else the address the form was sent to. A link, not a script: pages run none.
     */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI from = new java.net.URI(referer);
                String path = from.getRawPath();
                if (onThisSite(path)) {
                    return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (java.net.URISyntaxException e) {
                // not an address: the form's own
            }
        }
        Object sentTo = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return sentTo instanceof String s && onThisSite(s) ? s : request.getContextPath() + "/";
    }

    /** A path of this site: not another's ({@code //host}, {@code /\host}), not a scheme. */
    private static boolean onThisSite(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
    }
}
