package id.netra.access;

import id.netra.platform.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The password policy for accounts: long enough, mixed, not the account's name, not a well-known password. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> KNOWN = Set.of("password1234", "123456789012", "netra-demo", "bawaslu12345",
            "qwertyuiop12", "indonesia2024", "indonesia2026", "admin1234567");

    private PasswordPolicy() {
    }

    /** The reasons the password is refused, as errors of {@code field}; empty when it is acceptable. */
    public static List<FieldError> problems(String field, String username, String password) {
        List<FieldError> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(FieldError.of(field, "access.password.tooShort", String.valueOf(MIN_LENGTH)));
            return problems;
        }
        if (password.length() > 128) {
            problems.add(FieldError.of(field, "access.password.tooLong"));
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            problems.add(FieldError.of(field, "access.password.mixed"));
        }
        String folded = folded(password);
        if (username != null && containsName(folded, username)) {
            problems.add(FieldError.of(field, "access.password.username"));
        }
        if (KNOWN.stream().map(PasswordPolicy::folded).anyMatch(folded::equals)) {
            problems.add(FieldError.of(field, "access.password.common"));
        }
        return problems;
    }

    /** Letters and digits only, lower case: "Bawaslu.Serang-2026" reads "bawasluserang2026". */
    static String folded(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Whether the password holds the account's name however written: the whole name without its dots, dashes and
     * underscores, or any of its parts of 4 or more letters ("bawaslu.serang": "bawaslu", "serang"), in any case and
     * with anything between the letters that is not a letter or digit.
     */
    static boolean containsName(String foldedPassword, String username) {
        String name = folded(username);
        if (name.length() >= 3 && foldedPassword.contains(name)) {
            return true;
        }
        for (String part : username.split("[^\\p{L}\\p{N}]+")) {
            String p = folded(part);
            if (p.length() >= 4 && foldedPassword.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
