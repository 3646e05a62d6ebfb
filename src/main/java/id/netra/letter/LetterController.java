package id.netra.letter;

import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseQueries;
import id.netra.platform.NotFoundException;
import id.netra.platform.Sha256;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An issued letter's document, as a PDF, for whoever reads the letter on the case ({@link #readBy}). */
@RestController
public class LetterController {

    private final LetterDocuments documents;
    private final CaseQueries queries;
    private final CaseAccess access;
    private final CasePersons persons;

    LetterController(LetterDocuments documents, CaseQueries queries, CaseAccess access, CasePersons persons) {
        this.documents = documents;
        this.queries = queries;
        this.access = access;
        this.persons = persons;
    }

    /**
     * Whether a viewer reads a letter's document: as they read the letter on the case (a letter on a person's track,
     * by those who read the person), except that a PPK reads only its own persons' letters — a letter about the
     * whole case (the forwarding) names every person, the other PPKs' too.
     */
    static boolean readBy(LetterDocuments.Document d, CaseAccess.View view, Set<UUID> shown) {
        if (view == CaseAccess.View.NONE) {
            return false;
        }
        if (view == CaseAccess.View.PPK) {
            return d.personId() != null && shown.contains(d.personId());
        }
        return d.personId() == null || shown.contains(d.personId());
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = """
            The letter's document as issued (PDF, never made again), its SHA-256 in `Repr-Digest` (RFC 9530) and `ETag`.""",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/cases/{id}/letters/{letterId}")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable long letterId) {
        NetraUser user = CurrentUser.get();
        CaseFile c = queries.visibleCase(user, id);
        CaseAccess.View view = access.viewOf(user, c);
        Set<UUID> shown = access.visiblePersons(user, view, persons.of(id)).stream().map(CasePerson::id).collect(Collectors.toSet());
        LetterDocuments.Document d = documents.ofCase(id).stream().filter(x -> x.letterId() == letterId && readBy(x, view, shown))
                .findFirst().orElseThrow(() -> NotFoundException.of("letter.notFound"));
        byte[] pdf = documents.pdf(letterId).orElseThrow(() -> NotFoundException.of("letter.notFound"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .eTag("\"" + d.sha256() + "\"")
                .header("Repr-Digest", Sha256.reprDigest(d.sha256()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("surat-" + d.number().replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
