package id.netra.platform;

/** Unknown, or outside the user's scope: both answer 404 so that scope does not leak existence. */
public class NotFoundException extends CatalogueException {
    public NotFoundException(String message) {
        super(message);
    }

    private NotFoundException(String code, Object[] args) {
        super(code, args);
    }

    /** A refusal in the catalogue's words ({@link CatalogueException}). */
    public static NotFoundException of(String code, Object... args) {
        return new NotFoundException(code, args);
    }
}
