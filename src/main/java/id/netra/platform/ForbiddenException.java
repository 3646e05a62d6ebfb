package id.netra.platform;

/** Visible to the user but not theirs to do, e.g. the four-eyes rule. */
public class ForbiddenException extends MessageException {

    public ForbiddenException(String message) {
        super(message);
    }

    private ForbiddenException(String code, Object[] args) {
        super(code, args);
    }

    /** The catalogue's message {@code code}, said in the request's language. */
    public static ForbiddenException of(String code, Object... args) {
        return new ForbiddenException(code, args);
    }
}
