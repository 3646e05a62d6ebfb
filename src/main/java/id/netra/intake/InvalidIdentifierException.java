package id.netra.intake;

public class InvalidIdentifierException extends IllegalArgumentException {
    public InvalidIdentifierException(String message) {
        super(message);
    }
}
