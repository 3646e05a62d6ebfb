package id.netra.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;

/**
 * One invalid input field: its JSON path and a message for the officer or reporter, in Indonesian; for a message of
 * the catalogue also its {@code code} (stable, for clients) and arguments, so that it can be said in the request's
 * language ({@link #in}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, String code, @JsonIgnore Object[] args) {

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }

    /** A catalogue message ({@link Messages}) for this field. */
    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, Messages.id(code, args), code, args);
    }

    /**
     * A bean-validation error: a constraint whose message is a catalogue code ({@code message = "{input.maxLength}"})
     * is said from the catalogue with the constraint's {@code max} (or else {@code value}) as its argument, so in the
     * request's language; any other message stays as the validator wrote it.
     */
    public static FieldError of(String field, jakarta.validation.ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.matches("\\{[A-Za-z0-9_.]+}")) {
            String code = template.substring(1, template.length() - 1);
            if (Messages.orNull(Messages.INDONESIAN, code) != null) {
                java.util.Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
                Object arg = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
                return arg == null ? of(field, code) : of(field, code, arg);
            }
        }
        return new FieldError(field, violation.getMessage());
    }

    /** Two errors are the same when they name the same field with the same words (the arguments are in the words). */
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError e && java.util.Objects.equals(field, e.field) && java.util.Objects.equals(message, e.message);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }

    /** The same error said in {@code locale} (a message not from the catalogue stays as written). */
    public FieldError in(Locale locale) {
        return code == null ? this : new FieldError(field, Messages.in(locale, code, args), code, args);
    }

    /**
     * A field name as sent, made fit to name it: a blank name or one with characters a field name does not have is
     * written as a quoted, escaped key ({@code [" "]}), so that the name is never blank and never carries a control
     * character back to the client.
     */
    public static String name(String key) {
        if (key != null && key.matches("[A-Za-z0-9_$-]{1,80}")) {
            return key;
        }
        String k = key == null ? "" : key.length() > 40 ? key.substring(0, 40) + "…" : key;
        StringBuilder sb = new StringBuilder("[\"");
        k.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '"' || c == '\\' || Character.getType(c) == Character.SURROGATE
                    || (c & 0xFFFE) == 0xFFFE) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append("\"]").toString();
    }
}
