package id.netra.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The report a browser looked up last on the status page — its tracking number and access code — kept in that
 * browser's session (in PostgreSQL, like every session) for {@link #LIFETIME} after the last look or action, so that
 * the status page is answered with a redirect to a page a reload shows again (post, redirect, get) without the access
 * code ever being in an address. No other session sees it; after its lifetime it is gone, and the access code with it.
 */
final class StatusInSession {

    /** How long after the last look or action the status page shows the report again. */
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** The session attribute that holds the {@link Kept} numbers. */
    static final String ATTRIBUTE = StatusInSession.class.getName();

    /**
     * The numbers the reporter typed (as {@link id.netra.casefile.TrackingNumber#typedBack} and
     * {@link AccessCodes#typedBack} read them) and when they were last used.
     */
    record Kept(String trackingNumber, String accessCode, Instant at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        boolean current() {
            return Instant.now().isBefore(at.plus(LIFETIME));
        }
    }

    private StatusInSession() {
    }

    static void keep(HttpSession session, String trackingNumber, String accessCode) {
        session.setAttribute(ATTRIBUTE, new Kept(trackingNumber, accessCode, Instant.now()));
    }

    /** The numbers this browser's session holds, while they are current; outdated ones are dropped. */
    static Optional<Kept> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)) {
            return Optional.empty();
        }
        if (!kept.current()) {
            forget(request);
            return Optional.empty();
        }
        return Optional.of(kept);
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
