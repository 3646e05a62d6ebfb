package id.netra.platform;

/**
 * Which characters a text typed by a person may hold. Control characters (NUL first of all: PostgreSQL refuses it
 * in text and JSON), Unicode noncharacters such as U+FFFF and unpaired surrogates are refused everywhere; a long
 * text (a description, a summary, a note) may hold line breaks and tabs, a short one (a name, a code) may not.
 */
public final class TextRules {

    public static final String CONTROL_MESSAGE =
            "Berisi karakter yang tidak diizinkan (karakter kontrol, NUL, atau karakter Unicode tidak sah).";
    public static final String LINE_BREAK_MESSAGE = "Harus satu baris: tanpa baris baru atau tab.";

    private TextRules() {
    }

    /** The problem with {@code value}, or null when it is acceptable. */
    public static String problem(String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                if (!multiline) {
                    return LINE_BREAK_MESSAGE;
                }
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, value.charAt(++i));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return CONTROL_MESSAGE;
                    }
                    continue;
                }
                return CONTROL_MESSAGE;
            }
            if (Character.isLowSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF
                    || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return CONTROL_MESSAGE;
            }
        }
        return null;
    }

    public static boolean acceptable(String value, boolean multiline) {
        return problem(value, multiline) == null;
    }
}
