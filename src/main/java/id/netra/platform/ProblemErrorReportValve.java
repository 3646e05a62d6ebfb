package id.netra.platform;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * Tomcat's own error pages (a request line or header Tomcat cannot parse, answered before any servlet runs) as problem
 * details instead of Tomcat's HTML page with its version. Installed on the host by {@link ServletContainerSettings}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // Answered before any servlet has read the request: in the default language.
        ProblemDetail problem = ProblemErrorController.problem(status, Messages.INDONESIAN);
        try {
            response.resetBuffer();
            ProblemResponses.write(null, response.getResponse(), problem);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed: nothing more to say.
        }
    }
}
