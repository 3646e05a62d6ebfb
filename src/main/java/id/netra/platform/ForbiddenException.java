package id.netra.platform;

/** Visible to the user but not theirs to do, e.g. the four-eyes rule. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
