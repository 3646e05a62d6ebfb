package id.netra.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Seals a letter's PDF with a PAdES signature (baseline B-B: {@code ETSI.CAdES.detached}, a CMS signature over the
 * whole file but the signature itself, with the signing certificate's SHA-256 among the signed attributes and no
 * signing time in them), so that a reader sees that the file was not altered. The key is the configured PKCS#12 key
 * store's, else a test key generated at first start and kept for the next ones ({@link LetterProperties}).
 */
@Component
class LetterSeal {

    private static final Logger log = LoggerFactory.getLogger(LetterSeal.class);
    /** The generated test key store's password: it holds a test key, said so in its certificate's name. */
    static final char[] GENERATED_PASSWORD = "netra-test-seal".toCharArray();
    static final String GENERATED_ALIAS = "seal";

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    LetterSeal(LetterProperties properties) {
        LetterProperties.Seal seal = properties.seal();
        KeyStore store;
        String alias;
        char[] password;
        if (seal.keyStore() != null && !seal.keyStore().toString().isBlank()) {
            password = seal.password() == null ? new char[0] : seal.password().toCharArray();
            store = open(seal.keyStore(), password, "netra.letters.seal.key-store");
            alias = seal.alias() == null || seal.alias().isBlank() ? onlyKey(store, seal.keyStore()) : seal.alias();
        } else {
            password = GENERATED_PASSWORD;
            alias = GENERATED_ALIAS;
            if (!Files.exists(seal.generatedKeyStore())) {
                generate(seal.generatedKeyStore());
                log.warn("Letters are sealed with a test key generated now into {}: configure netra.letters.seal.key-store "
                        + "with the office's own key for letters that count", seal.generatedKeyStore());
            }
            store = open(seal.generatedKeyStore(), password, "netra.letters.seal.generated-key-store");
        }
        try {
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("netra.letters.seal: the key store has no key named " + alias);
            }
            this.key = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            this.chain = Arrays.stream(certificates).map(c -> (X509Certificate) c).toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("netra.letters.seal: cannot read the key " + alias + ": " + e.getMessage(), e);
        }
    }

    /** The seal's certificate. */
    X509Certificate certificate() {
        return chain.get(0);
    }

    /** The PDF sealed, by {@code signer} at {@code at}: an incremental update of the given file, which stays as it was. */
    byte[] seal(byte[] pdf, String signer, String location, Instant at) {
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(signer);
            signature.setLocation(location);
            Calendar when = Calendar.getInstance(java.util.TimeZone.getTimeZone("Asia/Jakarta"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            doc.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS signature of the content PDFBox hands over (the file but the signature's own place). */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = certificate();
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(certificateHash)}))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            // PAdES: the signing time is the signature dictionary's (M), never a signed attribute.
            CMSAttributeTableGenerator signed = parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signed)
                    .build(new JcaContentSignerBuilder(key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA").build(key), certificate));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot seal the letter: " + e.getMessage(), e);
        }
    }

    private static KeyStore open(Path file, char[] password, String property) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(property + ": cannot open the PKCS#12 key store " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKey(KeyStore store, Path file) {
        try {
            List<String> keys = Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).toList();
            if (keys.size() != 1) {
                throw new IllegalStateException("netra.letters.seal: " + file + " holds " + keys.size()
                        + " keys; name the seal's in netra.letters.seal.alias");
            }
            return keys.get(0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("netra.letters.seal: cannot list " + file + ": " + e.getMessage(), e);
        }
    }

    /** A self-signed RSA 3072 test key for sealing, valid ten years, written atomically (readable by its owner only). */
    static void generate(Path file) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Netra test seal (not for official letters), O=Netra");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(GENERATED_ALIAS, pair.getPrivate(), GENERATED_PASSWORD, new Certificate[]{certificate});
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".seal", ".p12");
            try {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // a file system without POSIX permissions keeps its own
                }
                try (OutputStream out = Files.newOutputStream(temp)) {
                    store.store(out, GENERATED_PASSWORD);
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("netra.letters.seal: cannot generate the test key into " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
