package id.netra.letter;

import id.netra.casefile.LetterIssued;
import id.netra.platform.Sha256;
import id.netra.platform.Today;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;


/**
 * Makes an issued letter's document after its transaction commits, from the event publication registry (made again at
 * the next start if this fails): once — a letter that has its document keeps it, whatever changes afterwards. The
 * document carries the QR code of its verification page and is sealed before its SHA-256 is taken.
 */
@Component
class LetterIssuer {

    private final LetterContents contents;
    private final LetterRenderer renderer;
    private final LetterDocuments documents;
    private final LetterSeal seal;
    private final LetterProperties properties;
    private final SecureRandom random = new SecureRandom();

    LetterIssuer(LetterContents contents, LetterRenderer renderer, LetterDocuments documents, LetterSeal seal,
                 LetterProperties properties) {
        this.contents = contents;
        this.renderer = renderer;
        this.documents = documents;
        this.seal = seal;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void issued(LetterIssued letter) {
        if (!LetterContents.KINDS.contains(letter.kind()) || documents.exists(letter.letterId())) {
            return;
        }
        Map<String, Object> model = contents.of(letter);
        // The verification page's address: a random code of 160 bits, so that no letter's address leads to another's.
        byte[] bits = new byte[20];
        random.nextBytes(bits);
        String code = HexFormat.of().formatHex(bits);
        String url = properties.verificationUrl(code);
        model.put("verificationUrl", url);
        model.put("qr", LetterQr.dataUri(url, 4));
        Instant now = Today.now();
        byte[] pdf = seal.seal(renderer.pdf(model), (String) model.get("issuer"), (String) model.get("place"), now);
        documents.insert(letter.letterId(), letter.caseId(), pdf, Sha256.hex(pdf), now, code, (String) model.get("issuer"));
    }
}
