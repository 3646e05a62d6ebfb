package id.netra.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where evidence files' contents lie: written once as they stream in, read as they stream out, never held whole in
 * memory. One implementation per {@link EvidenceProperties.Store}; a file's row names the store that holds it, so a
 * change of configuration leaves earlier files readable where they are.
 */
interface EvidenceStore {

    EvidenceProperties.Store kind();

    /**
     * Writes the content under {@code id}, reading {@code in} to its end, in the caller's transaction where the store
     * has one (a store without one removes what it wrote if the transaction rolls back).
     */
    void write(UUID id, InputStream in) throws IOException;

    /** The content, to be read once and closed. */
    InputStream read(UUID id) throws IOException;
}
