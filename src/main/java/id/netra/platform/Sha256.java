package id.netra.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 as Netra keeps and sends it: lower-case hex in its rows and answers, RFC 9530's {@code Repr-Digest} in downloads. */
public final class Sha256 {

    private Sha256() {
    }

    /** A digest to feed as content streams through it. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The {@code Repr-Digest} header's value for a content of this SHA-256 (hex). */
    public static String reprDigest(String hex) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)) + ":";
    }
}
