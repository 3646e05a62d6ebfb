package id.netra.platform;

/** The request conflicts with the current state: a task claimed by someone else or already completed. */
public class ConflictException extends MessageException {

    public ConflictException(String message) {
        super(message);
    }

    private ConflictException(String code, Object[] args) {
        super(code, args);
    }

    /** The catalogue's message {@code code}, said in the request's language. */
    public static ConflictException of(String code, Object... args) {
        return new ConflictException(code, args);
    }
}
