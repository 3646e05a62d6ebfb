package id.netra.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/**
 * What a page's controller did not handle itself becomes the error page of its status ({@link ErrorPages}, through the
 * container's {@code /error}), never a stack trace and never the API's JSON. Before {@link ProblemHandler}.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Exception.class)
    void failed(Exception e, HttpServletResponse response) throws IOException {
        int status = e instanceof NotFoundException ? 404
                : e instanceof ForbiddenException || e instanceof org.springframework.security.access.AccessDeniedException ? 403
                : e instanceof ConflictException ? 409
                : e instanceof InvalidInputException || e instanceof org.springframework.beans.TypeMismatchException ? 400
                : e instanceof PayloadTooLargeException ? 413
                : e instanceof ErrorResponse r ? r.getStatusCode().value()
                : 500;
        if (status >= 500) {
            log.error("Unexpected error on a page", e);
        }
        response.sendError(status);
    }
}
