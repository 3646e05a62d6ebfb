package id.netra.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request's path and parameters (the query string, a sign-in form) hold no control or invalid Unicode characters:
 * refused with a 400 naming the parameter before anything reads them, so that no {@code q=a%00b} reaches the
 * database. Bodies are checked where they are read ({@link TextInputModule}).
 *
 * <p>A page's form (outside {@code /api/}) whose handler shows such problems itself ({@link TextProblems}: it takes
 * them as an argument) is not refused: it is passed on with those characters taken out of the values and the fields
 * named, so that the person gets the form back as typed, with the error next to the field. Anything else — the API, a
 * handler that does not take them, the sign-in form the security chain reads, a parameter's name or the path holding
 * such characters — is refused as before. A {@link OneLineForm}'s page gets each value also as a one-line text, each
 * change named the same way.
 *
 * <p>Every value passed on is {@link TextRules#normalised}, as the API's JSON texts are ({@link TextInputModule}): what a
 * page's form and the API say of a text's length, and what is stored, is the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestTextFilter extends OncePerRequestFilter {

    /** Why Tomcat could not read the parameters, if it could not ({@code Globals.PARAMETER_PARSE_FAILED_REASON_ATTR}). */
    private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed_reason";

    private final ObjectMapper json;
    private final ObjectProvider<HandlerMapping> controllers;
    private final long formLimit;

    public RequestTextFilter(ObjectMapper json,
                             @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers,
                             @org.springframework.beans.factory.annotation.Value("${netra.limits.max-form-bytes}") long formLimit) {
        this.json = json;
        this.controllers = controllers;
        this.formLimit = formLimit;
    }

    /**
     * The handler the request goes to when it is a page's (not the API's) that shows text problems on its page, else
     * null. Asked of the controllers' mapping with the request's attributes kept apart, as the dispatcher will ask it
     * again; no handler (a form the security chain reads), or any doubt, is a no.
     */
    private Object pageHandler(HttpServletRequest request) {
        HandlerMapping mapping = controllers.getIfAvailable();
        if (mapping == null || request.getServletPath().startsWith("/api/")) {
            return null;
        }
        HttpServletRequest probe = new HttpServletRequestWrapper(request) {
            private final Map<String, Object> attributes = new java.util.HashMap<>();

            @Override
            public Object getAttribute(String name) {
                return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
            }

            @Override
            public void setAttribute(String name, Object value) {
                attributes.put(name, value);
            }

            @Override
            public void removeAttribute(String name) {
                attributes.put(name, null);
            }
        };
        try {
            ServletRequestPathUtils.parseAndCache(probe);
            HandlerExecutionChain handler = mapping.getHandler(probe);
            return handler != null && TextProblems.shownBy(handler.getHandler()) ? handler.getHandler() : null;
        } catch (Exception e) {
            // no such page, not this method: refused as before
            return null;
        }
    }

    /**
     * The parameters of a {@link OneLineForm}'s page as one-line texts ({@link TextRules#oneLine}; a password as it
     * came), each value changed so said in {@code changes} ({@link TextProblems#oneLine}).
     */
    private static Map<String, String[]> oneLine(Map<String, String[]> parameters, List<FieldError> changes) {
        return mapped(parameters, (name, v) -> TextRules.verbatim(name) ? v : TextProblems.oneLine(name, v, changes));
    }

    /**
     * The parameters with each value passed through {@code each} (given the parameter's name and the value); the same
     * map when no value changes.
     */
    private static Map<String, String[]> mapped(Map<String, String[]> raw, java.util.function.BinaryOperator<String> each) {
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, String[]> p : raw.entrySet()) {
            String[] values = java.util.Arrays.stream(p.getValue()).map(v -> each.apply(p.getKey(), v)).toArray(String[]::new);
            changed |= !java.util.Arrays.equals(values, p.getValue());
            out.put(p.getKey(), values);
        }
        return changed ? java.util.Collections.unmodifiableMap(out) : raw;
    }

    /** A value as a controller reads it ({@link TextRules#normalised}; a password as it came). */
    private static String normalised(String name, String value) {
        return TextRules.verbatim(name) ? value : TextRules.normalised(value);
    }

    /** A request whose parameters' values are read as given: cleaned, normalised. */
    private static final class CleanedRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        CleanedRequest(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }
    }

    /**
     * A page's multipart form (a task's form, the holiday upload) is read here, before the security chain looks for its CSRF field:
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
            // A browser gets the error page, by an error dispatch: told that the form could not be read, the dispatcher
            // does not read it again there (which would fail again, as a server error).
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                    new org.springframework.web.multipart.MultipartException("unreadable multipart form", e));
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
        String lowerType = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).strip();
        if (BodySizeLimitFilter.isEvidenceUpload(request)
                && (lowerType.startsWith("application/x-www-form-urlencoded") || lowerType.startsWith("multipart/"))) {
            // An evidence file is the body itself: a form would be read here as parameters (and lost to the store).
            FieldError error = FieldError.of("file", "evidence.file.rawBody").in(Messages.currentLocale());
            org.springframework.http.ProblemDetail pd = ProblemHandler.problem(org.springframework.http.HttpStatus.BAD_REQUEST,
                    Messages.current("problem.invalid.title"), error.message());
            pd.setProperty("errors", List.of(error));
            ProblemResponses.write(json, request, response, pd);
            return;
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
        if (String.valueOf(request.getAttribute(PARSE_FAILED)).equals("POST_TOO_LARGE")) {
            // A URL-encoded form streamed past its limit (server.tomcat.max-http-form-post-size, the body-size filter's
            // form limit): Tomcat read none of it. A 413 as for one that declared its length, not a form read as empty.
            BodySizeLimitFilter.tooLarge(request, response, formLimit);
            return;
        }
        // The parameters whose names are acceptable but whose values are not: a page's form may get them back cleaned.
        List<String> cleanable = new ArrayList<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            boolean nameOk = TextRules.acceptable(p.getKey(), false);
            String field = nameOk ? p.getKey() : "query";
            for (String v : p.getValue()) {
                // A value may hold line breaks and tabs (a text area's paragraphs): where a field must be one line, its
                // own validation says so, next to it.
                String problem = nameOk ? TextRules.problem(v, true) : TextRules.CONTROL;
                if (problem != null) {
                    errors.add(FieldError.of(field.length() > 60 ? field.substring(0, 60) : field, problem));
                    if (nameOk) {
                        cleanable.add(p.getKey());
                    }
                    break;
                }
            }
        }
        // A value that is no one-line text (a text area's paragraphs, a pasted joiner) may be a one-line form's field.
        boolean notOneLine = errors.isEmpty() && parameters.entrySet().stream().anyMatch(p -> !TextRules.verbatim(p.getKey())
                && java.util.Arrays.stream(p.getValue()).anyMatch(v -> !TextRules.acceptable(v, false)));
        Object page = (!errors.isEmpty() && cleanable.size() == errors.size()) || notOneLine ? pageHandler(request) : null;
        if (page != null && (!errors.isEmpty() || TextProblems.oneLineForm(page))) {
            // A page that shows its form again: the values without the refused characters, each field named; a one-line
            // form's values also as one-line texts, each change named.
            Map<String, String[]> kept = mapped(parameters, (name, v) -> normalised(name, TextRules.withoutRefused(v)));
            List<FieldError> changes = new ArrayList<>();
            if (TextProblems.oneLineForm(page)) {
                kept = oneLine(kept, changes);
            }
            HttpServletRequest cleaned = new CleanedRequest(request, kept);
            cleaned.setAttribute(TextProblems.ATTRIBUTE, new TextProblems(cleanable, changes));
            chain.doFilter(cleaned, response);
            return;
        }
        if (!errors.isEmpty()) {
            ProblemResponses.write(json, request, response, ProblemHandler.invalid(errors));
            return;
        }
        // Every page and API parameter is read as Netra keeps a text (its line breaks as the browser counted them).
        Map<String, String[]> normalised = mapped(parameters, RequestTextFilter::normalised);
        chain.doFilter(normalised == parameters ? request : new CleanedRequest(request, normalised), response);
    }
}
