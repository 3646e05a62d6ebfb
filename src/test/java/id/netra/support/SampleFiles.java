package id.netra.support;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Files as officers and reporters attach them: real PNGs, small PDFs, MP4 streams of any length, and their SHA-256. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] png(int seed) {
        try {
            BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
            image.setRGB(seed % 4, 0, 0xFF0000 + seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** An MP4 file's start (an ftyp box of brand mp42) and then {@code size} bytes in all, of a repeatable pattern. */
    public static InputStream mp4(long size) {
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm'};
        return new InputStream() {
            long at;

            @Override
            public int read() {
                if (at >= size) {
                    return -1;
                }
                int b = at < head.length ? head[(int) at] & 0xff : (int) ((at * 31 + (at >>> 13)) & 0xff);
                at++;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (at >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - at);
                for (int i = 0; i < n; i++) {
                    buf[off + i] = (byte) read();
                }
                return n;
            }
        };
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
