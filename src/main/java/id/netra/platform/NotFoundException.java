package id.netra.platform;

/** Unknown, or outside the user's scope: both answer 404 so that scope does not leak existence. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
