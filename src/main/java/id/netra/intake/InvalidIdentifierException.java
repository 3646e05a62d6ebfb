package id.netra.intake;

import id.netra.platform.FieldError;
import id.netra.platform.Messages;

/** A NIK or NIP that is not one: its message is the catalogue's Indonesian text of {@link #code}, why it is not. */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final String code;

    InvalidIdentifierException(String code) {
        super(Messages.id(code));
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The refusal as the error of {@code field}, to be said in the request's language. */
    FieldError of(String field) {
        return FieldError.of(field, code);
    }
}
