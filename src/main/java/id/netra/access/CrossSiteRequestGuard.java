package id.netra.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.platform.Messages;
import id.netra.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A state-changing request that a browser says comes from another site ({@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}, or an {@code Origin} other than Netra's own or a configured one, {@code Origin: null} included)
 * is refused, whatever credentials it carries: a cookie, HTTP Basic cached by the browser, or none. Clients that are
 * not browsers send neither header and are not affected.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json;
    private final List<String> allowedOrigins;

    CrossSiteRequestGuard(ObjectMapper json, List<String> allowedOrigins) {
        this.json = json;
        this.allowedOrigins = allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT).replaceAll("/+$", "")).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            ProblemResponses.write(json, response, ProblemResponses.problem(ProblemResponses.CROSS_SITE, HttpStatus.FORBIDDEN,
                    Messages.current("problem.crossSite.title"), Messages.current("access.crossSite")));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The Origin decides when a browser sends one (a configured origin may be another site); else Sec-Fetch-Site. */
    boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            String normalised = origin.trim().toLowerCase(Locale.ROOT);
            return !normalised.equals(ownOrigin(request)) && !allowedOrigins.contains(normalised);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        try {
            return new URI(scheme, null, request.getServerName().toLowerCase(Locale.ROOT), defaultPort ? -1 : port, null, null, null)
                    .toString();
        } catch (java.net.URISyntaxException e) {
            return scheme + "://" + request.getServerName();
        }
    }
}
