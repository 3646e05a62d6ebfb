package id.netra.letter;

import id.netra.casefile.LetterIssued;
import id.netra.platform.Today;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;


/**
 * Makes an issued letter's document after its transaction commits, from the event publication registry (made again at
 * the next start if this fails): once — a letter that has its document keeps it, whatever changes afterwards.
 */
@Component
class LetterIssuer {

    private final LetterContents contents;
    private final LetterRenderer renderer;
    private final LetterDocuments documents;

    LetterIssuer(LetterContents contents, LetterRenderer renderer, LetterDocuments documents) {
        this.contents = contents;
        this.renderer = renderer;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void issued(LetterIssued letter) {
        if (!LetterContents.KINDS.contains(letter.kind()) || documents.exists(letter.letterId())) {
            return;
        }
        byte[] pdf = renderer.pdf(contents.of(letter));
        documents.insert(letter.letterId(), letter.caseId(), pdf, id.netra.platform.Sha256.hex(pdf), Today.now());
    }
}
