package id.netra.platform;

/**
 * Which characters a text typed by a person may hold. Control characters (NUL first of all: PostgreSQL refuses it
 * in text and JSON), Unicode noncharacters such as U+FFFF, unpaired surrogates, bidirectional overrides and isolates,
 * the byte-order mark and tag characters are refused everywhere; a long text (a description, a summary, a note) may
 * hold line breaks and tabs, a short one (a name, a code) may not, nor line/paragraph separators or zero-width
 * spaces.
 */
public final class TextRules {

    /** The catalogue's codes of the problems ({@link Messages}). */
    public static final String CONTROL = "input.control";
    public static final String LINE_BREAK = "input.lineBreak";
    public static final String INVISIBLE = "input.invisible";
    /** What a page says of a one-line field whose line or paragraph separators it replaced by spaces ({@link #oneLine}). */
    public static final String LINE_BREAK_REPLACED = "input.lineBreak.replaced";

    private TextRules() {
    }

    /** The problem with {@code value} as the catalogue's code ({@link FieldError#of}), or null when it is acceptable. */
    public static String problem(String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                if (!multiline) {
                    return LINE_BREAK;
                }
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, value.charAt(++i));
                    // noncharacters, and the invisible tag characters (U+E0000–U+E007F)
                    if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xE0000 && cp <= 0xE007F)) {
                        return CONTROL;
                    }
                    if (!multiline && (Character.getType(cp) == Character.FORMAT || (cp >= 0xE0100 && cp <= 0xE01EF))) {
                        return INVISIBLE;
                    }
                    continue;
                }
                return CONTROL;
            }
            if (Character.isLowSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF
                    || (c >= 0xFDD0 && c <= 0xFDEF)
                    // bidirectional overrides, embeddings and isolates make text read otherwise than it is stored
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF) {
                return CONTROL;
            }
            if (!multiline && (c == 0x2028 || c == 0x2029)) {
                return LINE_BREAK;
            }
            // A one-line text (a name, a number, a code) holds nothing invisible: no format characters (zero-width
            // spaces and joiners, direction marks, soft hyphens), fillers or grapheme joiners that hide inside a word.
            if (!multiline && (Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160
                    || c == 0x3164 || c == 0xFFA0 || c == 0x17B4 || c == 0x17B5 || (c >= 0xFE00 && c <= 0xFE0F))) {
                return INVISIBLE;
            }
        }
        return null;
    }

    /**
     * {@code value} as Netra reads and keeps it, typed in a page's form or sent in the API alike:
     * <ul>
     * <li>its line breaks as a browser counts them — a text area's {@code maxlength} counts a line break as one
     * character, but the browser sends it as CR LF — so every CR LF (and a CR alone) is one LF, before any length is
     * checked or anything is stored;</li>
     * <li>without what shows nothing at its start and end ({@link #blank}: spaces of every kind, the no-break and the
     * ideographic space included, line breaks, zero-width spaces and joiners, the word joiner, direction marks...), so
     * that a text made only of them is empty — a required field of zero-width spaces is missing, not filled. Inside the
     * text they stay (an emoji's joiner, a paragraph's break); a one-line field refuses the invisible ones there
     * ({@link #problem}).</li>
     * </ul>
     * Characters refused everywhere are not judged here: {@link #problem} judges the value as it came.
     */
    public static String normalised(String value) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start < text.length() && blank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        int end = text.length();
        while (end > start && blank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /**
     * Whether a character shows nothing: a space of any kind or width (U+0020, U+00A0, U+2000–U+200A, U+202F, U+205F,
     * U+3000...), a line break or tab, an invisible format character (U+200B–U+200F, U+2060, U+FEFF, U+00AD...), a
     * Hangul filler.
     */
    public static boolean blank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /**
     * Whether a value under this name is taken exactly as it came, never {@link #normalised}: a password (a space at its
     * end is part of it).
     */
    public static boolean verbatim(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).contains("password");
    }

    public static boolean acceptable(String value, boolean multiline) {
        return problem(value, multiline) == null;
    }

    /**
     * {@code value} as a one-line field takes it: each run of line breaks, tabs and line or paragraph separators
     * (U+2028, U+2029) one space, and every other character {@link #problem} refuses in a one-line text (the invisible
     * ones: zero-width spaces and joiners, direction marks...; those refused everywhere) left out; then
     * {@link #normalised}. So a page's one-line field comes back as it can be sent again ({@link TextProblems#oneLine}).
     */
    public static String oneLine(String value) {
        if (value == null || acceptable(value, false)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        boolean broken = false;
        for (int cp : value.codePoints().toArray()) {
            String problem = problem(Character.toString(cp), false);
            if (LINE_BREAK.equals(problem)) {
                if (!broken) {
                    kept.append(' ');
                }
                broken = true;
                continue;
            }
            broken = false;
            if (problem == null) {
                kept.appendCodePoint(cp);
            }
        }
        return normalised(kept.toString());
    }

    /**
     * {@code value} without the characters refused everywhere: each code point (an unpaired surrogate one of its own)
     * that {@link #problem} refuses in a text of several lines is left out, line breaks and tabs kept, so that what
     * remains is always acceptable as such a text. A page's form gets its values back cleaned this way
     * ({@link TextProblems}).
     */
    public static String withoutRefused(String value) {
        if (value == null || acceptable(value, true)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(cp -> acceptable(Character.toString(cp), true)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
