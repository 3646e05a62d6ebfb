package id.netra.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The receipt of the report a browser filed last, kept in that browser's session (in PostgreSQL, like every session)
 * for {@link #LIFETIME} after filing, so that the receipt page can be reloaded — and the same form sent again can be
 * answered with it — without filing anything. No other session ever sees it; after its lifetime it is gone, and the
 * access code with it.
 */
@Component
public class ReceiptInSession {

    /** How long after filing the receipt page shows the access code again. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** The session attribute that holds the {@link Kept} receipt. */
    public static final String ATTRIBUTE = ReceiptInSession.class.getName();
    /** How long after a form's first sending began a second one may wait for its receipt to reach the session. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The receipt, the form token that filed it and when. */
    public record Kept(String submissionToken, String trackingNumber, String accessCode, Instant filedAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        IntakeService.Receipt receipt() {
            return new IntakeService.Receipt(trackingNumber, accessCode);
        }

        boolean current() {
            return Instant.now().isBefore(filedAt.plus(LIFETIME));
        }
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ReportSubmissions submissions;

    ReceiptInSession(FindByIndexNameSessionRepository<? extends Session> sessions, ReportSubmissions submissions) {
        this.sessions = sessions;
        this.submissions = submissions;
    }

    void keep(HttpSession session, String submissionToken, IntakeService.Receipt receipt) {
        session.setAttribute(ATTRIBUTE, new Kept(submissionToken, receipt.trackingNumber(), receipt.accessCode(), Instant.now()));
    }

    /** The receipt this browser's session holds, while it is current; an outdated one is dropped. */
    Optional<IntakeService.Receipt> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)) {
            return Optional.empty();
        }
        if (!kept.current()) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(kept.receipt());
    }

    /**
     * Whether this browser's session holds the current receipt of the report filed with {@code submissionToken}. The
     * session this request read may predate it: when the same form is sent twice at once (a double click), the second
     * sending learns that the token is taken when the first one's transaction commits, just before the first request
     * writes the receipt to the session; so the stored session is read again, for a few seconds after the first
     * sending began. A token used long ago, or by another browser, is answered at once.
     */
    boolean holds(HttpServletRequest request, String submissionToken) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Instant until = submissions.claimedAt(submissionToken).orElse(Instant.EPOCH).plus(WAIT);
        Object kept = session.getAttribute(ATTRIBUTE);
        while (!(kept instanceof Kept k && k.submissionToken().equals(submissionToken) && k.current())) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            Session stored = sessions.findById(session.getId());
            kept = stored == null ? null : stored.getAttribute(ATTRIBUTE);
        }
        return true;
    }
}
