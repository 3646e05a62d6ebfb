package id.netra.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task's form sent after its session ended (timed out, signed out elsewhere, the cookie gone): not accepted — the
 * CSRF token it carries belongs to no session — but kept in the new session the sign-in page opens, with the account
 * the page was signed in as ({@value #SIGNED_IN_AS}, a hidden field of the form), and given back on the task's page
 * once that same account has signed in again. Another account signing in on that browser gets nothing of it.
 */
public record KeptForm(String path, String username, LinkedHashMap<String, ArrayList<String>> fields) implements Serializable {

    /** The task form's hidden field naming the account its page was shown to. */
    public static final String SIGNED_IN_AS = "signedInAs";

    private static final String ATTRIBUTE = KeptForm.class.getName();

    /** A task's page, the only form kept. */
    private static final Pattern TASK_PAGE = Pattern.compile("/tugas/[0-9a-fA-F-]{1,64}");

    /** Where the sign-in leads next (Spring Security's saved request, read by the sign-in's success handler). */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /**
     * Keeps the posted fields of a task's form (not its CSRF token) in a new session, the sign-in to lead back to the
     * task; anything else is not kept. Answers whether it was kept.
     */
    static boolean keep(HttpServletRequest request) {
        String path = request.getServletPath();
        if (!"POST".equals(request.getMethod()) || path == null || !TASK_PAGE.matcher(path).matches()) {
            return false;
        }
        String username = request.getParameter(SIGNED_IN_AS);
        if (username == null || username.isBlank()) {
            return false;
        }
        LinkedHashMap<String, ArrayList<String>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!e.getKey().equals("_csrf") && !e.getKey().equals(SIGNED_IN_AS) && !e.getKey().equals("action")) {
                fields.put(e.getKey(), new ArrayList<>(List.of(e.getValue())));
            }
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTRIBUTE, new KeptForm(path, UserRepository.normalise(username), fields));
        session.setAttribute(SAVED_REQUEST, new org.springframework.security.web.savedrequest.SimpleSavedRequest(path));
        return true;
    }

    /** Drops a form kept for another account than the one signing in now. */
    static void dropUnlessOf(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof KeptForm kept && !kept.username().equals(username)) {
            session.removeAttribute(ATTRIBUTE);
            session.removeAttribute(SAVED_REQUEST);
        }
    }

    /**
     * The form kept for this task's page and this account, taken out of the session (given back once); empty when none
     * was, or it was another account's (then dropped).
     */
    public static Optional<Map<String, List<String>>> take(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptForm kept)) {
            return Optional.empty();
        }
        if (!kept.username().equals(username)) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        if (!kept.path().equals(request.getServletPath())) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(new LinkedHashMap<>(kept.fields()));
    }
}
