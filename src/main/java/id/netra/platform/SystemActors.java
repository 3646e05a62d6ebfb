package id.netra.platform;

import java.util.Locale;
import java.util.Set;

/**
 * The names Netra writes where no account acted — the reporter (a report filed, completed or withdrawn), the system (a
 * timer, a service task), the public (an access code tried) — into the status history, the decisions and the audit
 * trail. Stored as they always were, in Indonesian, and never an account's name (refused as one); a page reads them in
 * its reader's language ({@link #said}, {@link PageFormat#actor}), the API as stored.
 */
public final class SystemActors {

    public static final String REPORTER = "pelapor";
    public static final String SYSTEM = "sistem";
    public static final String PUBLIC = "publik";

    private static final Set<String> ALL = Set.of(REPORTER, SYSTEM, PUBLIC);

    private SystemActors() {
    }

    /** Whether {@code name} is one of these (and so no account's). */
    public static boolean isOne(String name) {
        return name != null && ALL.contains(name);
    }

    /** Who acted as a page says it: one of these in {@code locale} ({@code actor.*}), an account's name as it is. */
    public static String said(String actor, Locale locale) {
        return isOne(actor) ? Messages.in(locale, "actor." + actor) : actor;
    }
}
