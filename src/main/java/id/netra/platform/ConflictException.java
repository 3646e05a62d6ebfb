package id.netra.platform;

/** The request conflicts with the current state: a task claimed by someone else or already completed. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
