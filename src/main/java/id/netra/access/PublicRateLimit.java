package id.netra.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.netra.platform.Messages;
import id.netra.platform.ProblemHandler;
import id.netra.platform.ProblemResponses;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Rate limiting of the public endpoints per client address (token buckets, Bucket4j): a flood of reports or of
 * access-code guesses gets 429 with {@code Retry-After}. Behind a reverse proxy set
 * {@code server.forward-headers-strategy} so that the client's address, not the proxy's, is the key; IPv6 clients are
 * counted by their /64 ({@link ClientAddress}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PublicRateLimit extends OncePerRequestFilter {

    @Validated
    @ConfigurationProperties("netra.security.public-rate-limit")
    public record Settings(boolean enabled, @Min(1) int requests, Duration per) {
    }

    private final Settings settings;
    private final ObjectMapper json;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(1, TimeUnit.HOURS).build();

    public PublicRateLimit(Settings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The path as Spring Security and Spring MVC match it (decoded and normalised by the container), not the raw
        // request URI: /api/v1/%70ublic/... and /api/v1//public/... are the public endpoints too.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !settings.enabled() || !(path.startsWith("/api/v1/public/") || isPublicPagePost(request, path));
    }

    /** The public pages' posts (a report, a status asked for with an access code) count like the API's. */
    private static boolean isPublicPagePost(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && (path.equals("/lapor") || path.startsWith("/lapor/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(ClientAddress.key(request), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.requests()).refillGreedy(settings.requests(), settings.per()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isPublicPagePost(request, path) && ProblemHandler.wantsPage(request)) {
            // A person at a page reads a page, not a problem document: the error page, in the site's layout and the
            // reader's language, says how long to wait (the Retry-After above) and links back to the form.
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemResponses.write(json, response, ProblemResponses.problem(ProblemResponses.TOO_MANY_REQUESTS,
                HttpStatus.TOO_MANY_REQUESTS, Messages.current("problem.status.title.429"),
                Messages.current("access.tooManyRequests", retryAfter)));
    }
}
