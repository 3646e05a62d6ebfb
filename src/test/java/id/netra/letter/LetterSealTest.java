package id.netra.letter;

import id.netra.support.LetterPdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seal's key: generated once at first start and kept; a configured PKCS#12 key store read by its password and
 * alias, refused at start with the property named when it cannot be read. And the seal itself: PAdES over the whole
 * file, which any altered byte breaks.
 */
class LetterSealTest {

    @TempDir
    Path dir;

    private static LetterProperties generatedInto(Path file) {
        return new LetterProperties(URI.create("https://netra.example"), new LetterProperties.Seal(null, null, null, file));
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTestKeyIsGeneratedAtFirstStartAndKeptForTheNext() throws Exception {
        Path file = dir.resolve("seal/netra-test-seal.p12");
        LetterSeal first = new LetterSeal(generatedInto(file));
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("Netra test seal");
        LetterSeal again = new LetterSeal(generatedInto(file));
        assertThat(again.certificate()).isEqualTo(first.certificate());
        try (var stream = Files.list(file.getParent())) {
            assertThat(stream.map(p -> p.getFileName().toString())).containsExactly("netra-test-seal.p12");
        }
    }

    @Test
    void aSealedPdfIsPadesOverTheWholeFileAndAnyAlteredByteBreaksIt() throws Exception {
        LetterSeal seal = new LetterSeal(generatedInto(dir.resolve("k.p12")));
        byte[] pdf = blankPdf();
        byte[] sealed = seal.seal(pdf, "Badan Kepegawaian Negara", "Jakarta", Instant.parse("2026-11-28T03:00:00Z"));
        assertThat(Arrays.copyOf(sealed, pdf.length)).as("an incremental update: the file as made, then the seal").isEqualTo(pdf);
        LetterPdfs.Seal checked = LetterPdfs.seal(sealed);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.coversWholeFile()).isTrue();
        assertThat(checked.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(checked.signer()).isEqualTo("Badan Kepegawaian Negara");
        assertThat(checked.signingCertificateV2()).as("PAdES B-B: the signing certificate among the signed attributes").isTrue();
        assertThat(checked.signingTimeSigned()).as("PAdES: the time is the dictionary's, not a signed attribute").isFalse();
        // One byte changed anywhere outside the signature's own place: the seal no longer holds.
        for (int at : new int[]{pdf.length / 3, pdf.length / 2, pdf.length - 20}) {
            byte[] altered = sealed.clone();
            altered[at] ^= 0x01;
            assertThat(LetterPdfs.seal(altered).valid()).as("byte %d altered", at).isFalse();
        }
    }

    @Test
    void aConfiguredKeyStoreIsReadByItsAliasAndABadOneIsRefusedNamingTheProperty() throws Exception {
        Path generated = dir.resolve("g.p12");
        LetterSeal.generate(generated);
        KeyStore source = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(generated)) {
            source.load(in, LetterSeal.GENERATED_PASSWORD);
        }
        // The office's own store: another password, its key under another name, beside a second key.
        char[] password = "kunci-kantor".toCharArray();
        KeyStore office = KeyStore.getInstance("PKCS12");
        office.load(null, null);
        office.setKeyEntry("bkn-segel", source.getKey("seal", LetterSeal.GENERATED_PASSWORD), password, source.getCertificateChain("seal"));
        Path other = dir.resolve("other.p12");
        LetterSeal.generate(other);
        KeyStore second = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(other)) {
            second.load(in, LetterSeal.GENERATED_PASSWORD);
        }
        office.setKeyEntry("lain", second.getKey("seal", LetterSeal.GENERATED_PASSWORD), password, second.getCertificateChain("seal"));
        Path file = dir.resolve("office.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            office.store(out, password);
        }
        Certificate expected = source.getCertificate("seal");
        LetterSeal seal = new LetterSeal(new LetterProperties(URI.create("https://netra.example"),
                new LetterProperties.Seal(file, "kunci-kantor", "bkn-segel", dir.resolve("unused.p12"))));
        assertThat(seal.certificate()).isEqualTo(expected);
        assertThat(dir.resolve("unused.p12")).as("no test key made when one is configured").doesNotExist();
        assertThatThrownBy(() -> new LetterSeal(new LetterProperties(URI.create("https://netra.example"),
                new LetterProperties.Seal(file, "kunci-kantor", null, dir.resolve("unused.p12")))))
                .hasMessageContaining("2 keys").hasMessageContaining("netra.letters.seal.alias");
        assertThatThrownBy(() -> new LetterSeal(new LetterProperties(URI.create("https://netra.example"),
                new LetterProperties.Seal(file, "salah", "bkn-segel", dir.resolve("unused.p12")))))
                .hasMessageContaining("netra.letters.seal.key-store").hasMessageContaining("office.p12");
        assertThatThrownBy(() -> new LetterSeal(new LetterProperties(URI.create("https://netra.example"),
                new LetterProperties.Seal(file, "kunci-kantor", "tidak-ada", dir.resolve("unused.p12")))))
                .hasMessageContaining("no key named tidak-ada");
        assertThatThrownBy(() -> new LetterProperties(URI.create("ftp://netra.example"), new LetterProperties.Seal(null, null, null, file)))
                .hasMessageContaining("netra.letters.public-url");
    }
}
