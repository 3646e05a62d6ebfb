package id.netra.platform;

import java.util.List;

/** Bad input: answered 400 with every invalid field named. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    /** One field's error, e.g. a catalogue message ({@link FieldError#of}). */
    public static InvalidInputException of(FieldError error) {
        return new InvalidInputException(List.of(error));
    }

    /** The errors as found, in Indonesian (each says itself in another language with {@link FieldError#in}). */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The first message for each field, in the fields' order and the current request's language: what a page shows
     * next to each input.
     */
    public java.util.Map<String, String> byField() {
        java.util.Locale locale = Messages.currentLocale();
        java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
        errors.forEach(f -> byField.putIfAbsent(f.field(), f.in(locale).message()));
        return byField;
    }
}
