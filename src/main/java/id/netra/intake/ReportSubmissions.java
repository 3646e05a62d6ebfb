package id.netra.intake;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one-time tokens of the public report form ({@code report_submission}): each form carries one, and a token files
 * at most one report. The claim is an insert into the filing's transaction, so a second claim of the same token waits
 * for the first transaction and is refused when it commits, or taken over when it rolls back (a report refused).
 */
@Repository
class ReportSubmissions {

    /** A token as this class issues it; anything else a browser sends is no token of ours. */
    private static final Pattern TOKEN = Pattern.compile("[2-9A-HJ-NP-Z]{24}");

    private final JdbcClient jdbc;

    ReportSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for a form about to be shown: 120 random bits. */
    static String newToken() {
        return AccessCodes.random(24);
    }

    static boolean isToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** Takes the token for the report being filed in this transaction; false when a report was filed with it already. */
    boolean claim(String token) {
        return jdbc.sql("INSERT INTO report_submission (token, submitted_at) VALUES (:token, :now) ON CONFLICT (token) DO NOTHING")
                .param("now", Today.timestamp()).param("token", token).update() == 1;
    }

    /** When the report filed with this token was sent. */
    Optional<Instant> claimedAt(String token) {
        return jdbc.sql("SELECT submitted_at FROM report_submission WHERE token = :token").param("token", token)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Records the case the token filed. */
    void filed(String token, UUID caseId) {
        jdbc.sql("UPDATE report_submission SET case_id = :caseId WHERE token = :token")
                .param("caseId", caseId).param("token", token).update();
    }
}
