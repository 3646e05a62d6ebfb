package id.netra.platform;

/** Unknown, or outside the user's scope: both answer 404 so that scope does not leak existence. */
public class NotFoundException extends MessageException {

    public NotFoundException(String message) {
        super(message);
    }

    private NotFoundException(String code, Object[] args) {
        super(code, args);
    }

    /** The catalogue's message {@code code}, said in the request's language. */
    public static NotFoundException of(String code, Object... args) {
        return new NotFoundException(code, args);
    }
}
