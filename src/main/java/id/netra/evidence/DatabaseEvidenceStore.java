package id.netra.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * The default store: PostgreSQL ({@code evidence_content}), in chunks of {@value #CHUNK} bytes written in the
 * uploading transaction and read one at a time. A chunk stays under G1's humongous-object threshold, so a large file
 * passes through the young generation in small pieces.
 */
@Component
class DatabaseEvidenceStore implements EvidenceStore {

    static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;

    DatabaseEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidenceProperties.Store kind() {
        return EvidenceProperties.Store.DATABASE;
    }

    @Override
    public void write(UUID id, InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK];
        int seq = 0;
        int n;
        while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
            byte[] data = n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n);
            jdbc.sql("INSERT INTO evidence_content (file_id, seq, data) VALUES (:id, :seq, :data)")
                    .param("id", id).param("seq", seq++).param("data", data).update();
        }
    }

    @Override
    public InputStream read(UUID id) {
        return new InputStream() {
            private int seq;
            private byte[] chunk = new byte[0];
            private int pos;
            private boolean done;

            private boolean fill() {
                while (!done && pos >= chunk.length) {
                    chunk = jdbc.sql("SELECT data FROM evidence_content WHERE file_id = :id AND seq = :seq")
                            .param("id", id).param("seq", seq++).query(byte[].class).optional().orElse(null);
                    pos = 0;
                    if (chunk == null) {
                        chunk = new byte[0];
                        done = true;
                    }
                }
                return pos < chunk.length;
            }

            @Override
            public int read() {
                return fill() ? chunk[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }
}
