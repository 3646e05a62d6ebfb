package id.netra.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/**
 * Problem details written by filters, which answer before Spring MVC's {@link ProblemHandler} is reached, and the
 * problem types that a client may need to tell apart (a CSRF refusal from a role refusal, a throttle from a
 * validation error).
 */
public final class ProblemResponses {

    public static final URI CSRF = URI.create("urn:netra:problem:csrf-token");
    public static final URI CROSS_SITE = URI.create("urn:netra:problem:cross-site-request");
    public static final URI FORBIDDEN = URI.create("urn:netra:problem:forbidden");
    public static final URI UNAUTHENTICATED = URI.create("urn:netra:problem:unauthenticated");
    public static final URI SESSION_ENDED = URI.create("urn:netra:problem:session-ended");
    public static final URI TOO_MANY_REQUESTS = URI.create("urn:netra:problem:too-many-requests");
    public static final URI TOO_MANY_LOGINS = URI.create("urn:netra:problem:too-many-login-attempts");
    public static final URI INVALID_INPUT = URI.create("urn:netra:problem:invalid-input");
    /** A sign-in refused: wrong account name or password, or a disabled account (which is not told apart). */
    public static final URI SIGN_IN_FAILED = URI.create("urn:netra:problem:sign-in-failed");
    /** A sign-in refused because the account is locked after failed attempts, even with the right password. */
    public static final URI ACCOUNT_LOCKED = URI.create("urn:netra:problem:account-locked");
    /** A sign-in sent as neither a form nor JSON. */
    public static final URI SIGN_IN_CONTENT_TYPE = URI.create("urn:netra:problem:sign-in-content-type");

    /** For writers that have no Spring-configured mapper at hand (the servlet container's error valve). */
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, org.springframework.http.converter.json.ProblemDetailJacksonMixin.class).build();

    private ProblemResponses() {
    }

    public static ProblemDetail problem(URI type, HttpStatusCode status, String title, String detail) {
        ProblemDetail pd = ProblemHandler.problem(status, title, detail);
        pd.setType(type);
        return pd;
    }

    /**
     * The problem as JSON, or, for a browser asking for a page outside the API ({@link ProblemHandler#wantsPage}), the
     * error page of its status.
     */
    public static void write(ObjectMapper json, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                             ProblemDetail problem) throws IOException {
        if (ProblemHandler.wantsPage(request)) {
            response.sendError(problem.getStatus());
            return;
        }
        if (problem.getInstance() == null) {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        }
        write(json, response, problem);
    }

    public static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null
                && org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes current) {
            // As Spring MVC says it for a controller's problem: the path the problem is about.
            problem.setInstance(java.net.URI.create(current.getRequest().getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        (json == null ? PLAIN : json).writeValue(response.getOutputStream(), problem);
    }
}
