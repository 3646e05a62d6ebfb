package id.netra.platform;

import java.io.IOException;

/** A body over a limit (413), said in the catalogue's words with the limit in bytes. */
public class PayloadTooLargeException extends IOException {

    static final String CODE = "problem.tooLarge.limit";

    private final String code;
    private final long limit;
    private final String field;

    public PayloadTooLargeException(long limit) {
        this(CODE, limit, null);
    }

    /**
     * Over another limit than the request body's (an evidence file's, a case's files' together), said by {@code code},
     * naming the field that is too large.
     */
    public PayloadTooLargeException(String code, long limit, String field) {
        super(Messages.id(code, String.valueOf(limit), readable(limit)));
        this.code = code;
        this.limit = limit;
        this.field = field;
    }

    /** The catalogue's key of the message: the same in every language, for a client to act on. */
    public String code() {
        return code;
    }

    /** The field that is too large, if one is (null: the request's body). */
    public String field() {
        return field;
    }

    /** The message in {@code locale}. */
    public String message(java.util.Locale locale) {
        return Messages.in(locale, code, String.valueOf(limit), readable(limit));
    }

    /** A size as people read it: whole MB or KB where it is one, else bytes. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " byte";
    }
}
