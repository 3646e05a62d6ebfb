package id.netra.access;

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

    /** The reasons the password is refused, in Indonesian; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("Kata sandi paling sedikit " + MIN_LENGTH + " karakter.");
            return problems;
        }
        if (password.length() > 128) {
            problems.add("Kata sandi paling panjang 128 karakter.");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            problems.add("Kata sandi harus memuat huruf dan angka.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Kata sandi tidak boleh memuat nama akun.");
        }
        if (KNOWN.contains(lower)) {
            problems.add("Kata sandi ini terlalu umum.");
        }
        return problems;
    }
}
