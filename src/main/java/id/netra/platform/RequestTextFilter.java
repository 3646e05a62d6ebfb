package id.netra.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request's path and parameters (the query string, a sign-in form) hold no control or invalid Unicode characters:
 * refused with a 400 naming the parameter before anything reads them, so that no {@code q=a%00b} reaches the
 * database. Bodies are checked where they are read ({@link TextInputModule}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestTextFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    public RequestTextFilter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A page's multipart form (the holiday upload) is read here, before the security chain looks for its CSRF field:
     * one that cannot be read (broken, or over the size limit while streamed) is answered here, 400 or 413, rather
     * than failing again wherever it is read next (the error page included), as a server error.
     */
    private boolean readablePageForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                || request.getServletPath().startsWith("/api/")) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (ServletException | IOException | IllegalStateException e) {
            boolean tooLarge = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                tooLarge |= t.getClass().getSimpleName().endsWith("LimitExceededException");
            }
            org.springframework.http.ProblemDetail pd = tooLarge
                    ? ProblemHandler.problem(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE,
                    Messages.current("problem.status.title.413"), Messages.current("input.form.tooLarge"))
                    : ProblemHandler.invalid(List.of(FieldError.of("request", "input.form.unreadable")));
            ProblemResponses.write(json, request, response, pd);
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank()) {
            // A content type Spring cannot read (a wildcard, a syntax error) is the client's mistake, named as such
            // (the problem's code in the catalogue).
            String problem = null;
            try {
                org.springframework.http.MediaType type = org.springframework.http.MediaType.parseMediaType(contentType);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    problem = "problem.contentType.wildcard";
                }
                type.getCharset();
            } catch (IllegalArgumentException e) {
                problem = "problem.contentType.unreadable";
            }
            if (problem != null) {
                FieldError error = FieldError.of("Content-Type", problem).in(Messages.currentLocale());
                org.springframework.http.ProblemDetail pd = ProblemHandler.problem(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        Messages.current("problem.status.title.415"), error.message());
                pd.setProperty("errors", List.of(error));
                ProblemResponses.write(json, request, response, pd);
                return;
            }
        }
        if (!readablePageForm(request, response)) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!TextRules.acceptable(path, false)) {
            errors.add(FieldError.of("path", TextRules.CONTROL));
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            parameters = Map.of();
            errors.add(FieldError.of("query", "input.parameters"));
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            boolean nameOk = TextRules.acceptable(p.getKey(), false);
            String field = nameOk ? p.getKey() : "query";
            for (String v : p.getValue()) {
                // A value may hold line breaks and tabs (a text area's paragraphs): where a field must be one line, its
                // own validation says so, next to it.
                String problem = nameOk ? TextRules.problem(v, true) : TextRules.CONTROL;
                if (problem != null) {
                    errors.add(FieldError.of(field.length() > 60 ? field.substring(0, 60) : field, problem));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            ProblemResponses.write(json, request, response, ProblemHandler.invalid(errors));
            return;
        }
        chain.doFilter(request, response);
    }
}
