package id.netra.evidence;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseEvent;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseQueries;
import id.netra.platform.FieldError;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import id.netra.platform.PayloadTooLargeException;
import id.netra.platform.SystemActors;
import id.netra.platform.TextRules;
import id.netra.platform.Today;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.TaskActions;
import id.netra.workflow.TaskContext;
import org.apache.tika.Tika;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Evidence files: taken from the reporter (with the access code) and from officers at a task they may work, their type
 * detected from their content (Apache Tika) against the allow-list, their size held to the file's and the case's
 * limits, their SHA-256 computed as they stream into the store; listed and read back by those who may read them
 * ({@link EvidenceFile#readBy}).
 */
@Service
public class EvidenceService {

    /** The longest file name kept (longer ones are cut, keeping their extension). */
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 500;

    private final EvidenceFiles files;
    private final Map<EvidenceProperties.Store, EvidenceStore> stores;
    private final EvidenceProperties properties;
    private final CaseQueries queries;
    private final CaseAccess access;
    private final CasePersons persons;
    private final TaskActions tasks;
    private final ApplicationEventPublisher events;
    private final id.netra.casefile.CaseRepository cases;
    private final Tika tika = new Tika();

    EvidenceService(EvidenceFiles files, List<EvidenceStore> stores, EvidenceProperties properties, CaseQueries queries,
                    CaseAccess access, CasePersons persons, TaskActions tasks, ApplicationEventPublisher events,
                    id.netra.casefile.CaseRepository cases) {
        this.cases = cases;
        this.files = files;
        this.stores = stores.stream().collect(Collectors.toMap(EvidenceStore::kind, s -> s));
        this.properties = properties;
        this.queries = queries;
        this.access = access;
        this.persons = persons;
        this.tasks = tasks;
        this.events = events;
    }

    /** A file as its reader reads it (the API's answer, a case page's row). */
    public record EvidenceItem(UUID id, String fileName, String mediaType, long size, String sha256, String description,
                       EvidenceFile.Origin origin, EvidenceFile.Kind kind, String taskKey, UUID personId, boolean shareable,
                       String uploadedBy, java.time.Instant uploadedAt, String href) {

        static EvidenceItem of(EvidenceFile f, CaseAccess.View view) {
            return of(f, view, java.util.function.UnaryOperator.identity());
        }

        /** As {@code view} reads it, its words ({@code fileName}, {@code description}) passed through {@code scrub}. */
        static EvidenceItem of(EvidenceFile f, CaseAccess.View view, java.util.function.UnaryOperator<String> scrub) {
            boolean reporters = f.origin() == EvidenceFile.Origin.REPORTER;
            return new EvidenceItem(f.id(), scrub.apply(f.nameFor(view)), f.mediaType(), f.size(), f.sha256(),
                    f.description() == null ? null : scrub.apply(f.description()), f.origin(), f.kind(),
                    f.taskKey(), f.personId(), f.shareable(), reporters ? null : f.uploadedBy(), f.uploadedAt(),
                    "/api/v1/cases/" + f.caseId() + "/evidence/" + f.id());
        }
    }

    /** A file the reporter gave, as the reporter reads it back (no case's internals). */
    public record ReporterEvidence(UUID id, String fileName, String mediaType, long size, String sha256, java.time.Instant uploadedAt) {
    }

    /** A file to be read: its row as the reader reads it, and its content (to be closed). */
    public record Download(EvidenceItem item, InputStream content) {
    }

    /**
     * The reporter's file, for a case whose access code was checked by the caller. Rolled back on any exception: a file
     * found over its limit while it streamed ({@link PayloadTooLargeException}, an IOException) leaves no chunk behind.
     */
    @Transactional(rollbackFor = Exception.class)
    public ReporterEvidence addFromReporter(UUID caseId, String fileName, InputStream body, long declaredLength) throws IOException {
        EvidenceFile f = add(caseId, null, EvidenceFile.Origin.REPORTER, EvidenceFile.Kind.EVIDENCE, null, fileName, null,
                null, body, declaredLength);
        events.publishEvent(new CaseEvent(SystemActors.REPORTER, CaseEvent.EVIDENCE_ADDED, caseId, detail(f)));
        return new ReporterEvidence(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedAt());
    }

    /** The reporter's own files, for a case whose access code was checked by the caller. */
    @Transactional(readOnly = true)
    public List<ReporterEvidence> ofReporter(UUID caseId) {
        return files.ofCase(caseId).stream().filter(f -> f.origin() == EvidenceFile.Origin.REPORTER)
                .map(f -> new ReporterEvidence(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedAt())).toList();
    }

    /**
     * An officer's file at a task they may work (404 otherwise), on the task's person's track; {@code kind} DECREE only
     * at the PPK's follow-up, where the decree imposing a sanction is reported. Rolled back on any exception, as above.
     */
    @Transactional(rollbackFor = Exception.class)
    public EvidenceItem addAtTask(NetraUser user, String taskId, String kind, String fileName, String description, InputStream body,
                          long declaredLength) throws IOException {
        TaskContext task = tasks.workedBy(user, taskId);
        CaseAccess.View view = access.viewOf(user, task.caseFile());
        EvidenceFile.Kind k = kind(kind, task.taskKey());
        EvidenceFile.Origin origin = switch (view) {
            case HANDLING -> EvidenceFile.Origin.BAWASLU;
            case EXAMINING -> EvidenceFile.Origin.EXAMINING;
            case PPK -> EvidenceFile.Origin.PPK;
            default -> throw NotFoundException.of("workflow.task.notFound");
        };
        EvidenceFile f = add(task.caseFile().id(), task.personId(), origin, k, task.taskKey(), fileName, description,
                user.username(), body, declaredLength);
        events.publishEvent(new CaseEvent(user.username(), CaseEvent.EVIDENCE_ADDED, f.caseId(), detail(f)));
        return EvidenceItem.of(f, view);
    }

    private static EvidenceFile.Kind kind(String kind, String taskKey) {
        if (kind == null || kind.isBlank() || kind.strip().equalsIgnoreCase("EVIDENCE")) {
            return EvidenceFile.Kind.EVIDENCE;
        }
        if (kind.strip().equalsIgnoreCase("DECREE")) {
            if (!FlowNodes.FOLLOW_UP_CONFIRMATION.equals(taskKey)) {
                throw InvalidInputException.of(FieldError.of("kind", "evidence.kind.decreeOnlyAtFollowUp"));
            }
            return EvidenceFile.Kind.DECREE;
        }
        throw InvalidInputException.of(FieldError.of("kind", "evidence.kind.unknown", "EVIDENCE, DECREE"));
    }

    /** The files of a case this user reads (404 for a case outside their scope). */
    @Transactional(readOnly = true)
    public List<EvidenceItem> of(NetraUser user, UUID caseId) {
        CaseFile c = queries.visibleCase(user, caseId);
        CaseAccess.View view = access.viewOf(user, c);
        List<CasePerson> all = persons.of(caseId);
        Set<UUID> shown = shown(user, view, all);
        java.util.function.UnaryOperator<String> scrub = scrub(caseId, view, all, shown);
        return files.ofCase(caseId).stream().filter(f -> f.readBy(view, shown)).map(f -> EvidenceItem.of(f, view, scrub)).toList();
    }

    /**
     * What a viewer may read of the words officers and the reporter gave a file (its name, its description), as the case's
     * answer scrubs every text it sends ({@code CaseQueries}): the reporter's identity masked for all but the handling
     * office, and for a PPK the persons it does not read too.
     */
    java.util.function.UnaryOperator<String> scrub(UUID caseId, CaseAccess.View view, List<CasePerson> all, Set<UUID> shown) {
        if (view.seesReporter()) {
            return java.util.function.UnaryOperator.identity();
        }
        return id.netra.casefile.ReporterRedactor.forOutsider(cases.reporterVersions(caseId), all, shown);
    }

    /** A file to read: 404 when the case or the file is outside what the user reads. The read is audited. */
    @Transactional
    public Download open(NetraUser user, UUID caseId, UUID fileId) throws IOException {
        CaseFile c = queries.visibleCase(user, caseId);
        CaseAccess.View view = access.viewOf(user, c);
        List<CasePerson> all = persons.of(caseId);
        Set<UUID> shown = shown(user, view, all);
        EvidenceFile f = files.find(caseId, fileId).filter(e -> e.readBy(view, shown))
                .orElseThrow(() -> NotFoundException.of("evidence.notFound"));
        events.publishEvent(new CaseEvent(user.username(), CaseEvent.EVIDENCE_READ, caseId, detail(f)));
        return new Download(EvidenceItem.of(f, view, scrub(caseId, view, all, shown)), stores.get(f.store()).read(f.id()));
    }

    /**
     * Marks a reporter's or the office's file shareable (or not) beyond those who read it by default: the handling
     * office's officers only, who can tell whether it identifies the reporter.
     */
    @Transactional
    public EvidenceItem share(NetraUser user, UUID caseId, UUID fileId, boolean shareable) {
        CaseFile c = queries.visibleCase(user, caseId);
        CaseAccess.View view = access.viewOf(user, c);
        EvidenceFile f = files.find(caseId, fileId).filter(e -> e.readBy(view, shown(user, view, persons.of(caseId))))
                .orElseThrow(() -> NotFoundException.of("evidence.notFound"));
        if (view != CaseAccess.View.HANDLING) {
            throw ForbiddenException.of("evidence.share.handlingOfficeOnly");
        }
        if (f.origin() != EvidenceFile.Origin.REPORTER && f.origin() != EvidenceFile.Origin.BAWASLU) {
            throw InvalidInputException.of(FieldError.of("shareable", "evidence.share.notTheOffices"));
        }
        files.share(fileId, shareable, user.username(), Today.now());
        Map<String, Object> detail = detail(f);
        detail.put("shareable", shareable);
        events.publishEvent(new CaseEvent(user.username(), CaseEvent.EVIDENCE_SHARED, caseId, detail));
        return EvidenceItem.of(files.find(caseId, fileId).orElseThrow(), view);
    }

    private Set<UUID> shown(NetraUser user, CaseAccess.View view, List<CasePerson> all) {
        return access.visiblePersons(user, view, all).stream().map(CasePerson::id).collect(Collectors.toSet());
    }

    /** What the audit trail keeps of a file: never its name (a reporter's may name them). */
    private static Map<String, Object> detail(EvidenceFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.id().toString());
        m.put("sha256", f.sha256());
        m.put("size", f.size());
        m.put("mediaType", f.mediaType());
        return m;
    }

    private EvidenceFile add(UUID caseId, UUID personId, EvidenceFile.Origin origin, EvidenceFile.Kind kind, String taskKey,
                             String fileName, String description, String by, InputStream body, long declaredLength)
            throws IOException {
        String name = fileName(fileName);
        String text = description == null || description.isBlank() ? null : TextRules.normalised(description.strip());
        if (text != null && text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
            throw InvalidInputException.of(FieldError.of("description", "evidence.description.tooLong", MAX_DESCRIPTION));
        }
        long maxFile = properties.maxFileSize().toBytes();
        long maxCase = properties.maxCaseSize().toBytes();
        if (declaredLength > maxFile) {
            throw new PayloadTooLargeException("evidence.tooLarge.file", maxFile, "file");
        }
        boolean reporters = origin == EvidenceFile.Origin.REPORTER;
        long before = files.total(caseId, reporters);
        if (declaredLength > 0 && before + declaredLength > maxCase) {
            throw new PayloadTooLargeException("evidence.tooLarge.case", maxCase, "file");
        }
        BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
        in.mark(1);
        if (in.read() < 0) {
            throw InvalidInputException.of(FieldError.of("file", "evidence.file.empty"));
        }
        in.reset();
        // The type from the content's first bytes, never from the name or the Content-Type the client claims.
        String type = tika.detect(in).toLowerCase(java.util.Locale.ROOT);
        if (!properties.allowedTypes().contains(type)) {
            throw InvalidInputException.of(FieldError.of("file", "evidence.type.refused", type,
                    String.join(", ", properties.allowedTypes())));
        }
        MessageDigest sha = id.netra.platform.Sha256.digest();
        Counted counted = new Counted(new DigestInputStream(in, sha), maxFile, maxCase, maxCase - before);
        UUID id = UUID.randomUUID();
        EvidenceStore store = stores.get(properties.store());
        store.write(id, counted);
        // Counted as it streamed; counted again with the case locked, so that two uploads at once cannot pass its limit
        // together (the stream itself is read unlocked: a slow upload holds up nobody's work on the case).
        if (files.totalLocked(caseId, reporters) + counted.count > maxCase) {
            throw new PayloadTooLargeException("evidence.tooLarge.case", maxCase, "file");
        }
        EvidenceFile f = new EvidenceFile(id, caseId, personId, origin, kind, taskKey, withExtensionOf(name, type), type, counted.count,
                HexFormat.of().formatHex(sha.digest()), text, false, null, null, by, Today.now(), store.kind());
        files.insert(f);
        return f;
    }

    /**
     * The name as given, without a path and surrounding space: refused when empty, when it holds a control or format
     * character (a line break, a direction override) or when longer than {@value #MAX_NAME} characters.
     */
    static String fileName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = TextRules.normalised(name).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw InvalidInputException.of(FieldError.of("fileName", "evidence.fileName.required"));
        }
        if (name.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR
                || cp == '"')) {
            throw InvalidInputException.of(FieldError.of("fileName", "evidence.fileName.characters"));
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw InvalidInputException.of(FieldError.of("fileName", "evidence.fileName.tooLong", MAX_NAME));
        }
        return name;
    }

    /**
     * The name with the extension of the type its content is, added when it ends in another ("foto.html" of a PNG is
     * kept as "foto.html.png"): a file saved from Netra opens as what it is.
     */
    static String withExtensionOf(String name, String type) {
        String extension;
        try {
            extension = org.apache.tika.mime.MimeTypes.getDefaultMimeTypes().forName(type).getExtensions().stream()
                    .filter(e -> name.toLowerCase(java.util.Locale.ROOT).endsWith(e)).findFirst()
                    .orElse(org.apache.tika.mime.MimeTypes.getDefaultMimeTypes().forName(type).getExtension());
        } catch (org.apache.tika.mime.MimeTypeException e) {
            return name;
        }
        if (extension.isEmpty() || name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            return name;
        }
        String longer = name + extension;
        return longer.codePointCount(0, longer.length()) <= MAX_NAME ? longer
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME - extension.length())) + extension;
    }

    /** Counts what passes, refusing a file over its limit or over what the case has left, as soon as it gets there. */
    private static final class Counted extends FilterInputStream {
        private final long maxFile;
        private final long maxCase;
        private final long caseLeft;
        long count;

        Counted(InputStream in, long maxFile, long maxCase, long caseLeft) {
            super(in);
            this.maxFile = maxFile;
            this.maxCase = maxCase;
            this.caseLeft = caseLeft;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > maxFile) {
                throw new PayloadTooLargeException("evidence.tooLarge.file", maxFile, "file");
            }
            if (count > caseLeft) {
                throw new PayloadTooLargeException("evidence.tooLarge.case", maxCase, "file");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }
    }
}
