package id.netra.letter;

import id.netra.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A letter's verification, for anyone holding it (its QR code's address, no account): its number, date, issuing office
 * and SHA-256 — nothing else of the case — as a public page ({@value #PATH}{@code <code>}, where the reader may also
 * check a file against the SHA-256 in the browser) and as the API's {@code GET /api/v1/public/letters/{code}}.
 */
@Controller
class LetterVerificationPage {

    static final String PATH = "/verifikasi/";
    private static final Pattern CODE = Pattern.compile("[0-9a-f]{40}");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** What a verification tells: the letter's number, the day it was issued, its issuer, its document's SHA-256. */
    record Verification(String number, LocalDate issuedOn, String issuer, String sha256) {
    }

    private final LetterDocuments documents;

    LetterVerificationPage(LetterDocuments documents) {
        this.documents = documents;
    }

    private Optional<Verification> find(String code) {
        // Typed from paper, perhaps in capitals: the code is its hex digits, whatever their case.
        String typed = code == null ? null : code.strip().toLowerCase(java.util.Locale.ROOT);
        if (typed == null || !CODE.matcher(typed).matches()) {
            return Optional.empty();
        }
        return documents.verified(typed).map(v -> new Verification(v.number(), v.issuedAt().atZone(JAKARTA).toLocalDate(),
                v.issuer(), v.sha256()));
    }

    @GetMapping(PATH + "{code}")
    String page(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<Verification> found = find(code);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("letter", found.orElse(null));
        return "public/letter-verification";
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = """
            The letter carrying this code in its QR code: its number, the day it was issued, its issuer and its \
            document's SHA-256 (hex) — nothing else of the case. 404 for a code no letter carries.""")
    @GetMapping("/api/v1/public/letters/{code}")
    @ResponseBody
    ResponseEntity<Verification> verification(@PathVariable String code) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(find(code).orElseThrow(() -> NotFoundException.of("letter.notFound")));
    }
}
