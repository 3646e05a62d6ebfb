package id.netra.evidence;

import id.netra.casefile.CaseAccess;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One evidence file's row: what it is, who gave it, who may read it, and which store holds its content. */
public record EvidenceFile(UUID id, UUID caseId, UUID personId, Origin origin, Kind kind, String taskKey, String fileName,
                           String mediaType, long size, String sha256, String description, boolean shareable,
                           String sharedBy, Instant sharedAt, String uploadedBy, Instant uploadedAt,
                           EvidenceProperties.Store store) {

    /** Who gave the file. */
    public enum Origin { REPORTER, BAWASLU, EXAMINING, PPK }

    /** What it is: evidence, or the PPK's decree (SK) imposing a sanction. */
    public enum Kind { EVIDENCE, DECREE }

    /**
     * Whether a viewer reads this file (docs/security.md, "Evidence files"). The handling office reads every file. A
     * reporter's file stays with it unless an officer there marked it shareable (it does not identify the reporter).
     * The examining agency and the offices above read the rest, as they read the hearing records. A PPK reads only files
     * on the tracks of its own persons given by the examining agency or a PPK (the recommendation's grounds, the decree),
     * and what the handling office marked shareable — never the Bawaslu's working files or another PPK's persons'.
     */
    public boolean readBy(CaseAccess.View view, Set<UUID> shownPersons) {
        return switch (view) {
            case HANDLING -> true;
            case OVERSIGHT, EXAMINING -> origin != Origin.REPORTER || shareable;
            case PPK -> (personId == null ? shareable : shownPersons.contains(personId))
                    && (origin == Origin.EXAMINING || origin == Origin.PPK || shareable);
            case NONE -> false;
        };
    }

    /**
     * The file's name as this viewer reads it: a reporter's own name for it (which may name them) only for the handling
     * office; for others a neutral one with the type's extension.
     */
    public String nameFor(CaseAccess.View view) {
        if (origin != Origin.REPORTER || view == CaseAccess.View.HANDLING) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.length() - dot <= 6 ? fileName.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
        return "bukti-" + id.toString().substring(0, 8) + (extension.matches("\\.[a-z0-9]{1,5}") ? extension : "");
    }
}
