package id.netra.platform;

/** One invalid input field: its JSON path and a message for the officer or reporter, in Indonesian. */
public record FieldError(String field, String message) {
}
