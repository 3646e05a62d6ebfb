package id.netra.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reading a letter's PDF as its reader would: its text, the address its QR code carries (the page rendered and
 * scanned), and its seal checked (the CMS signature over the byte ranges it names, which must cover the whole file).
 */
public final class LetterPdfs {

    private LetterPdfs() {
    }

    /** What a check of the seal finds: whether the signature holds, over the whole file, and what it says. */
    public record Seal(boolean valid, boolean coversWholeFile, String subFilter, String signer, boolean signingCertificateV2,
                       boolean signingTimeSigned, String certificateSubject) {
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text the letter's QR code carries: read from the image the page draws (its pixels as embedded), else from the
     * page rendered at 300 dpi.
     */
    public static String qr(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
                for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        String text = decode(image.getImage(), DecodeHintType.PURE_BARCODE);
                        if (text != null) {
                            return text;
                        }
                    }
                }
            }
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                String text = decode(new PDFRenderer(doc).renderImageWithDPI(page, 300), DecodeHintType.TRY_HARDER);
                if (text != null) {
                    return text;
                }
            }
            throw new AssertionError("no QR code on any page");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The code in an image: an image holding the code alone (as embedded, with its quiet zone) is read as a pure code —
     * ZXing's finder misses about one in sixteen of those — a page as a scan.
     */
    private static String decode(BufferedImage image, DecodeHintType how) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(how, Boolean.TRUE)).getText();
        } catch (NotFoundException none) {
            return null;
        }
    }

    /** The last signature of the file checked against the file's bytes. */
    public static Seal seal(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Seal(false, false, null, null, false, false, null);
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
            // The signature's place is padded with zeros after the CMS structure: read the structure alone.
            org.bouncycastle.asn1.cms.ContentInfo info;
            try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents())) {
                info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (Exception altered) {
                // the message digest no longer matches the content: altered
                valid = false;
            }
            return new Seal(valid, whole, signature.getSubFilter(), signature.getName(),
                    signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
                    signer.getSignedAttributes().get(CMSAttributes.signingTime) != null, certificate.getSubject().toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
