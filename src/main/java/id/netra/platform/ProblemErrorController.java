package id.netra.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * {@code /error}, where the servlet container sends what failed outside Spring MVC (a filter's {@code sendError}, a
 * request the firewall rejected): problem details like every other answer, never Spring Boot's own error body.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = {"application/problem+json", "application/json", "*/*"})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail problem = problem(status, Messages.currentLocale());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/") && path.length() < 300) {
            problem.setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The container's refusal; a 400 there is about the request line or a header, named as the field at fault. */
    static ProblemDetail problem(HttpStatus status, Locale locale) {
        ProblemDetail problem = ProblemHandler.problem(status, title(status, locale), detail(status, locale));
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", java.util.List.of(FieldError.of("request", "problem.status.detail.400").in(locale)));
        }
        return problem;
    }

    /** The title of a refusal with {@code status} ({@code problem.status.title.*}). */
    static String title(HttpStatus status, Locale locale) {
        String key = switch (status) {
            case BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
                 TOO_MANY_REQUESTS -> String.valueOf(status.value());
            case NOT_IMPLEMENTED, HTTP_VERSION_NOT_SUPPORTED -> "501";
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
        return Messages.in(locale, "problem.status.title." + key);
    }

    /** What a refusal with {@code status} means ({@code problem.status.detail.*}). */
    static String detail(HttpStatus status, Locale locale) {
        String key = switch (status) {
            case BAD_REQUEST, NOT_FOUND, UNAUTHORIZED, FORBIDDEN, METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE, NOT_IMPLEMENTED,
                 HTTP_VERSION_NOT_SUPPORTED -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
        return Messages.in(locale, "problem.status.detail." + key);
    }
}
