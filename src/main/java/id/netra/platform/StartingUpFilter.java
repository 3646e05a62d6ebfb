package id.netra.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Ready means ready: until the start-up work is done — migrations, the engine's indexes, the upgrade of running cases,
 * the demo accounts (each an application runner or a ready-event listener, all run before Spring Boot declares the
 * application ready) — and again while it shuts down, every request but the health probes is answered 503 with
 * {@code Retry-After}, in the problem format and the request's language (a browser: the error page), rather than
 * reaching a half-started application (a sign-in refused 401 because its account was not created yet). The readiness
 * probe ({@code /actuator/health/readiness}) says the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartingUpFilter extends OncePerRequestFilter {

    public static final URI STARTING_UP = URI.create("urn:netra:problem:not-ready");
    static final String RETRY_AFTER_SECONDS = "10";

    private final ApplicationAvailability availability;

    public StartingUpFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        java.util.Locale locale = WebPages.locale(request);
        org.springframework.http.ProblemDetail problem = ProblemResponses.problem(STARTING_UP, HttpStatus.SERVICE_UNAVAILABLE,
                Messages.in(locale, "problem.notReady.title"), Messages.in(locale, "problem.notReady.detail"));
        problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
        ProblemResponses.write(null, request, response, problem);
    }
}
