package id.netra.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies over their limit with 413, whether declared or streamed: a URL-encoded form (read whole into
 * memory) over {@code netra.limits.max-form-bytes}, a CSV file (the holidays' import) over
 * {@code netra.limits.max-upload-bytes}, an evidence file (posted as the body itself) over
 * {@code netra.evidence.max-file-size}, any other body (JSON, a multipart form) over {@code netra.limits.max-body-bytes}.
 * The limits are computed from what the forms and bodies declare (docs/security.md). A person gets the error page in
 * their language, which says to shorten the longest text and leads back to the form; a client gets problem JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /**
     * Where an evidence file is posted (the file itself is the body): the reporter's, an officer's at a task, and the
     * task page's (its script sends the chosen file so).
     */
    private static final java.util.regex.Pattern EVIDENCE = java.util.regex.Pattern.compile(
            "/api/v1/(public/reports|tasks)/[^/]+/evidence|/tugas/[^/]+/bukti");

    private final long formLimit;
    private final long uploadLimit;
    private final long bodyLimit;
    private final long evidenceLimit;

    public BodySizeLimitFilter(@Value("${netra.limits.max-form-bytes}") long formLimit,
                               @Value("${netra.limits.max-upload-bytes}") long uploadLimit,
                               @Value("${netra.limits.max-body-bytes}") long bodyLimit,
                               @Value("${netra.evidence.max-file-size:200MB}") org.springframework.util.unit.DataSize evidenceLimit) {
        this.formLimit = formLimit;
        this.uploadLimit = uploadLimit;
        this.bodyLimit = bodyLimit;
        this.evidenceLimit = evidenceLimit.toBytes();
    }

    /** Whether the request posts an evidence file (its body is the file itself). */
    static boolean isEvidenceUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && EVIDENCE.matcher(request.getRequestURI()).matches();
    }

    /** The limit of this request's body, by its address (an evidence file's) and else by its content type. */
    long limit(HttpServletRequest request) {
        if (isEvidenceUpload(request)) {
            return evidenceLimit;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT).strip();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return formLimit;
        }
        return type.startsWith("text/csv") ? uploadLimit : bodyLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request);
        PayloadTooLargeException over = isEvidenceUpload(request) ? new PayloadTooLargeException("evidence.tooLarge.file", limit, "file")
                : new PayloadTooLargeException(limit);
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit, over);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit, over), response);
    }

    /** The 413: the error page for a browser, else problem JSON naming the limit, in the request's language. */
    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        tooLarge(request, response, limit, new PayloadTooLargeException(limit));
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit, PayloadTooLargeException over)
            throws IOException {
        if (ProblemHandler.wantsPage(request)) {
            // The page is drawn by an error dispatch: told that the form is over its size, the dispatcher does not try to
            // read a multipart form there (which failed, and answered problem JSON instead of the page).
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                    new org.springframework.web.multipart.MaxUploadSizeExceededException(limit));
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        // Said in the request's language, whichever of the first filters runs first.
        java.util.Locale locale = WebPages.locale(request);
        org.springframework.http.ProblemDetail problem = ProblemHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                Messages.in(locale, "problem.status.title.413"), over.message(locale));
        if (over.field() != null) {
            problem.setProperty("errors", java.util.List.of(new FieldError(over.field(), over.message(locale), over.code(), null)));
        }
        problem.setInstance(java.net.URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
        ProblemResponses.write(null, response, problem);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private final PayloadTooLargeException over;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit, PayloadTooLargeException over) {
            super(request);
            this.limit = limit;
            this.over = over;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++count > limit) {
                            throw over;
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (count += n) > limit) {
                            throw over;
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
