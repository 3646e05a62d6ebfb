package id.netra.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
        ProblemDetail problem = problem(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/") && path.length() < 300) {
            problem.setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The container's refusal; a 400 there is about the request line or a header, named as the field at fault. */
    static ProblemDetail problem(HttpStatus status) {
        ProblemDetail problem = ProblemHandler.problem(status, title(status), detail(status));
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", java.util.List.of(new FieldError("request", detail(status))));
        }
        return problem;
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Permintaan tidak valid";
            case UNAUTHORIZED -> "Belum masuk";
            case FORBIDDEN -> "Ditolak";
            case NOT_FOUND -> "Tidak ditemukan";
            case METHOD_NOT_ALLOWED -> "Metode tidak diizinkan";
            case PAYLOAD_TOO_LARGE -> "Terlalu besar";
            case UNSUPPORTED_MEDIA_TYPE -> "Jenis isi tidak didukung";
            case TOO_MANY_REQUESTS -> "Terlalu banyak permintaan";
            case NOT_IMPLEMENTED, HTTP_VERSION_NOT_SUPPORTED -> "Tidak didukung";
            default -> status.is4xxClientError() ? "Permintaan ditolak" : "Kesalahan sistem";
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Permintaan tidak dapat dibaca: alamat, header atau isinya tidak valid.";
            case NOT_FOUND -> "Alamat yang diminta tidak ada.";
            case UNAUTHORIZED -> "Masuk dengan akun Netra untuk mengakses sumber daya ini.";
            case FORBIDDEN -> "Anda tidak berwenang melakukan tindakan ini.";
            case METHOD_NOT_ALLOWED -> "Metode HTTP ini tidak didukung pada alamat ini.";
            case PAYLOAD_TOO_LARGE -> "Isi permintaan melebihi batas.";
            case NOT_IMPLEMENTED -> "Cara pengiriman permintaan ini (misalnya Transfer-Encoding) tidak didukung.";
            case HTTP_VERSION_NOT_SUPPORTED -> "Versi HTTP ini tidak didukung.";
            default -> status.is4xxClientError() ? "Permintaan ditolak."
                    : "Terjadi kesalahan pada sistem. Permintaan tidak diproses; silakan coba lagi.";
        };
    }
}
