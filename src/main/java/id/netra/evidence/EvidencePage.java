package id.netra.evidence;

import id.netra.access.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The task page's attachment: its script sends the chosen file itself as the body, in the page's session with the
 * page's CSRF token in {@code X-XSRF-TOKEN}, and reads back the file (201) or a problem naming the field, in the page's
 * language, which it shows beside the file field. Not a page ({@code WebPage}): it answers JSON, as the API does.
 */
@RestController
class EvidencePage {

    private final EvidenceService evidence;

    EvidencePage(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/tugas/{taskId}/bukti")
    ResponseEntity<EvidenceService.EvidenceItem> add(@PathVariable String taskId, @RequestParam(required = false) String fileName,
                                                     @RequestParam(required = false) String description,
                                                     @RequestParam(required = false) String kind,
                                                     HttpServletRequest request) throws IOException {
        EvidenceController.rawBody(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(evidence.addAtTask(CurrentUser.get(), taskId, kind, fileName,
                description, request.getInputStream(), request.getContentLengthLong()));
    }
}
