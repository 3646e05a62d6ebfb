package id.netra.platform;

/** The request conflicts with the current state: a task claimed by someone else or already completed. */
public class ConflictException extends CatalogueException {
    public ConflictException(String message) {
        super(message);
    }

    private ConflictException(String code, Object[] args) {
        super(code, args);
    }

    /** A refusal in the catalogue's words ({@link CatalogueException}). */
    public static ConflictException of(String code, Object... args) {
        return new ConflictException(code, args);
    }
}
