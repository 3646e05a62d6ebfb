package id.netra.platform;

import java.io.IOException;

public class PayloadTooLargeException extends IOException {

    static final String CODE = "problem.tooLarge.limit";

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super(Messages.id(CODE, String.valueOf(limit)));
        this.limit = limit;
    }

    /** The message in {@code locale}. */
    public String message(java.util.Locale locale) {
        return Messages.in(locale, CODE, String.valueOf(limit));
    }
}
