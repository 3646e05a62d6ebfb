package id.netra.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.netra.platform.Messages;
import id.netra.platform.ProblemResponses;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in attempts are throttled per client, not only per account: {@code failures} failed sign-ins from one client
 * (over any number of account names: password spraying) within {@code per} and its further sign-in attempts — a
 * sign-in form or HTTP Basic credentials — answer 429 with {@code Retry-After} until the window refills. The lockout
 * of one account ({@link LoginLockout}) stays as it is.
 */
@Component
public class LoginThrottle {

    @Validated
    @ConfigurationProperties("netra.security.login-throttle")
    public record Settings(boolean enabled, @Min(1) int failures, Duration per) {
    }

    private final Settings settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(1, TimeUnit.HOURS).build();

    public LoginThrottle(Settings settings) {
        this.settings = settings;
    }

    private Bucket bucket(String client) {
        return buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.failures()).refillGreedy(settings.failures(), settings.per()).build())
                .build());
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (settings.enabled() && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            bucket(ClientAddress.key(details.getRemoteAddress())).tryConsume(1);
        }
    }

    /** Seconds until this client may try again, or 0 when it may now. */
    long waitSeconds(String client) {
        if (!settings.enabled()) {
            return 0;
        }
        Bucket bucket = buckets.getIfPresent(client);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()) + 1);
    }

    /** In the security chain before the authentication filters: a throttled client's credentials are not even checked. */
    OncePerRequestFilter filter(ObjectMapper json, String loginUrl) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String authorization = request.getHeader("Authorization");
                boolean signsIn = (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                        || ("POST".equals(request.getMethod()) && loginUrl.equals(request.getServletPath()));
                long wait = signsIn ? waitSeconds(ClientAddress.key(request)) : 0;
                if (wait > 0) {
                    response.setHeader("Retry-After", Long.toString(wait));
                    if (SecurityConfiguration.PAGE_LOGIN.equals(loginUrl)) {
                        // The officers' sign-in page: the error page says it in the user's language.
                        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                        return;
                    }
                    ProblemResponses.write(json, response, ProblemResponses.problem(ProblemResponses.TOO_MANY_LOGINS,
                            HttpStatus.TOO_MANY_REQUESTS, Messages.current("problem.tooManyLogins.title"),
                            Messages.current("access.tooManyLogins", wait)));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
