package id.netra.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;

/**
 * Letters ({@code netra.letters.*}): Netra's public address, which each letter's QR code carries before
 * {@code /verifikasi/<code>}, and the seal's key: a PKCS#12 key store ({@code seal.key-store}, its {@code password} and
 * the key's {@code alias}, blank: the store's only key). With no key store configured a test key is generated at first
 * start into {@code seal.generated-key-store} and used from then on (README, "Letters").
 */
@ConfigurationProperties("netra.letters")
public record LetterProperties(@DefaultValue("http://localhost:8080") URI publicUrl, @DefaultValue Seal seal) {

    public record Seal(Path keyStore, String password, String alias,
                       @DefaultValue("./data/seal/netra-test-seal.p12") Path generatedKeyStore) {
    }

    public LetterProperties {
        String scheme = publicUrl.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme)) || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("netra.letters.public-url must be an http(s) address, e.g. https://netra.example: " + publicUrl);
        }
    }

    /** The address of a letter's verification page. */
    String verificationUrl(String code) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + LetterVerificationPage.PATH + code;
    }
}
