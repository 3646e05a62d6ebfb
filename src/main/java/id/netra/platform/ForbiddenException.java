package id.netra.platform;

/** Visible to the user but not theirs to do, e.g. the four-eyes rule. */
public class ForbiddenException extends CatalogueException {
    public ForbiddenException(String message) {
        super(message);
    }

    private ForbiddenException(String code, Object[] args) {
        super(code, args);
    }

    /** A refusal in the catalogue's words ({@link CatalogueException}). */
    public static ForbiddenException of(String code, Object... args) {
        return new ForbiddenException(code, args);
    }
}
