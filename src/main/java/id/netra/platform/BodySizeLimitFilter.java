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
 * Refuses request bodies over {@code netra.limits.max-body-bytes} with 413, whether declared or streamed. A page's file
 * upload (a multipart form posted outside the API) that declares more is sent back to its address with
 * {@code ?terlalu-besar} instead, for the page to say so next to its file field: a person gets a page, not JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    public BodySizeLimitFilter(@Value("${netra.limits.max-body-bytes}") long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            if (isPageUpload(request)) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", request.getContextPath() + request.getServletPath() + "?terlalu-besar");
                return;
            }
            if (ProblemHandler.wantsPage(request)) {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
            // Said in the request's language, whichever of the first filters runs first.
            java.util.Locale locale = WebPages.locale(request);
            org.springframework.http.ProblemDetail problem = ProblemHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    Messages.in(locale, "problem.status.title.413"), new PayloadTooLargeException(limit).message(locale));
            problem.setInstance(java.net.URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
            ProblemResponses.write(null, response, problem);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static boolean isPageUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                && !request.getServletPath().startsWith("/api/");
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
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
                            throw new PayloadTooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (count += n) > limit) {
                            throw new PayloadTooLargeException(limit);
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
