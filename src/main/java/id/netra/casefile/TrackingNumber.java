package id.netra.casefile;

import id.netra.platform.TextRules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tracking number as issued — a prefix ({@code LPR} a report, {@code TM} a finding), the year and eight characters,
 * joined by dashes: {@code LPR-2026-CH9LHS4V} — and as a reporter or an officer types it back: in any case, with
 * dashes, spaces or nothing between its parts (as an access code is read back).
 */
public final class TrackingNumber {

    private static final Pattern BARE = Pattern.compile("(LPR|TM)(\\d{4})([A-Z0-9]{8})");

    private TrackingNumber() {
    }

    /**
     * The number as issued when what was typed is one, however spelt (separators — spaces of any kind, invisible
     * characters, dashes of any kind — anywhere, any case); anything else as typed, in upper case, without what shows
     * nothing at its ends ({@link TextRules#normalised}).
     */
    public static String typedBack(String typed) {
        String t = typed == null ? "" : TextRules.normalised(typed).toUpperCase(Locale.ROOT);
        StringBuilder bare = new StringBuilder(t.length());
        t.codePoints().filter(c -> !TextRules.blank(c) && Character.getType(c) != Character.DASH_PUNCTUATION)
                .forEach(bare::appendCodePoint);
        Matcher m = BARE.matcher(bare);
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : t;
    }
}
