package id.netra.letter;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The documents of the case's letters its reader reads ({@code letterDocuments}): each letter's number, kind and
 * SHA-256 with the address of its PDF: in the case's answer and in a task's summary, so that whoever works a task
 * reads the letters it follows (the PPK's follow-up, its recommendation).
 */
@Component
@Order(50)
public class LetterSection implements CaseSection {

    /** A letter's document as the case's answer lists it. */
    public record LetterDocument(long letterId, String kind, String number, UUID personId, String sha256, Instant generatedAt,
                                 String href) {
    }

    private final LetterDocuments documents;

    LetterSection(LetterDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void contribute(Rendering r) {
        Set<UUID> shown = r.persons().stream().map(CasePerson::id).collect(Collectors.toSet());
        r.out().put("letterDocuments", documents.ofCase(r.caseFile().id()).stream()
                .filter(d -> LetterController.readBy(d, r.view(), shown))
                .map(d -> new LetterDocument(d.letterId(), d.kind(), d.number(), d.personId(), d.sha256(), d.generatedAt(),
                        "/api/v1/cases/" + d.caseId() + "/letters/" + d.letterId()))
                .toList());
    }
}
