package id.netra.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Tracking numbers and access codes for reporters. An access code carries 60 random bits and is stored only as
 * its SHA-256 digest; with that much entropy a fast digest is enough, and intake stays fast.
 */
final class AccessCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * An access code as a reporter may type it back: in lower case, with spaces, without its dashes; written as it was
     * issued (upper case, 12 characters in groups of 4). A tracking number is read back by
     * {@link id.netra.casefile.TrackingNumber#typedBack}.
     */
    static String typedBack(String typed) {
        String t = typed == null ? "" : typed.strip().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        String bare = t.replace("-", "");
        if (!t.startsWith("LPR") && !t.startsWith("TM") && bare.length() == 12 && bare.chars().allMatch(Character::isLetterOrDigit)) {
            return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
        }
        return t;
    }

    private AccessCodes() {
    }

    static String trackingNumber() {
        return "LPR-" + id.netra.platform.Today.date().getYear() + "-" + random(8); // the year in Jakarta, by the clock
    }

    static String accessCode() {
        return random(4) + "-" + random(4) + "-" + random(4);
    }

    static String hash(String accessCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(accessCode.trim().toUpperCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String accessCode, String storedHash) {
        if (accessCode == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(accessCode).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
