package id.netra.platform;

import java.util.Locale;

/**
 * A refusal whose message reaches the user ({@link ConflictException}, {@link ForbiddenException},
 * {@link NotFoundException}): for a message of the catalogue also its code and arguments, so that it is said in the
 * request's language ({@link #message(Locale)}), while {@link #getMessage()} stays Indonesian for the logs.
 */
public abstract class MessageException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    /** A message as written, said so in every language. */
    protected MessageException(String message) {
        super(message);
        this.code = null;
        this.args = null;
    }

    /** The catalogue's message {@code code} with its arguments. */
    protected MessageException(String code, Object[] args) {
        super(Messages.id(code, args));
        this.code = code;
        this.args = args;
    }

    /** The catalogue code, or null for a message as written. */
    public String code() {
        return code;
    }

    /** The message in {@code locale} (Indonesian unless English). */
    public String message(Locale locale) {
        return code == null ? getMessage() : Messages.in(locale, code, args);
    }

    /** The message in the current request's language. */
    public String message() {
        return message(Messages.currentLocale());
    }
}
