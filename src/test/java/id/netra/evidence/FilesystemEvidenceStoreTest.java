package id.netra.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filesystem store: a file is whole or absent, and an upload whose transaction rolls back leaves nothing. */
class FilesystemEvidenceStoreTest {

    @TempDir
    Path root;

    private FilesystemEvidenceStore store() {
        return new FilesystemEvidenceStore(new EvidenceProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), List.of("image/png"),
                EvidenceProperties.Store.FILESYSTEM, root));
    }

    private long filesUnder() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void writesAndReadsBackByteForByte() throws IOException {
        UUID id = UUID.randomUUID();
        byte[] content = new byte[300_000];
        new java.util.Random(7).nextBytes(content);
        store().write(id, new ByteArrayInputStream(content));
        try (InputStream in = store().read(id)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(filesUnder()).isEqualTo(1);
    }

    @Test
    void aStreamThatFailsLeavesNoPartialFile() {
        InputStream failing = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (++n > 1000) {
                    throw new IOException("the client went away");
                }
                return 1;
            }
        };
        assertThatThrownBy(() -> store().write(UUID.randomUUID(), failing)).isInstanceOf(IOException.class);
        assertThat(root.toFile().listFiles()).allSatisfy(dir -> assertThat(dir.listFiles()).isEmpty());
    }

    @Test
    void aRolledBackUploadIsRemovedAndACommittedOneKept() throws IOException {
        UUID kept = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        for (UUID id : List.of(kept, dropped)) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                store().write(id, new ByteArrayInputStream(new byte[]{1, 2, 3}));
                int status = id.equals(kept) ? TransactionSynchronization.STATUS_COMMITTED : TransactionSynchronization.STATUS_ROLLED_BACK;
                TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(status));
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
        assertThat(filesUnder()).isEqualTo(1);
        try (InputStream in = store().read(kept)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThatThrownBy(() -> store().read(dropped)).isInstanceOf(IOException.class);
    }
}
