package id.netra.evidence;

import id.netra.access.CurrentUser;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Officers' evidence files: attached at a task they may work (the file's bytes as the request's body, streamed), listed
 * and read back with the case as their view allows, marked shareable by the handling office.
 */
@RestController
public class EvidenceController {

    /** The upload's body, as the API's description says it. */
    public static final String BODY = """
            The file's bytes themselves as the body (not a form), with `Content-Type: application/octet-stream` (or the \
            file's type: it is not trusted; the type is detected from the content) and its name in `fileName`. Accepted: \
            photos, screenshots, PDFs, short videos and sound (`netra.evidence.allowed-types`), up to \
            `netra.evidence.max-file-size` a file and `netra.evidence.max-case-size` a case (413 beyond).""";

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** 201 with the file as the caller reads it; its address in {@code Location}. */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = BODY, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/octet-stream", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/api/v1/tasks/{taskId}/evidence")
    public ResponseEntity<EvidenceService.EvidenceItem> add(@PathVariable String taskId, @RequestParam(required = false) String fileName,
                                                    @RequestParam(required = false) String description,
                                                    @RequestParam(required = false) String kind,
                                                    HttpServletRequest request) throws IOException {
        rawBody(request);
        EvidenceService.EvidenceItem item = evidence.addAtTask(CurrentUser.get(), taskId, kind, fileName, description,
                request.getInputStream(), request.getContentLengthLong());
        return ResponseEntity.status(HttpStatus.CREATED).location(java.net.URI.create(item.href())).body(item);
    }

    @GetMapping("/api/v1/cases/{id}/evidence")
    public List<EvidenceService.EvidenceItem> list(@PathVariable UUID id) {
        return evidence.of(CurrentUser.get(), id);
    }

    /** The file's content, as an attachment, with its SHA-256 ({@code Repr-Digest}, RFC 9530, and the entity tag). */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = """
            The file's content, of its detected type, as an attachment; its SHA-256 in `Repr-Digest` (RFC 9530) and `ETag`.""",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "*/*",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/cases/{id}/evidence/{fileId}")
    public ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID fileId) throws IOException {
        return content(evidence.open(CurrentUser.get(), id, fileId));
    }

    /** The body: {@code {"shareable": true|false}}. */
    public record ShareRequest(Boolean shareable) {
    }

    @PutMapping(path = "/api/v1/cases/{id}/evidence/{fileId}/shareable", consumes = MediaType.APPLICATION_JSON_VALUE)
    public EvidenceService.EvidenceItem share(@PathVariable UUID id, @PathVariable UUID fileId, @RequestBody(required = false) ShareRequest body) {
        if (body == null || body.shareable() == null) {
            throw InvalidInputException.of(FieldError.of("shareable", "input.requiredBoolean"));
        }
        return evidence.share(CurrentUser.get(), id, fileId, body.shareable());
    }

    static ResponseEntity<InputStreamResource> content(EvidenceService.Download d) {
        EvidenceService.EvidenceItem item = d.item();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(item.mediaType()))
                .contentLength(item.size())
                .eTag("\"" + item.sha256() + "\"")
                .header("Repr-Digest", id.netra.platform.Sha256.reprDigest(item.sha256()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(item.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(d.content()));
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): plain ASCII in {@code filename} (other characters, quotes and
     * backslashes as "_"), and whole in {@code filename*} (UTF-8, percent-encoded) for the clients that read it.
     */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' ? (char) cp : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /**
     * The file comes as the body itself: a form's or a multipart body would be read as form fields before it reaches the
     * store, and is refused with a word on how to send it.
     */
    public static void rawBody(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            throw InvalidInputException.of(FieldError.of("file", "evidence.file.rawBody"));
        }
    }
}
