package id.netra.platform;

import java.util.Locale;

/**
 * A refusal whose words may come from the message catalogue ({@link Messages}): its message is the Indonesian text
 * (logs, tests), and {@link #in} says it in the language of the request that meets it. One built from a plain
 * message says that message in every language.
 */
public abstract class CatalogueException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected CatalogueException(String message) {
        super(message);
        this.code = null;
        this.args = null;
    }

    protected CatalogueException(String code, Object[] args) {
        super(Messages.id(code, args));
        this.code = code;
        this.args = args;
    }

    /** The catalogue's code, or null for a plain message. */
    public String code() {
        return code;
    }

    /** The message in {@code locale} (Indonesian unless English). */
    public String in(Locale locale) {
        return code == null ? getMessage() : Messages.in(locale, code, args);
    }
}
